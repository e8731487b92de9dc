package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sense of a place name among the gazetteer's countries, regions and cities.
 *
 * <p>Each candidate gets a score: countries a high prior, regions a lower one, cities the log of
 * their population with a bonus for capitals and regional seats. The article adds to candidates in
 * the countries and regions its other toponyms resolved to, and a hierarchy cue ("Paris, Texas",
 * "Long Beach, CA") adds so much that a matching city wins over any other reading. Curated features
 * (seas, regions) are taken as they are.
 */
final class Resolver {
  /** Towns and counties this close to a reading count as its neighbours. */
  static final double NEAR_KM = 100;

  /**
   * A town and a county (or two names) this close are one place, the town and the county around it
   * ("Paris" and "Henry County": the Henry County that holds a Paris): they get {@link
   * SenseScore#SAME_PLACE} more than other neighbours.
   */
  static final double SAME_PLACE_KM = 30;

  /** Ambiguous names with more readings than this say too little to place their neighbours. */
  static final int MAX_POSSIBLE = 25;

  static final long BIG_CITY = 1_000_000;

  /**
   * A city this populous and {@link #FAMOUS_MARGIN} times as populous as a namesake of its own
   * country that only its region being named elsewhere in the story supports is the city meant
   * ("the mayor of X" in a story that also names the small namesake's state for another reason). A
   * famous namesake abroad does not count: a local paper's small town of its state stays itself.
   */
  static final long FAMOUS_CITY = 500_000;

  static final long FAMOUS_MARGIN = 50;

  /**
   * What the rest of the article says about where it is.
   *
   * @param local towns and counties the article's other names clearly resolved to
   * @param possible every town and county reading of the article's other, ambiguous names, one list
   *     per name
   * @param statesNamed countries (ISO3) one of whose first-level regions the article names itself
   *     ("Texas and Georgia"), not only through a town
   * @param home the region the article's source writes about most
   */
  record Context(
      Map<String, Integer> countries,
      Map<String, Integer> regions,
      List<GazetteerEntry> local,
      List<List<GazetteerEntry>> possible,
      Set<String> statesNamed,
      SourceHome home) {
    static final Context NONE = home(SourceHome.NONE);

    /** No context but the source's home. */
    static Context home(SourceHome home) {
      return new Context(Map.of(), Map.of(), List.of(), List.of(), Set.of(), home);
    }

    Context {
      // Order-preserving copies: ties are broken in iteration order, which for Map.copyOf
      // changes with every JVM start.
      countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
      regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
      local = List.copyOf(local);
      possible = possible.stream().map(List::copyOf).toList();
      statesNamed = Collections.unmodifiableSet(new LinkedHashSet<>(statesNamed));
    }

    Context(Map<String, Integer> countries, Map<String, Integer> regions) {
      this(countries, regions, List.of(), List.of(), Set.of(), SourceHome.NONE);
    }

    /** Whether a town or county the article names lies within {@link #NEAR_KM} of {@code e}. */
    boolean near(GazetteerEntry e) {
      return anyNear(local, e);
    }

    /** Whether some reading of another ambiguous name lies within {@link #NEAR_KM} of {@code e}. */
    boolean mayBeNear(GazetteerEntry e) {
      return namesNear(e) > 0;
    }

    /**
     * How many of the article's other ambiguous names have a reading within {@link #NEAR_KM} of
     * {@code e}: a cluster of names that all fit one spot ("Rogersville", "Greene County", "Webster
     * County", "Springfield") says more than one namesake nearby.
     */
    int namesNear(GazetteerEntry e) {
      int n = 0;
      for (List<GazetteerEntry> readings : possible) {
        if (anyNear(readings, e)) {
          n++;
        }
      }
      return n;
    }

    /** Whether some reading of another name lies within {@link #SAME_PLACE_KM} of {@code e}. */
    boolean coincides(GazetteerEntry e) {
      return anyWithin(local, e, SAME_PLACE_KM)
          || possible.stream().anyMatch(readings -> anyWithin(readings, e, SAME_PLACE_KM));
    }

    private static boolean anyNear(List<GazetteerEntry> places, GazetteerEntry e) {
      return anyWithin(places, e, NEAR_KM);
    }

    private static boolean anyWithin(List<GazetteerEntry> places, GazetteerEntry e, double km) {
      // a degree of latitude is 111 km: most places fail this cheap test before the exact one
      double dLat = km / 111.0;
      for (GazetteerEntry o : places) {
        if (o != e
            && Math.abs(o.lat() - e.lat()) <= dLat
            && km(o.lat(), o.lon(), e.lat(), e.lon()) <= km) {
          return true;
        }
      }
      return false;
    }

    boolean hasCountry(String iso3) {
      return countries.getOrDefault(iso3, 0) > 0;
    }

    /** How many of the story's other places lie in the region {@code iso3.admin1}. */
    int regionCount(String iso3, String admin1) {
      return admin1.isEmpty() ? 0 : regions.getOrDefault(iso3 + "." + admin1, 0);
    }

    boolean hasRegion(String iso3, String admin1) {
      return !admin1.isEmpty() && regions.getOrDefault(iso3 + "." + admin1, 0) > 0;
    }
  }

