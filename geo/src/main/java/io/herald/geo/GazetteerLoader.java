package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import io.herald.model.codes.TsvTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled gazetteer resources: GeoNames cities ({@code gazetteer-v2.tsv.gz}, built by
 * {@code scripts/build-gazetteer.mjs}), first-level administrative regions ({@code
 * admin1-v1.tsv.gz}, {@code scripts/build-admin1.mjs}), US counties ({@code counties-v1.tsv.gz},
 * {@code scripts/build-counties.mjs}), country points ({@code country-points-v1.tsv}, {@code
 * scripts/build-country-points.mjs}) and the curated features ({@code features.tsv}).
 */
final class GazetteerLoader {
  private static final String COUNTIES = "/io/herald/geo/counties-v1.tsv.gz";
  private static final String CITIES = "/io/herald/geo/gazetteer-v2.tsv.gz";
  private static final String ADMIN1 = "/io/herald/geo/admin1-v1.tsv.gz";
  private static final String COUNTRY_POINTS = "/io/herald/geo/country-points-v1.tsv";

  /**
   * The type of the admin-1 rows that {@code scripts/build-admin1.mjs} adds for provinces since
   * split up (Kenya's Nyanza, DR Congo's Orientale), which have no GeoNames admin1 code.
   */
  static final String FORMER_PROVINCE = "former province";

  private GazetteerLoader() {}

  /**
   * Loads the bundled gazetteer.
   *
   * @throws IllegalStateException when a resource is missing or of another version
   */
  static Gazetteer load(Countries countryTable) {
    Map<String, List<GazetteerEntry>> cities = new HashMap<>(200_000);
    Map<String, List<GazetteerEntry>> altCities = new HashMap<>(200_000);
    Set<GazetteerEntry> minorTowns = Collections.newSetFromMap(new IdentityHashMap<>(80_000));
    readCities(cities, altCities, minorTowns);
    Map<String, List<GazetteerEntry>> admin1 = new HashMap<>();
    Map<String, GazetteerEntry> admin1Forms = new HashMap<>();
    readAdmin1(admin1, admin1Forms);
    Map<String, List<GazetteerEntry>> counties = counties();
    Features features = features();
    Map<String, double[]> countryPoints = countryPoints();
    return Gazetteer.build(
        cities,
        altCities,
        admin1,
        counties,
        admin1Forms,
        features.entries(),
        features.alts(),
        countryTable,
        Collections.unmodifiableMap(new LinkedHashMap<>(countryPoints)),
        Collections.unmodifiableMap(new LinkedHashMap<>(features.adjectives())),
        minorTowns);
  }

  /**
   * Reads {@code gazetteer-v2.tsv.gz} into {@code cities}, towns by name and written form, {@code
   * altCities}, towns by the alternate names of its {@code altNames} column, and {@code
   * minorTowns}, the towns of tier 2 (added from GeoNames' cities500 file; {@link
   * Gazetteer#minor}).
   */
  private static void readCities(
      Map<String, List<GazetteerEntry>> cities,
      Map<String, List<GazetteerEntry>> altCities,
      Set<GazetteerEntry> minorTowns) {
    read(
        CITIES,
        Gazetteer.VERSION,
        "scripts/build-gazetteer.mjs",
        c -> {
          if (c.length < 10) {
            return;
          }
          GazetteerEntry e =
              new GazetteerEntry(
                  Long.parseLong(c[0]),
                  c[1],
                  PlaceKind.CITY,
                  c[3],
                  c[4],
                  c[5],
                  c[6].isEmpty() ? 0 : Long.parseLong(c[6]),
                  Double.parseDouble(c[7]),
                  Double.parseDouble(c[8]));
          if (c[9].equals("2")) {
            minorTowns.add(e);
          }
          Gazetteer.add(cities, c[1], e);
          for (String form : NameForms.writtenForms(c[1])) {
            Gazetteer.add(cities, form, e);
          }
          int comma = c[1].indexOf(", ");
          if (comma > 0 && c[5].startsWith("PPLC")) {
            // "Washington, D.C.": news writes the capital's name without its district
            Gazetteer.add(cities, c[1].substring(0, comma), e);
          }
          for (String alt : c[2].split("\\|")) {
            Gazetteer.add(altCities, alt, e);
          }
        });
  }

