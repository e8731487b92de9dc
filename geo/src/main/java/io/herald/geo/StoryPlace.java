package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The story's own most specific place, for a village, camp or district the gazetteer lacks whose
 * words say it is a place ({@link PlaceCues}) but not where: the first-level region that the
 * story's resolved towns, counties and regions fall in most often (of a tie, the one named nearest
 * to the place), or the one town of that region the story names, if it names only one.
 */
final class StoryPlace {
  private StoryPlace() {}

  /**
   * The most specific place of the story around {@code m}, in country {@code iso3} when that is not
   * empty; empty when the story resolved no town, county or region there.
   */
  static Optional<GazetteerEntry> of(
      Toponym m,
      String iso3,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses,
      Gazetteer gazetteer) {
    String country = iso3.isEmpty() ? mainCountry(mentions, senses) : iso3;
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> distance = new HashMap<>();
    Map<String, Set<GazetteerEntry>> towns = new HashMap<>();
    Map<String, GazetteerEntry> regions = new HashMap<>();
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
      counts.merge(region, 1, Integer::sum);
      distance.merge(region, Math.abs(o.span().start() - m.span().start()), Math::min);
      Set<GazetteerEntry> these = towns.computeIfAbsent(region, r -> new HashSet<>());
      if (kind == PlaceKind.CITY) {
        these.add(e.get());
      }
    }
    String best = null;
    for (String r : counts.keySet()) {
      if (best == null
          || counts.get(r) > counts.get(best)
          || counts.get(r).equals(counts.get(best)) && distance.get(r) < distance.get(best)) {
        best = r;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Set<GazetteerEntry> these = towns.get(best);
    if (these.size() == 1) {
      return Optional.of(these.iterator().next());
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