  /**
   * A resolved sense and the rule that chose it.
   *
   * @param margin how far the chosen sense's score lies above the next one's ({@code
   *     Double.POSITIVE_INFINITY} when there was no other); a margin under {@link #CLEAR} means the
   *     choice was close to a coin toss
   */
  record Sense(GazetteerEntry entry, String rule, double margin) {
    Sense(GazetteerEntry entry, String rule) {
      this(entry, rule, Double.POSITIVE_INFINITY);
    }

    /** Whether the choice was clear enough to inform the reading of other names. */
    boolean clear() {
      return margin >= CLEAR;
    }
  }

  /** The score margin of a clear choice: a tenfold population, or a context bonus. */
  static final double CLEAR = 1.0;

  private final Gazetteer gazetteer;

  Resolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The likeliest sense of {@code name}.
   *
   * @param cue the region or country named right after the toponym ("Paris, Texas"), if any
   */
  Optional<Sense> resolve(String name, Context context, Optional<GazetteerEntry> cue) {
    return resolve(name, context, cue, Optional.empty());
  }

  /**
   * The likeliest sense of {@code name}.
   *
   * @param cue the region or country named right after the toponym ("Paris, Texas"), if any
   * @param kindMeant the kind of place the words around the name say is meant: a region
   *     ("Washington state", "the state of Washington"), or the kind of the places it is listed
   *     with ("Alberta, Ontario and New Brunswick"); then only places of that kind compete, where
   *     there are any
   */
  Optional<Sense> resolve(
      String name, Context context, Optional<GazetteerEntry> cue, Optional<PlaceKind> kindMeant) {
    Optional<GazetteerEntry> f = gazetteer.feature(name);
    if (f.isPresent()) {
      return Optional.of(new Sense(f.get(), "geo.feature"));
    }
    List<GazetteerEntry> candidates = candidates(name, cue);
    boolean countryName = gazetteer.country(name).isPresent();
    if (candidates.stream().anyMatch(e -> needsPlacing(e, context))) {
      boolean regionName = !gazetteer.admin1(name).isEmpty() || !gazetteer.counties(name).isEmpty();
      candidates.removeIf(
          e -> needsPlacing(e, context) && (countryName || !placed(e, regionName, context, cue)));
    }
    if (kindMeant.isPresent()
        && cue.isEmpty()
        && candidates.stream().anyMatch(e -> e.kind() == kindMeant.get())) {
      // a city that a same-named region holds is that region's city ("Beijing", "Moscow")
      List<GazetteerEntry> all = List.copyOf(candidates);
      candidates.removeIf(e -> e.kind() != kindMeant.get() && !cityOfItsRegion(e, all));
    } else if (countryName) {
      // "Taiwan", "Georgia": a region sharing a country's name needs a town of that region, a
      // hierarchy cue, or another region of its country ("Texas and Georgia") in the article;
      // the region's country being named is not enough
      candidates.removeIf(
          e ->
              e.kind() == PlaceKind.ADMIN1
                  && !context.hasRegion(e.iso3(), e.admin1())
                  && !context.statesNamed().contains(e.iso3())
                  && !context.home().holds(e)
                  && !(cue.isPresent() && SenseScore.within(e, cue.get())));
    }
    Optional<Sense> county = Optional.empty();
    if (candidates.isEmpty()) {
      county = countyByNamesake(name, context);
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    // the best country, or region spelled as written, in case the best is an accented namesake
    GazetteerEntry written = null;
    double writtenScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : candidates) {
      double s = SenseScore.score(e, context, cue, countryName);
      if (s > bestScore) {
        best = e;
        second = bestScore;
        bestScore = s;
      } else if (s > second) {
        second = s;
      }
      if (s > writtenScore && spelledAsWritten(e, name)) {
        written = e;
        writtenScore = s;
      }
    }
    if (best == null) {
      return county;
    }
    if (best.kind() == PlaceKind.CITY
        && SenseScore.rule(best, context, cue).equals("geo.city.region-context")) {
      GazetteerEntry town = best;
      Optional<GazetteerEntry> famous =
          candidates.stream()
              .filter(
                  e ->
                      e.kind() == PlaceKind.CITY
                          && e.iso3().equals(town.iso3())
                          && e.population() >= FAMOUS_CITY
                          && e.population() >= FAMOUS_MARGIN * town.population())
              .findFirst();
      if (famous.isPresent()) {
        return Optional.of(new Sense(famous.get(), SenseScore.rule(famous.get(), context, cue), 0));
      }
    }
    if (written != null && accentedNamesake(best, name)) {
      return Optional.of(new Sense(written, SenseScore.rule(written, context, cue), 0));
    }
    return Optional.of(new Sense(best, SenseScore.rule(best, context, cue), bestScore - second));
  }

