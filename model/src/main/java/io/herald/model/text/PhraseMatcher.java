package io.herald.model.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary phrases in a tokenised sentence, longest match first, aligned to token
 * boundaries. Matching is case-sensitive, except that a phrase also matches text written in
 * capitals ("TOKYO") and, when added as case-insensitive, any casing.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
  /** One phrase found in a sentence: tokens {@code first..last} inclusive. */
  public record Match<T>(int first, int last, String phrase, T value) {}

  private record Entry<T>(String phrase, T value, boolean ignoreCase, boolean prefix) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

  /**
   * Adds a case-insensitive phrase whose last word may continue in the text, as TABARI dictionaries
   * mean it: "BULGAR" matches "Bulgaria" and "Bulgarians".
   */
  public void addPrefix(String phrase, T value) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      return;
    }
    List<Entry<T>> list = byFirstWord.computeIfAbsent(prefixKey(p), k -> new ArrayList<>());
    list.add(new Entry<>(p, value, true, true));
    list.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase.length()).reversed());
    prefixKeys.add(prefixKey(p));
  }

  private final java.util.Set<String> prefixKeys = new java.util.HashSet<>();

  /** First three characters, lower case: the bucket of prefix phrases. */
  private static String prefixKey(String s) {
    String k = s.toLowerCase(Locale.ROOT);
    return "\u0000" + k.substring(0, Math.min(3, k.length()));
  }

  /** Adds a phrase; the first phrase added for the same text and case wins. */
  public void add(String phrase, T value, boolean ignoreCase) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      return;
    }
    List<Entry<T>> list = byFirstWord.computeIfAbsent(key(p), k -> new ArrayList<>());
    for (Entry<T> e : list) {
      if (e.phrase.equals(p)) {
        return;
      }
    }
    list.add(new Entry<>(p, value, ignoreCase, false));
    list.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase.length()).reversed());
  }

  private static String key(String s) {
    int end = 0;
    while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      end++;
    }
    if (end == 0) {
      end = Math.min(1, s.length());
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** All non-overlapping matches in {@code sentence}, scanning left to right. */
  public List<Match<T>> find(Sentence sentence, String text) {
    List<Match<T>> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Match<T> m = matchAt(tokens, i, text);
      if (m != null) {
        out.add(m);
        i = m.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * As {@link #find}, but a match yields to a longer one that starts inside it and ends after it:
   * in "to the Gulf of Mexico", with both "the Gulf" and "Gulf of Mexico" known, the match is "Gulf
   * of Mexico", not "the Gulf" followed by a stray "of Mexico".
   */
  public List<Match<T>> findLongest(Sentence sentence, String text) {
    List<Match<T>> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Match<T> m = matchAt(tokens, i, text);
      if (m == null) {
        i++;
        continue;
      }
      for (int k = i + 1; k <= m.last(); k++) {
        Match<T> inner = matchAt(tokens, k, text);
        if (inner != null && inner.last() > m.last()) {
          m = inner;
          break;
        }
      }
      out.add(m);
      i = m.last() + 1;
    }
    return out;
  }

  private Match<T> matchAt(List<Token> tokens, int i, String text) {
    Token first = tokens.get(i);
    List<Entry<T>> candidates =
        new ArrayList<>(byFirstWord.getOrDefault(key(first.word()), List.of()));
    if (!prefixKeys.isEmpty()) {
      // keyed on the text, not the token: "Al-Qaeda" is tokenised "Al", "-", "Qaeda"
      int from = first.span().start();
      String head = text.substring(from, Math.min(text.length(), from + 3));
      candidates.addAll(byFirstWord.getOrDefault(prefixKey(head), List.of()));
      candidates.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase.length()).reversed());
    }
    if (candidates.isEmpty()) {
      return null;
    }
    int start = first.span().start();
    for (Entry<T> e : candidates) {
      int end = start + e.phrase.length();
      if (end > text.length()) {
        continue;
      }
      // "Prince of Dol_Amroth": TABARI-era texts join a name's words with underscores
      String region = text.substring(start, end).replace('_', ' ');
      if (!(region.equals(e.phrase)
          || region.equals(e.phrase.toUpperCase(Locale.ROOT)) && e.phrase.length() > 3
          || e.ignoreCase && region.equalsIgnoreCase(e.phrase))) {
        continue;
      }
      for (int j = i; j < tokens.size(); j++) {
        int te = tokens.get(j).span().end();
        if (te == end || e.prefix && te > end && tokens.get(j).span().start() < end) {
          return new Match<>(i, j, e.phrase, e.value);
        }
        if (te > end) {
          break;
        }
      }
    }
    return null;
  }
}
