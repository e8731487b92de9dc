package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that the words around them say are places, whether or not the gazetteer has them or the
 * tagger saw them: a kind of settlement or division before "of" or "called" ("the village of
 * Oskaloo", "a town called Brem"), after the name ("the Tarn and Vell districts", "the Ostra
 * camps"), between a place and the name ("the city's slum Varo"), before a colon and a list ("three
 * villages: Oskaloo, Brem and Tull") or after the name and "is a" or a comma ("Brem is a rural
 * township", "Brem, a fishing village"). Only capitalised proper nouns count, and a name after the
 * kind's word needs a plural word to be a list ("the villages of Brem and Tull").
 */
final class PlaceCues {
  /** The rule of a name found only by its cue. */
  static final String RULE = "geo.place-cue";

  /** Kinds of settlement and division, singular and plural. */
  private static final Set<String> KINDS =
      Set.of(
          "village",
          "villages",
          "town",
          "towns",
          "township",
          "townships",
          "district",
          "districts",
          "camp",
          "camps",
          "slum",
          "slums",
          "county",
          "counties",
          "province",
          "provinces",
          "region",
          "regions",
          "suburb",
          "suburbs",
          "hamlet",
          "hamlets",
          "municipality",
          "municipalities",
          "commune",
          "communes",
          "settlement",
          "settlements",
          "prefecture",
          "prefectures",
          "neighbourhood",
          "neighbourhoods",
          "neighborhood",
          "neighborhoods");

  /**
   * The kinds that may follow a name: "the Ostra camps", "the Tarn district". Not "town", which
   * follows organisations and people too often ("the Obama town hall"), nor "region" ("the
   * Kurdistan region" is known, "the Sahel region" a feature).
   */
  private static final Set<String> KINDS_AFTER =
      Set.of(
          "village",
          "villages",
          "township",
          "townships",
          "district",
          "districts",
          "camp",
          "camps",
          "slum",
          "slums",
          "county",
          "counties",
          "suburb",
          "suburbs",
          "municipality",
          "commune",
          "prefecture");

  /** The kinds that may stand right before a tagged name: "the city's slum Varo". */
  private static final Set<String> KINDS_BEFORE =
      Set.of("village", "township", "camp", "slum", "suburb", "hamlet", "district");

  /** Words between a kind and a name that link them: "the village of", "a town called". */
  private static final Set<String> LINKS = Set.of("of", "called", "named");

  /**
   * Lowercase words inside a place's name ("Mukono kwa Tala", "Villa de Leyva"), never at its edge.
   */
  private static final Set<String> PARTICLES =
      Set.of("kwa", "de", "del", "da", "do", "dos", "du", "la", "le", "el", "al", "di", "sur");

  /** Words that may stand between a name and a kind after it: "the Ostra refugee camps". */
  private static final Set<String> BETWEEN_AFTER = Set.of("refugee", "border", "squatter");

  /** Tagger classes that a name whose kind follows it may not carry: people and organisations. */
  private static final Set<String> NOT_AFTER_TAGS =
      Set.of("PERSON", "ORGANIZATION", "TITLE", "NATIONALITY", "RELIGION", "IDEOLOGY");

  /** Tagger classes of places, the only ones a name right after a kind ("slum Varo") may carry. */
  private static final Set<String> LOCATION_TAGS =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC");

  /**
   * Words that may follow a kind's word when it heads its phrase ("a fishing village near the
   * coast"), not a noun it modifies ("a village elder").
   */
  private static final Set<String> AFTER_HEAD =
      Set.of(
          ",",
          ".",
          ";",
          ":",
          "in",
          "near",
          "on",
          "of",
          "with",
          "where",
          "that",
          "which",
          "and",
          "outside",
          "about",
          "some",
          "north",
          "south",
          "east",
          "west",
          "close",
          "just",
          "located",
          "situated",
          "whose",
          "known",
          "called",
          "along",
          "at",
          "by",
          "from");

  /** The longest name, in tokens. */
  private static final int MAX_TOKENS = 4;

  private PlaceCues() {}

  /**
   * The gazetteer keys of the article's names that their words cue as places, wherever the name
   * occurs: one sense per name.
   */
  static Set<String> keys(ParsedArticle p) {
    Set<String> out = new HashSet<>();
    for (Sentence s : p.sentences()) {
      for (Span span : find(s)) {
        out.add(Gazetteer.key(span.of(p.text())));
      }
    }
    return out;
  }

  /** The names of sentence {@code s} that their words cue as places, as spans, in text order. */
  static List<Span> find(Sentence s) {
    List<int[]> names = new ArrayList<>();
    int n = s.tokens().size();
    for (int k = 0; k < n; k++) {
      String kind = s.token(k).word().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind) || !Character.isLowerCase(s.token(k).word().charAt(0))) {
        continue;
      }
      boolean plural = kind.endsWith("s");
      // "the village of Oskaloo", "villages of Brem and Tull", "a town called Brem"
      if (k + 2 < n && LINKS.contains(s.token(k + 1).word())) {
        list(s, k + 2, plural, names);
      }
      // "three villages: Oskaloo, Brem and Tull"
      if (plural && k + 2 < n && s.token(k + 1).word().equals(":")) {
        list(s, k + 2, true, names);
      }
      // "the city's slum Varo"
      if (KINDS_BEFORE.contains(kind) && k + 1 < n) {
        int end = nameFrom(s, k + 1);
        if (end > k && LOCATION_TAGS.contains(s.token(k + 1).ner()) && !continues(s, end)) {
          names.add(new int[] {k + 1, end});
        }
      }
      if (KINDS_AFTER.contains(kind)) {
        int last = k - 1;
        while (last >= 0 && BETWEEN_AFTER.contains(s.token(last).word())) {
          last--;
        }
        listBefore(s, last, plural, names);
      }
      // "Brem is a rural township", "Brem, a fishing village"
      if (k + 1 >= n || AFTER_HEAD.contains(s.token(k + 1).word())) {
        appositive(s, k, names);
      }
    }
    List<Span> out = new ArrayList<>();
    names.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int[] r : names) {
      Span span = s.spanOf(r[0], r[1]);
      if (!out.contains(span)) {
        out.add(span);
      }
    }
    return out;
  }

  /** A name from token {@code i} and, when {@code plural}, the names coordinated with it. */
  private static void list(Sentence s, int i, boolean plural, List<int[]> names) {
    int start = i;
    while (true) {
      int end = nameFrom(s, start);
      if (end < start) {
        return;
      }
      names.add(new int[] {start, end});
      int next = end + 1;
      if (!plural || next + 1 >= s.tokens().size()) {
        return;
      }
      String w = s.token(next).word();
      if (w.equals(",") && next + 2 < s.tokens().size() && s.token(next + 1).word().equals("and")) {
        next++;
        w = "and";
      }
      if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
        return;
      }
      start = next + 1;
    }
  }

  /**
   * A name ending at token {@code last}, before a kind's word after it, and, when the word is
   * plural, the names coordinated before it ("the Tarn and Vell districts").
   */
  private static void listBefore(Sentence s, int last, boolean plural, List<int[]> names) {
    int end = last;
    while (end >= 0) {
      int start = nameTo(s, end);
      if (start > end || NOT_AFTER_TAGS.contains(s.token(start).ner())) {
        return;
      }
      names.add(new int[] {start, end});
      if (!plural || start < 2) {
        return;
      }
      String w = s.token(start - 1).word();
      if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
        return;
      }
      end = start - 2;
      if (end >= 0 && s.token(end).word().equals(",")) {
        end--;
      }
    }
  }

  /**
   * "Brem is a rural township", "Brem, a fishing village": the name before "is a" or ", a" and up
   * to two modifiers before the kind's word at {@code k}.
   */
  private static void appositive(Sentence s, int k, List<int[]> names) {
    int a = k - 1;
    for (int mods = 0; mods < 2 && a >= 0 && !isArticle(s.token(a).word()); mods++) {
      String p = s.token(a).pos();
      if (!p.startsWith("JJ") && !p.startsWith("NN") && !p.equals("VBG") || isProper(s, a)) {
        return;
      }
      a--;
    }
    if (a < 2 || !isArticle(s.token(a).word())) {
      return;
    }
    String link = s.token(a - 1).word();
    if (!link.equals(",") && !link.equals("is") && !link.equals("was")) {
      return;
    }
    int end = a - 2;
    int start = nameTo(s, end);
    // "a rural township" is no person, whatever the tagger says, nor an organisation
    if (start <= end && !s.token(start).ner().equals("ORGANIZATION")) {
      names.add(new int[] {start, end});
    }
  }

  private static boolean isArticle(String w) {
    return w.equals("a") || w.equals("an");
  }

  /** The last token of a name starting at {@code i}, or {@code i - 1} when none starts there. */
  private static int nameFrom(Sentence s, int i) {
    int n = s.tokens().size();
    if (i >= n || !isProper(s, i)) {
      return i - 1;
    }
    int end = i;
    while (end - i + 1 < MAX_TOKENS && end + 1 < n) {
      if (isProper(s, end + 1)) {
        end++;
      } else if (end + 2 < n && isParticle(s, end + 1) && isProper(s, end + 2)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * The first token of a name ending at {@code j}, or {@code j + 1} when none ends there; a name
   * that goes on further back than {@link #MAX_TOKENS} is none.
   */
  private static int nameTo(Sentence s, int j) {
    if (j < 0 || !isProper(s, j)) {
      return j + 1;
    }
    int start = j;
    while (start > 0 && j - start + 1 < MAX_TOKENS) {
      if (isProper(s, start - 1)) {
        start--;
      } else if (start > 1 && isParticle(s, start - 1) && isProper(s, start - 2)) {
        start -= 2;
      } else {
        break;
      }
    }
    // a name at the start of a sentence may be an ordinary word capitalised ("Local districts")
    if (start == 0 && s.token(0).ner().equals("O")) {
      return j + 1;
    }
    return start > 0 && isProper(s, start - 1) ? j + 1 : start;
  }

  /** Whether a proper noun follows token {@code end}, so that the name goes on past it. */
  private static boolean continues(Sentence s, int end) {
    return end + 1 < s.tokens().size() && isProper(s, end + 1);
  }

  /** Whether token {@code i} is a capitalised proper noun that may belong to a place's name. */
  private static boolean isProper(Sentence s, int i) {
    Token t = s.token(i);
    String w = t.word();
    return t.isProperNoun()
        && !w.isEmpty()
        && Character.isUpperCase(w.charAt(0))
        && Character.isLetter(w.charAt(w.length() - 1))
        && !PlaceWords.notPlace(t.ner());
  }

  private static boolean isParticle(Sentence s, int i) {
    return particle(s.token(i).word());
  }

  /** Whether {@code word} is a lowercase particle that may stand inside a place's name. */
  static boolean particle(String word) {
    return PARTICLES.contains(word);
  }
}
