package io.herald.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The ways news writes place names that the gazetteer holds in one form. */
final class NameForms {
  /** Leading words that towns' names write in full or abbreviated ("Saint Paul", "St. Paul"). */
  private static final List<List<String>> LEADING_FORMS =
      List.of(
          List.of("Saint ", "St. ", "St "),
          List.of("Sainte ", "Ste. "),
          List.of("Mount ", "Mt. "),
          List.of("Fort ", "Ft. "));

  /**
   * The other ways news writes a town's name that starts with "Saint", "Mount" or "Fort" ("St.
   * Paul" for GeoNames' "Saint Paul", "Saint Louis" for "St. Louis", "St. Marc" for "Saint-Marc").
   */
  static List<String> writtenForms(String name) {
    // French names join the saint to the name ("Saint-Marc"); English news writes "St. Marc"
    for (String french : List.of("Saint-", "Sainte-")) {
      if (name.startsWith(french) && name.length() > french.length()) {
        String spaced = french.substring(0, french.length() - 1) + " ";
        List<String> out = new ArrayList<>(List.of(spaced + name.substring(french.length())));
        out.addAll(writtenForms(out.get(0)));
        return List.copyOf(out);
      }
    }
    for (List<String> forms : LEADING_FORMS) {
      for (String lead : forms) {
        if (name.startsWith(lead) && name.length() > lead.length()) {
          String rest = name.substring(lead.length());
          return forms.stream().filter(f -> !f.equals(lead)).map(f -> f + rest).toList();
        }
      }
    }
    return List.of();
  }

  /**
   * Whether a region's abbreviation is written so that it names the region wherever it stands: the
   * AP style forms with a full stop ("S.C.", "Calif.", "W. Va.") and codes of three or more
   * capitals ("NSW"). Two-letter codes ("CA", "IN", "OR") are words or initials too often; they
   * count only as hierarchy cues after a town ("Long Beach, CA").
   */
  static boolean distinctAbbreviation(String alias) {
    return alias.endsWith(".") && Character.isUpperCase(alias.charAt(0)) && !alias.contains(",")
        || alias.length() >= 3 && alias.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /**
   * Whether a region's alternate name is a name of two or more words ("West Java" for Jawa Barat,
   * "Rift Valley Province"), which names the region wherever it stands, unlike a code; names with a
   * comma ("Washington, D.C.") are left to the hierarchy cues.
   */
  static boolean multiWordName(String alias) {
    return alias.indexOf(' ') > 0
        && !alias.contains(",")
        && !alias.endsWith(".")
        && Character.isUpperCase(alias.charAt(0))
        && !alias.equals(alias.toUpperCase(Locale.ROOT));
  }

  /**
   * The lookup key of a name: lowercase, hyphens as spaces, without a leading "the", without
   * accents, and with the Latin letters that have no decomposition written as English writes them,
   * so that "Sao Paulo" finds "São Paulo", "Uige" finds "Uíge", "Dogubayazit" finds "Doğubayazıt"
   * and "Kvemo-Kartli" finds "Kvemo Kartli".
   */
  static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('-', ' ');
    if (!ascii(k)) {
      k = fold(MARKS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll(""));
    }
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** Lowercase Latin letters without a canonical decomposition, and their plain spelling. */
  private static final String FOLDED = "ıłøđðħßæœþ";

  private static final String[] PLAIN = {"i", "l", "o", "d", "d", "h", "ss", "ae", "oe", "th"};

  private static String fold(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      int f = FOLDED.indexOf(s.charAt(i));
      if (f >= 0 && out == null) {
        out = new StringBuilder(s.length() + 2).append(s, 0, i);
      }
      if (out != null) {
        if (f >= 0) {
          out.append(PLAIN[f]);
        } else {
          out.append(s.charAt(i));
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameForms() {}
}
