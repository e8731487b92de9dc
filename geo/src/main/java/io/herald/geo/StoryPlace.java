package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The story's own most specific place, for a village, camp or district the gazetteer lacks whose
 * words say it is a place ({@link PlaceCues}) but not where: of the first-level regions of the
 * story's main country that its resolved towns, counties and regions lie in, the one it names
 * nearest to the place; there, the town it names nearest to the place, if it names any (a region's
 * point may lie far from the towns a story is about), else the region.
 */
final class StoryPlace {
  /** The rule of a place placed so. */
  static final String RULE = "geo.unknown.story-place";

  /**
   * A preposition of place right before a name: "in Oskaloo", "near the Brem" (not "at", which
   * stands before buildings and institutions as often: "at Fenwick House").
   */
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("\\b(?:in|near|In|Near)\\s+(?:the\\s+)?$");

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

  /**
   * Where each name the gazetteer lacks but the words around it call a place ({@link PlaceCues}),
   * or a tagged one that a preposition of place or a feature word marks ({@link
   * #placeWordsAround}), lies when its words name no town or region that holds it, by its key: at
   * the story's own most specific place ({@link #of}), within the country its words name if they
   * name one ("Norland's Ostra camps"), else at that country.
   */
  static Map<String, Candidate> unknownPlaces(
      String text,
      Set<String> cued,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses,
      Map<Span, GazetteerEntry> stated,
      Gazetteer gazetteer) {
    Map<String, GazetteerEntry> countries = new HashMap<>();
    for (Toponym m : mentions) {
      GazetteerEntry e = stated.get(m.span());
      if (e != null && e.kind() == PlaceKind.COUNTRY) {
        countries.putIfAbsent(m.key(), e);
      }
    }
    Map<String, Candidate> out = new HashMap<>();
    for (Toponym m : mentions) {
      if (m.known().isPresent()
          || senses.get(m.key()).isPresent()
          || out.containsKey(m.key())
          || !(cued.contains(m.key()) || UnknownPlaces.tagged(m) && placeWordsAround(text, m))
          || !UnknownPlaces.placeLike(m.text())) {
        continue;
      }
      GazetteerEntry country = countries.get(m.key());
      String iso3 = country == null ? "" : country.iso3();
      Optional<GazetteerEntry> story = of(m, iso3, mentions, senses, gazetteer);
      if (story.isPresent()) {
        out.put(m.key(), new Candidate(story.get(), false, RULE));
      } else if (country != null) {
        out.put(m.key(), new Candidate(country, false, Geoparser.STATED_CONTAINER));
      }
    }
    return out;
  }

  /**
   * Whether the words of a tagged name say more surely that it names a place: a preposition of
   * place before it ("in Oskaloo"; not an acronym), or a feature word ending it ("Brem Creek",
   * "Tarn Plateau").
   */
  private static boolean placeWordsAround(String text, Toponym m) {
    String[] words = m.text().split(" ");
    boolean feature =
        words.length > 1
            && PlaceWords.featureWord(words[words.length - 1])
            && !words[words.length - 1].equalsIgnoreCase("union");
    boolean locative =
        LOCATIVE_BEFORE
            .matcher(text.substring(Math.max(0, m.span().start() - 12), m.span().start()))
            .find();
    // an acronym in place is an organisation's more often than a place's ("in UNMIS")
    boolean acronym = m.text().length() > 2 && m.text().equals(m.text().toUpperCase(Locale.ROOT));
    return feature || locative && !acronym;
  }
}
