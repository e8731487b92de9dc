package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
  static final double COUNTRY_PRIOR = 7.5;
  static final double ADMIN1_PRIOR = 5.5;
  static final double FINE_REGION_PRIOR = 3.5;
  static final double COUNTRY_CONTEXT = 2.5;
  static final double ADMIN1_CONTEXT = 2.5;
  static final double CUE = 10;

  /** What the rest of the article says about where it is. */
  record Context(Map<String, Integer> countries, Map<String, Integer> regions) {
    static final Context NONE = new Context(Map.of(), Map.of());

    Context {
      countries = Map.copyOf(countries);
      regions = Map.copyOf(regions);
    }

    boolean hasCountry(String iso3) {
      return countries.getOrDefault(iso3, 0) > 0;
    }

    boolean hasRegion(String iso3, String admin1) {
      return !admin1.isEmpty() && regions.getOrDefault(iso3 + "." + admin1, 0) > 0;
    }
  }

  /** A resolved sense and the rule that chose it. */
  record Sense(GazetteerEntry entry, String rule) {}

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
    Optional<GazetteerEntry> f = gazetteer.feature(name);
    if (f.isPresent()) {
      return Optional.of(new Sense(f.get(), "geo.feature"));
    }
    List<GazetteerEntry> candidates = new ArrayList<>();
    gazetteer.country(name).ifPresent(candidates::add);
    candidates.addAll(gazetteer.admin1(name));
    // "EU", "UN": a short capitalised code is no town's name ("Eu", France)
    if (!(name.length() <= 3 && name.equals(name.toUpperCase(Locale.ROOT)))) {
      candidates.addAll(gazetteer.cities(name));
    }
    Optional<Sense> county = Optional.empty();
    if (candidates.isEmpty()) {
      county = countyByNamesake(name, context);
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : candidates) {
      double s = score(e, context, cue);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (best == null) {
      return county;
    }
    return Optional.of(new Sense(best, rule(best, context, cue)));
  }

  static double score(GazetteerEntry e, Context context, Optional<GazetteerEntry> cue) {
    double s =
        switch (e.kind()) {
          case COUNTRY -> COUNTRY_PRIOR;
          case ADMIN1 -> e.admin1().isEmpty() ? FINE_REGION_PRIOR : ADMIN1_PRIOR;
          default ->
              Math.log10(e.population() + 10.0)
                  + (e.featureCode().equals("PPLC")
                      ? 1
                      : e.featureCode().startsWith("PPLA") ? 0.5 : 0);
        };
    if (context.hasCountry(e.iso3())) {
      s += e.kind() == PlaceKind.COUNTRY ? 1 : COUNTRY_CONTEXT;
    }
    if (e.kind() == PlaceKind.CITY && context.hasRegion(e.iso3(), e.admin1())) {
      s += ADMIN1_CONTEXT;
    }
    if (cue.isPresent() && within(e, cue.get())) {
      s += CUE;
    }
    return s;
  }

  /** Whether {@code e} lies in the region or country {@code cue}. */
  static boolean within(GazetteerEntry e, GazetteerEntry cue) {
    if (!e.iso3().equals(cue.iso3()) || e == cue) {
      return false;
    }
    return cue.kind() == PlaceKind.COUNTRY
        || cue.kind() == PlaceKind.ADMIN1
            && !cue.admin1().isEmpty()
            && cue.admin1().equals(e.admin1())
            && e.kind() == PlaceKind.CITY;
  }

  private static String rule(GazetteerEntry e, Context context, Optional<GazetteerEntry> cue) {
    if (cue.isPresent() && within(e, cue.get())) {
      return "geo.hierarchy-cue";
    }
    String kind = e.kind().jsonName();
    if (context.hasRegion(e.iso3(), e.admin1()) && e.kind() == PlaceKind.CITY) {
      return "geo." + kind + ".region-context";
    }
    if (context.hasCountry(e.iso3()) && e.kind() != PlaceKind.COUNTRY) {
      return "geo." + kind + ".country-context";
    }
    return e.kind() == PlaceKind.CITY ? "geo.city.population" : "geo." + kind;
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
      return Optional.of(new Sense(best, "geo.county.namesake"));
    }
    // else the region itself: a county lies inside a region of its state the article names
    return context.regions().entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .flatMap(r -> gazetteer.admin1ByCode(r.getKey().substring(0, 3), r.getKey().substring(4)))
        .map(r -> new Sense(r, "geo.county.region"));
  }
}
