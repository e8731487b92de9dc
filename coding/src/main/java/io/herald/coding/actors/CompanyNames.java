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
   * Nouns for the people who speak or work for a company: "a spokesman for Japan Airlines", "the
   * chief executive of British Airways". They are the company's ({@code JPNBUS}), not the
   * government of the country its name contains.
   */
  private static final Set<String> STAFF =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "executive",
          "chairman",
          "chairwoman",
          "director",
          "chief",
          "boss",
          "manager",
          "officer",
          "founder",
          "owner",
          "employee",
          "employees",
          "staff",
          "worker",
          "workers",
          "pilot",
          "pilots");

  /** Whether token {@code h} is a noun for a company's people ("spokesman", "executive"). */
  static boolean staffNoun(Sentence s, int h) {
    return STAFF.contains(s.token(h).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether token {@code h} is the "Bank" of "the Bank of" and the country name that starts at
   * token {@code country} ("the Bank of Japan"): that country's central bank, part of its
   * government, not a business (names the dictionaries list whole, "Bank of Central African
   * States", never reach here).
   */
  static boolean centralBank(Sentence s, int h, int country) {
    return h + 2 == country
        && s.token(h).word().equals("Bank")
        && s.token(h + 1).word().equalsIgnoreCase("of");
  }

  /**
   * Whether token {@code n} is a proper noun in the same run of proper nouns as tokens {@code
   * first}..{@code last}: "Airlines" and "Japan" in "Japan Airlines".
   */
  static boolean sameName(Sentence s, int n, int first, int last) {
    int from = Math.min(n, first);
    int to = Math.max(n, last);
    for (int i = from; i <= to; i++) {
      if (!s.token(i).isProperNoun()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code first}..{@code last} (a country name or demonym) stand inside a run of
   * proper nouns that names a company: the run holds a trade word, or a compass word follows the
   * country in it.
   */
  static boolean names(Sentence s, int first, int last) {
    int[] run = run(s, first, last);
    int from = run[0];
    int to = run[1];
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

  /**
   * The run of proper nouns around tokens {@code first}..{@code last}, as {from, to}: the whole
   * company name "Japan Airlines" around "Japan".
   */
  static int[] run(Sentence s, int first, int last) {
    int from = first;
    while (from > 0 && s.token(from - 1).isProperNoun()) {
      from--;
    }
    int to = last;
    while (to + 1 < s.tokens().size() && s.token(to + 1).isProperNoun()) {
      to++;
    }
    return new int[] {from, to};
  }
}
