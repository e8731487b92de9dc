package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The story's own most specific place, for a village, camp or district the gazetteer lacks whose
 * words say it is a place ({@link PlaceCues}) but not where: of the first-level regions of the
 * story's main country that its resolved towns, counties and regions lie in, the one it names
 * nearest to the place; there, the town it names nearest to the place, if it names any (a region's
 * point may lie far from the towns a story is about), else the region.
 */
final class StoryPlace {
  private StoryPlace() {}

  /**
   * The most specific place of the story around {@code m}, in country {@code iso3} when that is not
   * empty, else in the country the story's places lie in most often; empty when the story resolved
   * no town, county or region there.
   */
  static Optional<GazetteerEntry> of(
      Toponym m,
      String iso3,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses,
      Gazetteer gazetteer) {
    String country = iso3.isEmpty() ? mainCountry(mentions, senses) : iso3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Map<String, GazetteerEntry> regions = new HashMap<>();
    Map<String, GazetteerEntry> nearestTown = new HashMap<>();
    Map<String, Integer> townDistance = new HashMap<>();
    for (Toponym o : mentions) {
      Optional<GazetteerEntry> e =
          o.known().isPresent()
              ? o.known().filter(c -> !c.adjectival()).map(Candidate::entry)
              : senses.getOrDefault(o.key(), Optional.empty()).map(Resolver.Sense::entry);
      if (e.isEmpty() || !e.get().iso3().equals(country)) {
        continue;
      }
      PlaceKind kind = e.get().kind();
      boolean uncoded = e.get().admin1().isEmpty();
      if (kind != PlaceKind.CITY && kind != PlaceKind.ADMIN2 && kind != PlaceKind.ADMIN1
          || uncoded && kind != PlaceKind.ADMIN1) {
        continue;
      }
      // a region without a code of its own (a former province) stands for itself
      String region = e.get().iso3() + "." + (uncoded ? "=" + e.get().name() : e.get().admin1());
      if (kind == PlaceKind.ADMIN1) {
        regions.put(region, e.get());
      }
      int d = Math.abs(o.span().start() - m.span().start());
      if (d < bestDistance) {
        best = region;
        bestDistance = d;
      }
      if (kind == PlaceKind.CITY
          && (!townDistance.containsKey(region) || d < townDistance.get(region))) {
        nearestTown.put(region, e.get());
        townDistance.put(region, d);
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (nearestTown.containsKey(best)) {
      return Optional.of(nearestTown.get(best));
    }
    return regions.containsKey(best)
        ? Optional.of(regions.get(best))
        : gazetteer.admin1ByCode(best.substring(0, 3), best.substring(4));
  }

  /**
   * The country that the story's resolved places and its countries' adjectives belong to most often
   * (of a tie, the first named); empty when it has none.
   */
  private static String mainCountry(
      List<Toponym> mentions, Map<String, Optional<Resolver.Sense>> senses) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Toponym o : mentions) {
      Optional<GazetteerEntry> e =
          o.known().isPresent()
              ? o.known().map(Candidate::entry)
              : senses.getOrDefault(o.key(), Optional.empty()).map(Resolver.Sense::entry);
      if (e.isPresent() && !e.get().iso3().isEmpty()) {
        counts.merge(e.get().iso3(), 1, Integer::sum);
      }
    }
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > most) {
        best = c.getKey();
        most = c.getValue();
      }
    }
    return best;
  }
}