  /**
   * Reads {@code admin1-v1.tsv.gz} into {@code admin1}, regions by name, code and abbreviation, and
   * {@code admin1Forms}, the forms looked for in running text.
   */
  private static void readAdmin1(
      Map<String, List<GazetteerEntry>> admin1, Map<String, GazetteerEntry> admin1Forms) {
    read(
        ADMIN1,
        Gazetteer.ADMIN1_VERSION,
        "scripts/build-admin1.mjs",
        c -> {
          if (c.length < 8) {
            return;
          }
          GazetteerEntry e =
              new GazetteerEntry(
                  0,
                  c[1],
                  PlaceKind.ADMIN1,
                  c[3],
                  c[4],
                  c[5],
                  0,
                  Double.parseDouble(c[6]),
                  Double.parseDouble(c[7]));
          Gazetteer.add(admin1, c[1], e);
          for (String alt : c[2].split("\\|")) {
            Gazetteer.add(admin1, alt, e);
          }
          // Only regions that GeoNames also uses as admin-1, and former provinces, are looked
          // for in running text: the package's finer units (English districts, French
          // departments) too often share a name with a town or a person.
          if (!c[4].isEmpty() || c[5].equals(FORMER_PROVINCE)) {
            admin1Forms.putIfAbsent(c[1], e);
            for (String alt : c[2].split("\\|")) {
              if (NameForms.distinctAbbreviation(alt) || NameForms.multiWordName(alt)) {
                admin1Forms.putIfAbsent(alt, e);
              }
            }
          }
        });
  }

  /** US counties by full name, from {@code counties-v1.tsv.gz}. */
  private static Map<String, List<GazetteerEntry>> counties() {
    Map<String, List<GazetteerEntry>> counties = new HashMap<>();
    read(
        COUNTIES,
        Gazetteer.COUNTIES_VERSION,
        "scripts/build-counties.mjs",
        c -> {
          if (c.length < 7) {
            return;
          }
          Gazetteer.add(
              counties,
              c[1],
              new GazetteerEntry(
                  0,
                  c[1],
                  PlaceKind.ADMIN2,
                  c[3],
                  c[4],
                  "",
                  0,
                  Double.parseDouble(c[5]),
                  Double.parseDouble(c[6])));
        });
    return counties;
  }

  /**
   * The curated features of {@code features.tsv}.
   *
   * @param alts each entry's alternate names, in the order of {@code entries}
   * @param adjectives adjectival forms, as written, to the feature they name
   */
  private record Features(
      List<GazetteerEntry> entries,
      List<List<String>> alts,
      Map<String, GazetteerEntry> adjectives) {}

  private static Features features() {
    List<GazetteerEntry> entries = new ArrayList<>();
    List<List<String>> alts = new ArrayList<>();
    Map<String, GazetteerEntry> adjectives = new HashMap<>();
    TsvTable table = TsvTable.load(Gazetteer.class, "/io/herald/geo/features.tsv");
    for (String[] row : table.rows()) {
      String id = table.get(row, "geonameId");
      entries.add(
          new GazetteerEntry(
              id.isEmpty() ? 0 : Long.parseLong(id),
              table.get(row, "name"),
              PlaceKind.parse(table.get(row, "kind")),
              table.get(row, "iso3"),
              "",
              "",
              0,
              Double.parseDouble(table.get(row, "lat")),
              Double.parseDouble(table.get(row, "lon"))));
      alts.add(List.of(table.get(row, "altNames").split("\\|")));
      for (String adjective : table.get(row, "adjectives").split("\\|")) {
        if (!adjective.isBlank()) {
          adjectives.putIfAbsent(adjective.strip(), entries.get(entries.size() - 1));
        }
      }
    }
    return new Features(entries, alts, adjectives);
  }

  /** Country points by ISO3 code, {latitude, longitude}, from {@code country-points-v1.tsv}. */
  private static Map<String, double[]> countryPoints() {
    Map<String, double[]> countryPoints = new HashMap<>();
    read(
        COUNTRY_POINTS,
        Gazetteer.COUNTRY_POINTS_VERSION,
        "scripts/build-country-points.mjs",
        c -> {
          if (c.length >= 3) {
            countryPoints.put(
                c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])});
          }
        });
    return countryPoints;
  }

  /** Reads a resource, gzip-compressed when its name ends in {@code .gz}, row by row. */
  private static void read(String resource, String version, String script, Consumer<String[]> row) {
    try (InputStream raw = Gazetteer.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(
            "gazetteer resource " + resource + " is missing: rebuild with " + script);
      }
      read(raw, resource, version, script, row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + resource, e);
    }
  }

  /**
   * Reads {@code raw}, the content of {@code resource}, row by row.
   *
   * @throws IllegalStateException when its first line does not name {@code version}
   */
  static void read(
      InputStream raw, String resource, String version, String script, Consumer<String[]> row) {
    try {
      InputStream plain = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader in =
          new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8), 1 << 16);
      String first = in.readLine();
      if (first == null
          || !Pattern.compile("\\b" + Pattern.quote(version) + "\\b").matcher(first).find()) {
        throw new IllegalStateException(
            "gazetteer "
                + resource
                + " is not "
                + version
                + " (first line: "
                + first
                + "): rebuild it with "
                + script);
      }
      in.readLine(); // header
      String line;
      while ((line = in.readLine()) != null) {
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + resource, e);
    }
  }
}
