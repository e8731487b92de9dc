package io.herald.coding.actors;

import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and nationalities misspelt by one letter ("Ethopia", "Quatar"): wire copy is typed
 * fast, and a name one keystroke away from exactly one country's is that country. Only capitalised
 * words of six letters or more that no dictionary phrase covers and that the tagger does not take
 * for a person are tried, and only a single insertion, deletion, substitution or swap of two
 * neighbouring letters, keeping the first letter, is forgiven; a word near two countries' names is
 * left alone.
 */
final class MisspelledCountries {
  private static final int SHORTEST = 6;

  /** Single-word country names and nationalities, lower case, with their entries. */
  private final Map<String, LexiconEntry> words = new HashMap<>();

  void add(String word, LexiconEntry e) {
    if (word.length() >= SHORTEST - 1 && word.chars().allMatch(Character::isLetter)) {
      words.putIfAbsent(word.toLowerCase(Locale.ROOT), e);
    }
  }

  /** Matches for the sentence's misspelt country words that {@code found} does not cover. */
  List<PhraseMatcher.Match<LexiconEntry>> find(
      Sentence s, List<PhraseMatcher.Match<LexiconEntry>> found) {
    List<PhraseMatcher.Match<LexiconEntry>> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String w = t.word();
      boolean covered =
          found.stream().anyMatch(m -> m.first() <= t.index() && t.index() <= m.last());
      if (covered
          || w.length() < SHORTEST
          || !Character.isUpperCase(w.charAt(0))
          || t.ner().equals("PERSON")
          || !(t.pos().startsWith("NNP") || t.pos().equals("JJ"))) {
        continue;
      }
      near(w.toLowerCase(Locale.ROOT))
          .ifPresent(e -> out.add(new PhraseMatcher.Match<>(t.index(), t.index(), w, e)));
    }
    return out;
  }

  /** The one country whose name or nationality is one edit from {@code w}; empty if none or two. */
  Optional<LexiconEntry> near(String w) {
    if (words.containsKey(w)) {
      return Optional.empty();
    }
    LexiconEntry hit = null;
    for (Map.Entry<String, LexiconEntry> e : words.entrySet()) {
      String k = e.getKey();
      if (k.charAt(0) != w.charAt(0) || !oneEdit(w, k)) {
        continue;
      }
      if (hit != null && !hit.country().equals(e.getValue().country())) {
        return Optional.empty();
      }
      hit = e.getValue();
    }
    return Optional.ofNullable(hit);
  }

  /** One insertion, deletion, substitution or swap of adjacent letters turns a into b. */
  static boolean oneEdit(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    if (a.length() == b.length()) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          diffs++;
          first = first < 0 ? i : first;
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2
          && first + 1 < a.length()
          && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.substring(i).equals(longer.substring(i + 1));
  }
}
