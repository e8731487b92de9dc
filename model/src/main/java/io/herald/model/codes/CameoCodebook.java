package io.herald.model.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codebook with Goldstein weights, QuadClass and the CAMEO to PLOVER mapping, read
 * from {@code cameo.tsv} and {@code cameo-plover.tsv} (converted by {@code
 * scripts/build-cameo.py}).
 */
public final class CameoCodebook {
  private final Map<String, CameoCode> codes;
  private final Map<String, PloverType> plover;

  private CameoCodebook(Map<String, CameoCode> codes, Map<String, PloverType> plover) {
    this.codes = Collections.unmodifiableMap(codes);
    this.plover = Collections.unmodifiableMap(plover);
  }

  /** Loads the bundled codebook; fails fast when a resource is missing or inconsistent. */
  public static CameoCodebook load() {
    TsvTable table = TsvTable.load(CameoCodebook.class, "/io/herald/model/cameo.tsv");
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (String[] row : table.rows()) {
      String code = table.get(row, "code");
      String root = table.get(row, "root");
      codes.put(
          code,
          new CameoCode(
              code,
              table.get(row, "name"),
              Double.parseDouble(table.get(row, "goldstein")),
              Integer.parseInt(table.get(row, "quadClass")),
              root));
    }
    TsvTable map = TsvTable.load(CameoCodebook.class, "/io/herald/model/cameo-plover.tsv");
    Map<String, PloverType> plover = new LinkedHashMap<>();
    for (String[] row : map.rows()) {
      plover.put(
          map.get(row, "cameo"),
          new PloverType(
              map.get(row, "ploverType"),
              map.get(row, "ploverMode"),
              map.get(row, "ploverContext")));
    }
    for (String code : codes.keySet()) {
      if (!plover.containsKey(code)) {
        throw new IllegalStateException("cameo-plover.tsv has no PLOVER type for CAMEO " + code);
      }
    }
    return new CameoCodebook(codes, plover);
  }

  /** The code if the codebook defines it. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * The code, which must exist.
   *
   * @throws IllegalArgumentException for a code the codebook does not define
   */
  public CameoCode require(String code) {
    CameoCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    return c;
  }

  public PloverType ploverOf(CameoCode code) {
    return plover.get(code.code());
  }

  /**
   * This codebook extended with codes a user's verb dictionary declares that CAMEO does not define
   * (see {@link CameoCode}): each gets the QuadClass and PLOVER type of its root when its first two
   * digits are a CAMEO root, else {@link CameoCode#NO_QUAD_CLASS} and PLOVER type {@code DROPPED}.
   * Codes CAMEO defines keep their facts.
   *
   * @throws IllegalArgumentException for a code not in CAMEO's form
   */
  public CameoCodebook withDictionaryCodes(Collection<String> extra) {
    Map<String, CameoCode> c = new LinkedHashMap<>(codes);
    Map<String, PloverType> p = new LinkedHashMap<>(plover);
    for (String code : extra) {
      if (c.containsKey(code)) {
        continue;
      }
      if (!CameoCode.wellFormed(code)) {
        throw new IllegalArgumentException("not a code in CAMEO's form: " + code);
      }
      String root = code.substring(0, 2);
      Optional<CameoCode> rootCode = find(root);
      c.put(
          code,
          new CameoCode(
              code,
              "dictionary code",
              0,
              rootCode.map(CameoCode::quadClass).orElse(CameoCode.NO_QUAD_CLASS),
              root));
      p.put(
          code, rootCode.map(r -> plover.get(r.code())).orElse(new PloverType("DROPPED", "", "")));
    }
    return new CameoCodebook(c, p);
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }
}
