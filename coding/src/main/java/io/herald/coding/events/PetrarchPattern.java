package io.herald.coding.events;

import io.herald.coding.events.PetrarchVerbDictionary.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pattern of a PETRARCH verb dictionary entry: elements before and after the verb, in order;
 * {@code gluedBefore}/{@code gluedAfter} when the last element before or the first after must touch
 * the verb ({@code IN_*}, {@code *_OUT}); and how its elements are found among a sentence's words.
 */
record PetrarchPattern(
    List<Element> before,
    List<Element> after,
    boolean gluedBefore,
    boolean gluedAfter,
    String code,
    String text,
    List<Marker> markers) {
  int size() {
    int n = 0;
    for (Element e : before) {
      n += e.alternatives.get(0).size();
    }
    for (Element e : after) {
      n += e.alternatives.get(0).size();
    }
    return n;
  }

  /** The lower-case words right before each {@code marker} after the verb ("WITH +": with). */
  List<String> marked(String marker) {
    List<String> out = new ArrayList<>();
    String[] w = text.replaceAll("[(){}]", " ").strip().split("\\s+");
    boolean afterVerb = false;
    for (int i = 0; i < w.length; i++) {
      afterVerb |= w[i].equals("*") || w[i].endsWith("_*") || w[i].startsWith("*_");
      if (afterVerb && i > 0 && w[i].equals(marker) && w[i - 1].matches("[A-Z]+")) {
        out.add(w[i - 1].toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether the pattern's source is the compound actor {@code %} before the verb. */
  boolean compoundSource() {
    int verb = text.indexOf('*');
    int mark = text.indexOf('%');
    return mark >= 0 && verb >= 0 && mark < verb;
  }

  /** Whether a word of the pattern before the verb is a negator: the code accounts for it. */
  boolean negative() {
    for (Element e : before) {
      for (List<String> phrase : e.alternatives) {
        for (String w : phrase) {
          if (NEGATORS.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static final Set<String> NEGATORS = Set.of("NOT", "N'T", "NEVER", "NEITHER", "NO");

  /**
   * One element of a pattern: alternative phrases (each a sequence of consecutive words), and
   * whether it must directly follow the element before it ({@code _} in the pattern).
   */
  record Element(List<List<String>> alternatives, boolean glued) {}

  /**
   * An actor marker of a pattern: {@code $} (source) or {@code +} (target), on which side of the
   * verb, after how many elements of that side, and after how many {@code ^} skips since the last
   * element.
   */
  record Marker(boolean source, boolean afterVerb, int element, int skips) {}

  /** Whether the words right before the verb are {@code required}, in order. */
  static boolean precededBy(List<Word> before, List<String> required, int verb) {
    for (int k = 0; k < required.size(); k++) {
      int index = verb - required.size() + k;
      String w = required.get(k);
      if (before.stream().noneMatch(b -> b.index() == index && b.forms().contains(w))) {
        return false;
      }
    }
    return true;
  }

  static boolean hasAll(List<Word> words, List<String> required) {
    for (String r : required) {
      if (words.stream().noneMatch(w -> w.forms().contains(r))) {
        return false;
      }
    }
    return true;
  }

  /** The elements after the verb, in order from it. */
  static boolean matchesAfter(PetrarchPattern p, List<Word> after, int verb) {
    return sequence(p.after, 0, after, 0, verb, p.gluedAfter, new int[p.after.size()][2]);
  }

  /** The elements before the verb, read backwards from it. */
  static boolean matchesBefore(PetrarchPattern p, List<Word> before, int verb) {
    return matchBefore(p, before, verb, new int[p.before.size()][2]);
  }

  /**
   * The elements before the verb, read backwards from it; {@code spans[k]} receives the token
   * indexes of the first and last word of element {@code k} (in pattern order).
   */
  static boolean matchBefore(PetrarchPattern p, List<Word> before, int verb, int[][] spans) {
    List<Element> reversed = new ArrayList<>();
    for (int i = p.before.size() - 1; i >= 0; i--) {
      Element e = p.before.get(i);
      // Read backwards, an element is glued to the one after it in the pattern.
      boolean glued = i + 1 < p.before.size() ? p.before.get(i + 1).glued : p.gluedBefore;
      List<List<String>> alts = new ArrayList<>();
      for (List<String> phrase : e.alternatives) {
        List<String> r = new ArrayList<>(phrase);
        java.util.Collections.reverse(r);
        alts.add(r);
      }
      reversed.add(new Element(alts, glued));
    }
    List<Word> words = new ArrayList<>(before);
    java.util.Collections.reverse(words);
    List<Word> mirrored = new ArrayList<>();
    for (Word w : words) {
      mirrored.add(new Word(2 * verb - w.index(), w.forms()));
    }
    if (reversed.isEmpty()) {
      return true;
    }
    int[][] mirroredSpans = new int[reversed.size()][2];
    if (!sequence(reversed, 0, mirrored, 0, verb, reversed.get(0).glued, mirroredSpans)) {
      return false;
    }
    for (int k = 0; k < reversed.size(); k++) {
      int[] m = mirroredSpans[reversed.size() - 1 - k];
      spans[k][0] = 2 * verb - m[1];
      spans[k][1] = 2 * verb - m[0];
    }
    return true;
  }

  /** Where the pattern's {@code $} and {@code +} markers put their actors in this match. */
  static List<ActorSlot> slots(PetrarchPattern p, List<Word> before, List<Word> after, int verb) {
    if (p.markers.isEmpty()) {
      return List.of();
    }
    int[][] b = new int[p.before.size()][2];
    int[][] a = new int[p.after.size()][2];
    if (!matchBefore(p, before, verb, b)
        || !sequence(p.after, 0, after, 0, verb, p.gluedAfter, a)) {
      return List.of();
    }
    List<ActorSlot> out = new ArrayList<>();
    for (Marker m : p.markers) {
      if (m.afterVerb) {
        int anchor = m.element == 0 ? verb : a[m.element - 1][1];
        out.add(new ActorSlot(m.source, true, anchor, -1, m.skips));
      } else {
        int anchor = m.element < b.length ? b[m.element][0] : verb;
        int floor = m.element == 0 ? -1 : b[m.element - 1][1];
        out.add(new ActorSlot(m.source, false, anchor, floor, 0));
      }
    }
    return out;
  }

  /**
   * Whether elements {@code e..} occur in order among {@code words[from..]}, each phrase on
   * consecutive indexes, after position {@code last}; {@code glued} when the next element must
   * start right after {@code last}.
   */
  static boolean sequence(
      List<Element> elements,
      int e,
      List<Word> words,
      int from,
      int last,
      boolean glued,
      int[][] spans) {
    if (e == elements.size()) {
      return true;
    }
    Element el = elements.get(e);
    for (int i = from; i < words.size(); i++) {
      if (glued && words.get(i).index() != last + 1) {
        if (words.get(i).index() > last + 1) {
          return false;
        }
        continue;
      }
      for (List<String> phrase : el.alternatives) {
        int end = phraseAt(phrase, words, i);
        if (end >= 0) {
          boolean nextGlued = e + 1 < elements.size() && elements.get(e + 1).glued;
          spans[e][0] = words.get(i).index();
          spans[e][1] = words.get(end).index();
          if (sequence(elements, e + 1, words, end + 1, words.get(end).index(), nextGlued, spans)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The position of the phrase's last word when it starts at {@code words[i]}, else -1. */
  static int phraseAt(List<String> phrase, List<Word> words, int i) {
    int j = i;
    for (int k = 0; k < phrase.size(); k++, j++) {
      if (j >= words.size()
          || !words.get(j).forms().contains(phrase.get(k))
          || k > 0 && words.get(j).index() != words.get(j - 1).index() + 1) {
        return -1;
      }
    }
    return j - 1;
  }
}
