package io.herald.geo;

import java.util.Set;

/** Words that look like place names but name no one place. */
final class PlaceWords {
  /** Tagger classes of words that name no place whatever the gazetteer holds ("in August"). */
  private static final Set<String> NOT_PLACES =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** Words that name directions or kinds of place rather than one place ("the West", "City"). */
  private static final Set<String> GENERIC =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "centre",
          "center",
          "capital",
          "city",
          "jewish",
          "north west",
          "south west",
          "north east",
          "south east",
          "northwest",
          "southwest",
          "northeast",
          "southeast");

  /**
   * Head words of a place name that say what kind of feature it names ("Swat Valley", "Mahim Bay",
   * "Soviet Union"): alone they name no place, only with the words before them.
   */
  private static final Set<String> FEATURE_WORDS =
      Set.of(
          "valley",
          "bay",
          "island",
          "islands",
          "delta",
          "lake",
          "creek",
          "plateau",
          "peninsula",
          "union",
          "midlands",
          "coast",
          "northwest",
          "highlands");

  private PlaceWords() {}

  /** Whether a capitalised word is a feature word ({@link #FEATURE_WORDS}), in any case. */
  static boolean featureWord(String word) {
    return FEATURE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a name, as a gazetteer key, is a direction or a kind of place. */
  static boolean generic(String key) {
    return GENERIC.contains(key);
  }

  /** Whether a word of this tagger class names no place ("August" as a DATE). */
  static boolean notPlace(String nerTag) {
    return NOT_PLACES.contains(nerTag);
  }
}