  /**
   * "Canada" is the country and "Quebec" the province, not "Cañada" or "Québec": whether {@code
   * best} is a town whose name only accents set apart from the written {@code name}, so that the
   * best country or region spelled as written takes its place.
   */
  private static boolean accentedNamesake(GazetteerEntry best, String name) {
    return best.kind() == PlaceKind.CITY
        && accented(best.name())
        && !accented(name)
        && Gazetteer.key(best.name()).equals(Gazetteer.key(name));
  }

  /** Whether {@code e} is a country, or a first-level region with the name as written. */
  private static boolean spelledAsWritten(GazetteerEntry e, String name) {
    return e.kind() == PlaceKind.COUNTRY
        || e.kind() == PlaceKind.ADMIN1 && e.name().equalsIgnoreCase(name);
  }

  /** Whether a name has a letter beyond ASCII ("Cañada", "Québec"). */
  private static boolean accented(String name) {
    return name.chars().anyMatch(ch -> ch >= 128);
  }

  /**
   * Whether the article places a minor town ({@link Gazetteer#minor}) where {@code e} lies: a
   * hierarchy cue ("Pirbright, Surrey"), or, unless a region or county bears the name ({@code
   * regionName}: "Texas", Mexico; "New Brunswick", New Jersey), a region of the article, a town or
   * county of the article or a reading of another of its names within {@link #NEAR_KM}, or the
   * source's home region. The caller never reads a country's name as a minor town ("China", Japan).
   */
  private static boolean placed(
      GazetteerEntry e, boolean regionName, Context context, Optional<GazetteerEntry> cue) {
    if (cue.isPresent() && SenseScore.within(e, cue.get())) {
      return true;
    }
    return !regionName
        && (context.hasRegion(e.iso3(), e.admin1())
            || context.home().holds(e)
            || context.near(e)
            || context.namesNear(e) > 0);
  }

  /** Parts of a city smaller than this are read only where the article places them. */
  static final long SMALL_QUARTER = 50_000;

