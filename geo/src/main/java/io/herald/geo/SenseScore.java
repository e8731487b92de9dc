package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.Optional;

/**
 * How likely each reading of a place name is: countries a high prior, regions a lower one, cities
 * the log of their population with a bonus for capitals and regional seats; the article's
 * countries, regions, nearby towns, the source's home and a hierarchy cue add to it. Also names the
 * rule that chose a reading.
 */
final class SenseScore {
  static final double COUNTRY_PRIOR = 7.5;
  static final double ADMIN1_PRIOR = 5.5;
  static final double FINE_REGION_PRIOR = 3.5;
  static final double COUNTRY_CONTEXT = 2.5;
  static final double ADMIN1_CONTEXT = 2.5;
  static final double CUE = 10;
  static final double ADMIN2_PRIOR = 4.5;

  /**
   * What each further mention of a region of the story adds to its places: enough to break a tie
   * between same-named counties of two regions it names ("Monroe County" in a story naming one
   * state three times and another once), too little to outweigh any other evidence.
   */
  static final double REGION_TIE = 0.01;

  static final double NEAR = 2.5;
  static final double MAYBE_NEAR = 1.5;

  /** Each further ambiguous name with a reading near a candidate, up to {@link #MAX_MORE_NEAR}. */
  static final double MORE_NEAR = 0.5;

  static final int MAX_MORE_NEAR = 2;

  /** A town, county or region of the source's home region ({@link SourceHome}). */
  static final double HOME = 4.5;

  /**
   * What a town or county gets for coinciding with another name ({@link Resolver#SAME_PLACE_KM}).
   */
  static final double SAME_PLACE = 0.5;

  private SenseScore() {}

  /**
   * The score of one reading.
   *
   * @param countryName whether the name is also a country's: then a town of that name needs a town
   *     of the article beside it ("China", Maine, is no likelier for a namesake nearby)
   */
  static double score(
      GazetteerEntry e,
      Resolver.Context context,
      Optional<GazetteerEntry> cue,
      boolean countryName) {
    double s =
        switch (e.kind()) {
          case COUNTRY -> COUNTRY_PRIOR;
          case ADMIN1 -> e.admin1().isEmpty() ? FINE_REGION_PRIOR : ADMIN1_PRIOR;
          case ADMIN2 -> ADMIN2_PRIOR;
          default ->
              Math.log10(e.population() + 10.0)
                  + (e.featureCode().equals("PPLC")
                      ? 1
                      : e.featureCode().startsWith("PPLA") ? 0.5 : 0);
        };
    if (context.hasCountry(e.iso3())) {
      s += e.kind() == PlaceKind.COUNTRY ? 1 : COUNTRY_CONTEXT;
    }
    if (e.kind() != PlaceKind.COUNTRY && context.hasRegion(e.iso3(), e.admin1())) {
      s += ADMIN1_CONTEXT + REGION_TIE * Math.min(context.regionCount(e.iso3(), e.admin1()), 10);
    }
    if (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.ADMIN2) {
      if (context.near(e)) {
        s += NEAR;
      } else if (!countryName) {
        int names = context.namesNear(e);
        if (names > 0) {
          s += MAYBE_NEAR + MORE_NEAR * Math.min(names - 1, MAX_MORE_NEAR);
        }
      }
      if (!countryName && context.coincides(e)) {
        s += SAME_PLACE;
      }
    }
    if (context.home().holds(e)) {
      s += HOME;
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
            && (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.ADMIN2);
  }

  static String rule(GazetteerEntry e, Resolver.Context context, Optional<GazetteerEntry> cue) {
    if (cue.isPresent() && within(e, cue.get())) {
      return "geo.hierarchy-cue";
    }
    String kind = e.kind().jsonName();
    if ((e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.ADMIN2) && context.near(e)) {
      return "geo." + kind + ".nearby";
    }
    if ((e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.ADMIN2) && context.mayBeNear(e)) {
      return "geo." + kind + ".near-namesake";
    }
    if (context.hasRegion(e.iso3(), e.admin1()) && e.kind() != PlaceKind.COUNTRY) {
      return "geo." + kind + ".region-context";
    }
    if (context.home().holds(e)) {
      return "geo." + kind + ".source-home";
    }
    if (context.hasCountry(e.iso3()) && e.kind() != PlaceKind.COUNTRY) {
      return "geo." + kind + ".country-context";
    }
    return e.kind() == PlaceKind.CITY ? "geo.city.population" : "geo." + kind;
  }
}
