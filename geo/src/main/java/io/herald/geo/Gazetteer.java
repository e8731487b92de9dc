package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An in-memory index of place names: GeoNames cities (from {@code gazetteer-v1.tsv.gz}, built by
 * {@code scripts/build-gazetteer.mjs}), countries, and Herald's curated seas, islands and regions
 * ({@code features.tsv}). Read-only once loaded; share one per process.
 */
public final class Gazetteer {
  /** The gazetteer format this code reads; the resource's first line must name it. */
  public static final String VERSION = "herald-gazetteer v1";

  private static final String CITIES = "/io/herald/geo/gazetteer-v1.tsv.gz";

  private final Map<String, List<GazetteerEntry>> cities;
  private final Map<String, GazetteerEntry> features;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> featureForms;

  private Gazetteer(
      Map<String, List<GazetteerEntry>> cities,
      Map<String, GazetteerEntry> features,
      Map<String, GazetteerEntry> countries,
      Map<String, GazetteerEntry> featureForms) {
    this.cities = cities;
    this.features = features;
    this.countries = countries;
    this.featureForms = featureForms;
  }

  /**
   * Loads the bundled gazetteer.
   *
   * @throws IllegalStateException when the resource is missing or of another version
   */
  public static Gazetteer load(Countries countryTable) {
    Map<String, List<GazetteerEntry>> cities = new HashMap<>(200_000);
    try (InputStream raw = Gazetteer.class.getResourceAsStream(CITIES)) {
      if (raw == null) {
        throw new IllegalStateException(
            "gazetteer resource "
                + CITIES
                + " is missing: rebuild with scripts/build-gazetteer.mjs");
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8), 1 << 16);
      String first = in.readLine();
      if (first == null || !first.contains(VERSION)) {
        throw new IllegalStateException(
            "gazetteer " + CITIES + " is not " + VERSION + " (first line: " + first + ")");
      }
      in.readLine(); // header
      String line;
      while ((line = in.readLine()) != null) {
        String[] c = line.split("\t", -1);
        if (c.length < 9) {
          continue;
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
        cities.computeIfAbsent(key(c[1]), k -> new ArrayList<>(1)).add(e);
        if (!c[2].isEmpty()) {
          for (String alt : c[2].split("\\|")) {
            if (!alt.isBlank()) {
              cities.computeIfAbsent(key(alt), k -> new ArrayList<>(1)).add(e);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + CITIES, e);
    }
    Map<String, GazetteerEntry> features = new HashMap<>();
    Map<String, GazetteerEntry> forms = new HashMap<>();
    TsvTable table = TsvTable.load(Gazetteer.class, "/io/herald/geo/features.tsv");
    for (String[] row : table.rows()) {
      String id = table.get(row, "geonameId");
      GazetteerEntry e =
          new GazetteerEntry(
              id.isEmpty() ? 0 : Long.parseLong(id),
              table.get(row, "name"),
              PlaceKind.parse(table.get(row, "kind")),
              table.get(row, "iso3"),
              "",
              "",
              0,
              Double.parseDouble(table.get(row, "lat")),
              Double.parseDouble(table.get(row, "lon")));
      features.putIfAbsent(key(e.name()), e);
      forms.putIfAbsent(e.name(), e);
      for (String alt : table.get(row, "altNames").split("\\|")) {
        if (!alt.isBlank()) {
          features.putIfAbsent(key(alt), e);
          forms.putIfAbsent(alt.strip(), e);
        }
      }
    }
    Map<String, GazetteerEntry> countryIndex = new HashMap<>();
    for (Country c : countryTable.all()) {
      GazetteerEntry e =
          new GazetteerEntry(0, c.name(), PlaceKind.COUNTRY, c.iso3(), "", "", 0, c.lat(), c.lon());
      for (String n : c.names()) {
        countryIndex.putIfAbsent(key(n), e);
      }
    }
    return new Gazetteer(
        Collections.unmodifiableMap(cities),
        Collections.unmodifiableMap(features),
        Collections.unmodifiableMap(countryIndex),
        Collections.unmodifiableMap(forms));
  }

  static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** Cities and towns with this name or alternate name, any country. */
  public List<GazetteerEntry> cities(String name) {
    return cities.getOrDefault(key(name), List.of());
  }

  /** A curated sea, island group, region... with this name or alternate name. */
  public java.util.Optional<GazetteerEntry> feature(String name) {
    return java.util.Optional.ofNullable(features.get(key(name)));
  }

  /** The country with this name or alternate name. */
  public java.util.Optional<GazetteerEntry> country(String name) {
    return java.util.Optional.ofNullable(countries.get(key(name)));
  }

  /** Every curated feature name and alternate name as written, for phrase matching. */
  public Map<String, GazetteerEntry> featureForms() {
    return featureForms;
  }

  /** Every curated feature with its canonical name. */
  public java.util.Collection<GazetteerEntry> features() {
    return features.values();
  }

  public int cityNameCount() {
    return cities.size();
  }
}
