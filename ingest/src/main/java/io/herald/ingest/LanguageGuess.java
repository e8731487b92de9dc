package io.herald.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells English prose from prose in another language written in the Latin alphabet, by the share of
 * each language's commonest function words among the text's words. Function words are what every
 * sentence of a language is made of and what no other language shares much of, so a few dozen words
 * suffice; names, numbers and tables count for no language, which leaves a list of results or
 * prices (English or not) alone.
 */
final class LanguageGuess {
  /** Texts shorter than this many words are not judged: a headline-length text proves nothing. */
  static final int MIN_WORDS = 25;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "is", "that", "for", "with", "was", "it", "he", "she", "his",
          "her", "they", "by", "from", "said", "have", "has", "be", "were", "been", "are", "not",
          "this", "which", "would", "will", "an", "at", "as", "who", "their", "or", "but", "had",
          "after", "about", "on", "its");

  private static final Map<String, Set<String>> OTHERS =
      Map.of(
          "French",
          Set.of(
              "le", "la", "les", "des", "est", "une", "du", "et", "dans", "pour", "qui", "que",
              "sur", "au", "avec", "pas", "ce", "il", "sont", "été", "aux", "ont"),
          "German",
          Set.of(
              "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine",
              "zu", "sich", "auf", "für", "des", "wurde", "auch", "sie", "im", "hat"),
          "Spanish",
          Set.of(
              "el", "los", "las", "del", "y", "que", "en", "por", "con", "una", "para", "es", "se",
              "su", "al", "como", "más", "fue", "lo", "sus"),
          "Italian",
          Set.of(
              "il", "della", "che", "di", "e", "per", "non", "sono", "gli", "nel", "alla", "è",
              "dei", "una", "con", "anche", "delle", "si"),
          "Portuguese",
          Set.of(
              "os", "da", "dos", "das", "não", "uma", "em", "para", "com", "que", "é", "ao", "foi",
              "pelo", "pela", "seu"),
          "Dutch",
          Set.of(
              "de", "het", "een", "van", "en", "niet", "zijn", "met", "voor", "op", "dat", "werd",
              "ook", "naar", "wordt", "bij"));

  /** Below this share of English function words a text may be another language... */
  private static final double ENGLISH_FLOOR = 0.05;

  /** ...and is one when that language's function words make up at least this share. */
  private static final double OTHER_FLOOR = 0.12;

  private LanguageGuess() {}

  /**
   * The language other than English that {@code text} is written in, when its words say so clearly;
   * empty for English, for texts too short to judge and for texts of no clear language.
   */
  static Optional<String> otherThanEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int total = 0;
    int english = 0;
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      total++;
      if (ENGLISH.contains(w)) {
        english++;
      }
      for (Map.Entry<String, Set<String>> lang : OTHERS.entrySet()) {
        if (lang.getValue().contains(w)) {
          counts.merge(lang.getKey(), 1, Integer::sum);
        }
      }
    }
    if (total < MIN_WORDS || english >= total * ENGLISH_FLOOR) {
      return Optional.empty();
    }
    double floor = total * OTHER_FLOOR;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= floor)
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
