package io.herald.model.codes;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO event code with its codebook facts. Obtain instances from {@link CameoCodebook}, which
 * only hands out codes the codebook defines.
 *
 * <p>A user's PETRARCH verb dictionary may bring codes of its own (older WEIS-based dictionaries
 * use codes such as {@code 345} or {@code 174K}); a codebook extended with them ({@link
 * CameoCodebook#withDictionaryCodes}) defines them with QuadClass {@link #NO_QUAD_CLASS} when their
 * first two digits are not a CAMEO root, Goldstein 0 and the name "dictionary code".
 *
 * @param code two to four digits, optionally followed by one capital letter, e.g. {@code 041}
 * @param name codebook name, e.g. {@code Discuss by telephone}
 * @param goldstein Goldstein conflict-cooperation weight in [-10, 10]
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict; {@link #NO_QUAD_CLASS} for a dictionary's own code outside CAMEO's roots
 * @param root the two-digit root code
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String root) {
  private static final Pattern FORM = Pattern.compile("\\d{2,4}[A-Z]?");

  /** QuadClass of a dictionary's own code whose first two digits are not a CAMEO root. */
  public static final int NO_QUAD_CLASS = 0;

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(root, "root");
    if (!FORM.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "CAMEO code must be 2-4 digits (and an optional capital letter): " + code);
    }
    if (!code.startsWith(root) || root.length() != 2) {
      throw new IllegalArgumentException("root " + root + " does not head " + code);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value out of range for " + code);
    }
    if (quadClass < NO_QUAD_CLASS || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass out of range for " + code);
    }
  }

  /** Whether the code is in the valid form (not whether a codebook defines it). */
  public static boolean wellFormed(String code) {
    return FORM.matcher(code).matches();
  }

  /** GDELT's QuadClass of a root code: 01-04, 05-08, 09-13, 14-20 give 1, 2, 3, 4. */
  public static int quadClassOfRoot(String root) {
    int r = Integer.parseInt(root);
    if (r < 1 || r > 20) {
      throw new IllegalArgumentException("CAMEO root out of range: " + root);
    }
    return r <= 4 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }
}