  /**
   * Whether a reading counts only where the article places it ({@link #placed}): a minor town
   * ({@link Gazetteer#minor}), or a small quarter of a city (GeoNames' PPLX), which news names only
   * in a story about its city ("Piccadilly" in a London story is no suburb of Kalgoorlie).
   */
  private boolean needsPlacing(GazetteerEntry e, Context context) {
    return gazetteer.minor(e)
        || e.kind() == PlaceKind.CITY
            && e.featureCode().equals("PPLX")
            && e.population() < SMALL_QUARTER
            && !context.hasCountry(e.iso3());
  }

  /** Whether {@code e} is a town that a region among {@code readings} of the same name holds. */
  private static boolean cityOfItsRegion(GazetteerEntry e, List<GazetteerEntry> readings) {
    return e.kind() == PlaceKind.CITY
        && readings.stream()
            .anyMatch(
                r ->
                    r.kind() == PlaceKind.ADMIN1
                        && r.iso3().equals(e.iso3())
                        && !r.admin1().isEmpty()
                        && r.admin1().equals(e.admin1()));
  }

  /** Every reading of {@code name} but a curated feature: country, regions, counties, towns. */
  List<GazetteerEntry> candidates(String name, Optional<GazetteerEntry> cue) {
    List<GazetteerEntry> candidates = new ArrayList<>();
    gazetteer.country(name).ifPresent(candidates::add);
    List<GazetteerEntry> regions = gazetteer.admin1(name);
    candidates.addAll(regions);
    candidates.addAll(gazetteer.counties(name));
    // "EU", "UN": a short capitalised code is no town's name ("Eu", France)
    if (!(name.length() <= 3 && name.equals(name.toUpperCase(Locale.ROOT)))) {
      for (GazetteerEntry c : gazetteer.cities(name)) {
        if (!outranked(c, regions, cue)) {
          candidates.add(c);
        }
      }
    }
    return candidates;
  }

  /**
   * A town that a region of the same name in its country outranks ("California", PA), unless the
   * region is the town itself, a city-region whose point lies within {@link #SAME_PLACE_KM} of the
   * town's ("Glasgow", "Bremen"): then the town stays, with what its neighbours say for it.
   */
  private static boolean outranked(
      GazetteerEntry city, List<GazetteerEntry> regions, Optional<GazetteerEntry> cue) {
    if (city.population() >= BIG_CITY
        || city.featureCode().equals("PPLC")
        || cue.isPresent() && SenseScore.within(city, cue.get())) {
      return false;
    }
    for (GazetteerEntry r : regions) {
      if (r.iso3().equals(city.iso3())
          && !r.admin1().isEmpty()
          && r.name().equalsIgnoreCase(city.name())
          && km(r.lat(), r.lon(), city.lat(), city.lon()) > SAME_PLACE_KM) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Henderson County" or "Rapides Parish", which the gazetteer does not hold: the town of the same
   * name in a region the article mentions, as an approximation of the county (counties are often
   * named after their seat).
   */
  private Optional<Sense> countyByNamesake(String name, Context context) {
    String lower = name.toLowerCase(Locale.ROOT);
    String stem;
    if (lower.endsWith(" county") || lower.endsWith(" parish")) {
      stem = name.substring(0, name.length() - 7).strip();
    } else {
      return Optional.empty();
    }
    GazetteerEntry best = null;
    for (GazetteerEntry e : gazetteer.cities(stem)) {
      if (context.hasRegion(e.iso3(), e.admin1())
          && (best == null || e.population() > best.population())) {
        best = e;
      }
    }
    if (best != null) {
      return Optional.of(new Sense(best, "geo.county.namesake", 0));
    }
    // else the region itself: a county lies inside a region of its state the article names
    return context.regions().entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .flatMap(r -> gazetteer.admin1ByCode(r.getKey().substring(0, 3), r.getKey().substring(4)))
        .map(r -> new Sense(r, "geo.county.region", 0));
  }

  /** Great-circle distance in kilometres. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * 6371.0088 * Math.asin(Math.sqrt(Math.min(1, h)));
  }
}
