package io.herald.coding.actors;

import io.herald.model.text.Sentence;
import java.util.Locale;
import java.util.Set;

/**
 * Company names built on a country's name: "Air China", "China Eastern", "Japan Airlines", "British
 * Telecom". The country word is part of a business's proper name, which codes the country's
 * business sector ({@code CHNBUS}), not the country or its government.
 */
final class CompanyNames {
  private CompanyNames() {}

  /** Words that make a proper name with a country in it a company's: trades and airline names. */
  private static final Set<String> TRADE_WORDS =
      Set.of(
          "air",
          "airlines",
          "airline",
          "airways",
          "telecom",
          "telecoms",
          "telecommunications",
          "mobile",
          "unicom",
          "motors",
          "petroleum",
          "petrochemical",
          "steel",
          "electric",
          "electronics",
          "shipping",
          "railways",
          "insurance",
          "securities",
          "holdings");

  /** Airline names: a compass word right after the country ("China Eastern", "China Southern"). */
  private static final Set<String> COMPASS = Set.of("eastern", "southern", "northern", "western");

  /**
   * Whether tokens {@code first}..{@code last} (a country name or demonym) stand inside a run of
   * proper nouns that names a company: the run holds a trade word, or a compass word follows the
   * country in it.
   */
  static boolean names(Sentence s, int first, int last) {
    int from = first;
    while (from > 0 && s.token(from - 1).isProperNoun()) {
      from--;
    }
    int to = last;
    while (to + 1 < s.tokens().size() && s.token(to + 1).isProperNoun()) {
      to++;
    }
    if (from == first && to == last) {
      return false;
    }
    for (int i = from; i <= to; i++) {
      if (i >= first && i <= last) {
        continue;
      }
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (TRADE_WORDS.contains(w) || i == last + 1 && COMPASS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
