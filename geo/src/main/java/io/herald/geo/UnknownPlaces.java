package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places the tagger found but the gazetteer lacks (villages, townships, lakes: "Oakport Township",
 * "Harwinton") in a story from a local source ({@link SourceHome}): placed at the region of the
 * source's country that the rest of the story names more than once, else at the source's home; in a
 * story without a source home that keeps to one town, at that town.
 */
final class UnknownPlaces {
  /** Mentions a region needs before an unknown place of the story is put there. */
  static final int MIN_MENTIONS = 2;

  private UnknownPlaces() {}

  /**
   * Whether {@code m} is a name the tagger itself called a location (not a country), or one its
   * words cue as a place ({@link PlaceCues}), that looks like a place's own name ({@link
   * #placeLike}).
   */
  static boolean tagged(Toponym m) {
    // a "country" the gazetteer lacks is no town of the story ("Chili" on a menu)
    boolean rule =
        m.rule().startsWith("geo.ner.") && !m.rule().equals("geo.ner.country")
            || m.rule().equals(PlaceCues.RULE);
    return rule && placeLike(m.text());
  }

  /**
   * Whether {@code name} looks like a place's own name: capitalised words of two letters or more
   * (lowercase particles inside it aside: "Mukono kwa Tala"), the last no word for a building,
   * street or institution ("City Hall", "Elkview Drive", "Webb Center").
   */
  static boolean placeLike(String name) {
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean particle = i > 0 && i < words.length - 1 && PlaceCues.particle(w);
      if (!particle
          && (w.length() < 2
              || !Character.isUpperCase(w.charAt(0))
              || !Character.isLetter(w.charAt(w.length() - 1)) && !w.endsWith("."))) {
        return false;
      }
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return !NOT_PLACE_HEADS.contains(last) && !(words.length == 1 && NOT_NAMES.contains(last));
  }

  /** Last words of names of buildings, streets, institutions and events, not settlements. */
  private static final Set<String> NOT_PLACE_HEADS =
      Set.of(
          "hall",
          "park",
          "road",
          "rd.",
          "street",
          "st.",
          "drive",
          "dr.",
          "avenue",
          "ave.",
          "boulevard",
          "blvd.",
          "lane",
          "way",
          "highway",
          "turnpike",
          "bridge",
          "center",
          "centre",
          "hospital",
          "clinic",
          "jail",
          "prison",
          "courthouse",
          "court",
          "airport",
          "station",
          "club",
          "school",
          "college",
          "university",
          "church",
          "cathedral",
          "mosque",
          "temple",
          "library",
          "museum",
          "stadium",
          "arena",
          "refuge",
          "fairgrounds",
          "district",
          "market",
          "mall",
          "plaza",
          "square",
          "building",
          "tower",
          "hotel",
          "restaurant",
          "zoo",
          "cemetery",
          "weekend",
          "fest",
          "festival",
          "office",
          "department",
          "base",
          "home",
          "farm",
          "theater",
          "theatre",
          "elementary");

  /** Single words the tagger calls locations that are remnants of longer names or no names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "united",
          "miss",
          "upper",
          "lower",
          "women",
          "township",
          "twp.",
          "station",
          "hall",
          "creek",
          "island",
          "province",
          "strip",
          "walk",
          "farm",
          "new",
          "greater",
          "former",
          "giant",
          "virus");

  /**
   * For a source with a known home: the first-level region of the home's country that the story's
   * resolved towns, counties and regions fall in most often, if at least {@link #MIN_MENTIONS}
   * times, else the home region. For a source without a home, the town the story keeps to ({@link
   * LocalStory}), if any.
   */
  static Optional<GazetteerEntry> around(
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses,
      SourceHome home,
      Gazetteer gazetteer) {
    // sorted keys: ties go the same way on every run
    Map<String, Integer> regions = new TreeMap<>();
    for (Toponym m : mentions) {
      Optional<GazetteerEntry> e =
          m.known().isPresent()
              ? m.known().map(Candidate::entry)
              : senses.getOrDefault(m.key(), Optional.empty()).map(Resolver.Sense::entry);
      if (e.isPresent()
          && !e.get().admin1().isEmpty()
          && (e.get().kind() == PlaceKind.CITY
              || e.get().kind() == PlaceKind.ADMIN1
              || e.get().kind() == PlaceKind.ADMIN2)) {
        regions.merge(e.get().iso3() + "." + e.get().admin1(), 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> r : regions.entrySet()) {
      if (r.getValue() > most) {
        best = r.getKey();
        most = r.getValue();
      }
    }
    if (!home.known()) {
      // world news: the regions of a story's other places say too little about where a village
      // or a district the gazetteer lacks lies, unless they are one town and its surroundings
      return LocalStory.town(mentions, senses);
    }
    if (best != null && most >= MIN_MENTIONS && best.startsWith(home.iso3() + ".")) {
      return gazetteer.admin1ByCode(best.substring(0, 3), best.substring(4));
    }
    return gazetteer.admin1ByCode(home.iso3(), home.admin1());
  }
}
