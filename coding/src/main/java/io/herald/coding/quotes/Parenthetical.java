package io.herald.coding.quotes;

import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reported speech around an attribution set off by commas: "The plan, the minister said, will
 * fail", "The plan will fail, the minister said", "Too often, she said, the plan fails". What
 * precedes and what follows the attribution are the content, in two fragments as PolNeAR marks
 * them, whatever the parser attached to what (it often hangs the clause before on the verb as an
 * adverbial, or the verb on the clause as parataxis).
 */
final class Parenthetical {
  /** The rule of a content fragment around a parenthetical attribution. */
  static final String RULE = "quote.indirect.parenthetical";

  /** Relations of the words after a cue that still belong to the attribution ("said on Friday"). */
  private static final Set<String> CUE_MODIFIERS = Set.of("obl", "iobj", "advmod", "nmod");

  /** Words opening a clause after the attribution that is not what was said ("..., as ..."). */
  private static final Set<String> NOT_CONTENT_OPENERS =
      Set.of(
          "as",
          "while",
          "because",
          "although",
          "though",
          "after",
          "before",
          "when",
          "since",
          "including",
          "but",
          "adding",
          "saying",
          "according");

  /** Adverbs linking a sentence to the text before it, the writer's: "However", "Still". */
  private static final Set<String> CONNECTIVES =
      Set.of(
          "however",
          "still",
          "yet",
          "overall",
          "meanwhile",
          "instead",
          "nevertheless",
          "moreover",
          "furthermore",
          "also",
          "indeed",
          "besides",
          "thus",
          "therefore",
          "so",
          "now",
          "then",
          "again",
          "first",
          "finally",
          "separately",
          "similarly",
          "likewise",
          "otherwise",
          "anyway",
          "later",
          "earlier",
          "even",
          "too");

  /** Nouns of the occasion or medium of a statement: "In a statement, she said ..." */
  private static final Set<String> OCCASIONS =
      Set.of(
          "statement",
          "interview",
          "speech",
          "letter",
          "email",
          "e-mail",
          "tweet",
          "post",
          "release",
          "conference",
          "hearing",
          "briefing",
          "appearance",
          "rally",
          "event",
          "meeting",
          "debate",
          "call",
          "remark",
          "remarks",
          "session",
          "forum",
          "video",
          "op-ed",
          "report",
          "response",
          "testimony",
          "address",
          "message",
          "broadcast",
          "show",
          "program",
          "podcast",
          "memo",
          "filing",
          "note",
          "campaign",
          "visit",
          "trip",
          "stop",
          "announcement");

  /** Named-entity tags of words that only date or place a statement. */
  private static final Set<String> CIRCUMSTANCE =
      Set.of("DATE", "TIME", "DURATION", "SET", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private Parenthetical() {}

  /**
   * The content fragments around reporting verb {@code v} when its speaker and it stand between
   * commas or close the sentence after a comma: the words before, and those after when they are
   * what was said. Empty when the layout does not fit or the words before only set the scene
   * ("Speaking on Friday, ...", "In a statement, ...").
   *
   * @param complement the verb's clausal complement already found, if any: when it follows the
   *     verb, only the words before are added
   */
  static List<Span> around(
      Sentence s, int v, Optional<Span> complement, Speakers speakers, ContentSpans spans) {
    Optional<Integer> subject = speakers.subjectToken(s, v, 0);
    if (subject.isEmpty()) {
      return List.of();
    }
    int x = subject.get();
    boolean tail = speakers.finalTail(s, v).filter(t -> t == x).isPresent();
    Optional<Dependency> up = Speakers.head(s, x);
    if (!tail && (up.isEmpty() || up.get().governor() != v)) {
      return List.of(); // a speaker borrowed from another verb: not an attribution of its own
    }
    // ", Mr Fox said." closing the sentence: the words between comma and cue, however parsed
    List<Integer> who =
        tail ? range(Speakers.tailStart(s, v), v) : ContentSpans.clause(s, x, Set.of(v));
    int first = who.get(0);
    int last = who.get(who.size() - 1);
    if (last - first + 1 != who.size()) {
      return List.of();
    }
    int start = Math.min(first, v);
    int end = Math.max(last, v);
    for (int i = start; i <= end; i++) {
      if (i != v && !who.contains(i) && !childOf(s, i, v)) {
        return List.of(); // something other than "has", "also" between speaker and verb
      }
    }
    end = afterModifiers(s, v, end);
    if (start < 2 || !s.token(start - 1).word().equals(",")) {
      return List.of();
    }
    int n = s.tokens().size();
    int from = afterDateline(s, start - 1);
    List<Integer> before = range(from, start - 1);
    boolean closes = end + 1 >= n || isFinal(s, end + 1, n);
    boolean comma = !closes && s.token(end + 1).word().equals(",");
    List<Integer> after = comma ? range(end + 2, n) : List.of();
    boolean afterIsContent =
        comma && !after.isEmpty() && isContentAfter(s, v, start, end, after, complement);
    List<Span> out = new ArrayList<>();
    if (complement.isPresent()) {
      if (comma
          && complement.get().start() > s.token(v).span().end()
          && setsNoScene(s, before, true)) {
        spans.content(s, before, 0).ifPresent(out::add);
      }
      return out;
    }
    if (afterIsContent) {
      if (setsNoScene(s, before, true)) {
        spans.content(s, before, 0).ifPresent(out::add);
      }
      spans.content(s, after, 0).ifPresent(out::add);
      return out;
    }
    if ((closes || comma && ownTail(s, v, end, n)) && hasVerb(s, before) && !hasCue(s, before)) {
      if (setsNoScene(s, before, false)) {
        spans.content(s, before, 1).ifPresent(out::add);
      }
    }
    return out;
  }

  private static boolean childOf(Sentence s, int i, int v) {
    return Speakers.head(s, i).map(d -> d.governor() == v).orElse(false);
  }

  /** The last word of the cue's own modifiers after {@code end} ("said in a June report"). */
  private static int afterModifiers(Sentence s, int v, int end) {
    Set<Integer> mods = new HashSet<>();
    for (Dependency d : s.childrenOf(v)) {
      int c = d.dependent();
      String r = d.baseRelation();
      boolean pronoun = r.equals("obj") && s.token(c).pos().equals("PRP");
      if (c > v && (CUE_MODIFIERS.contains(r) || pronoun)) {
        mods.addAll(ContentSpans.clause(s, c, Set.of(v)));
      }
    }
    while (mods.contains(end + 1)) {
      end++;
    }
    return end;
  }

  /** "WASHINGTON ― The plan ...": the start after a dateline, else {@code 0}. */
  private static int afterDateline(Sentence s, int limit) {
    for (int i = 1; i < Math.min(limit, 6); i++) {
      String w = s.token(i).word();
      if (w.equals("―") || w.equals("—") || w.equals("--") || w.equals("-")) {
        for (int j = 0; j < i; j++) {
          Token t = s.token(j);
          if (!t.word().equals(t.word().toUpperCase(Locale.ROOT))) {
            return 0;
          }
        }
        return i + 1;
      }
    }
    return 0;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(i);
    }
    return out;
  }

  /** Whether the words from {@code i} on are only closing punctuation and quotation marks. */
  private static boolean isFinal(Sentence s, int i, int n) {
    for (int j = i; j < n; j++) {
      String w = s.token(j).word();
      if (!w.equals(".") && !w.equals("!") && !w.equals("?") && !ContentSpans.isQuoteMark(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words after the attribution go on with what was said: the verb hangs on them, or
   * governs them as its complement, or they continue the clause before it ("X paid 9 percent, the
   * agency said, and Y paid 1 percent") — and they do not open an adverbial of their own.
   */
  private static boolean isContentAfter(
      Sentence s, int v, int start, int end, List<Integer> after, Optional<Span> complement) {
    String opener = s.token(after.get(0)).word().toLowerCase(Locale.ROOT);
    if (NOT_CONTENT_OPENERS.contains(opener) || s.token(after.get(0)).pos().equals("VBG")) {
      return false;
    }
    Set<Integer> in = new HashSet<>(after);
    Optional<Dependency> h = Speakers.head(s, v);
    if (h.isPresent() && h.get().governor() >= 0 && in.contains(h.get().governor())) {
      return true; // "The plan, she said, will fail": the verb hangs on the clause after it
    }
    for (Dependency d : s.childrenOf(v)) {
      if (in.contains(d.dependent()) && d.baseRelation().equals("ccomp")) {
        return true;
      }
    }
    if (h.isPresent() && h.get().governor() >= 0 && h.get().governor() < start) {
      int g = h.get().governor();
      for (int i : after) {
        Optional<Dependency> hi = Speakers.head(s, i);
        if (hi.isPresent() && hi.get().governor() == g && hi.get().baseRelation().equals("conj")) {
          return !ContentSpans.isPunctuation(s.token(after.get(0))) || after.size() > 1;
        }
      }
    }
    return false;
  }

  /** Whether everything after the attribution hangs on the cue ("..., she said, as ..."). */
  private static boolean ownTail(Sentence s, int v, int end, int n) {
    Set<Integer> own = new HashSet<>(ContentSpans.clause(s, v, Set.of()));
    for (int i = end + 1; i < n; i++) {
      if (!own.contains(i) && !ContentSpans.isPunctuation(s.token(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words hold a reporting verb of their own ("She said X, and ..., he replied"). */
  private static boolean hasCue(Sentence s, List<Integer> tokens) {
    for (int i : tokens) {
      if (Cues.isSpeech(s.token(i)) || Cues.isReporting(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVerb(Sentence s, List<Integer> tokens) {
    for (int i : tokens) {
      String pos = s.token(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before the attribution are not just its scene: not a participle ("Speaking on
   * Friday"), a date or place, the occasion ("In a statement") or, unless the attribution is in the
   * middle of what was said, an adverbial clause ("When asked, ...").
   */
  private static boolean setsNoScene(Sentence s, List<Integer> before, boolean middle) {
    List<Integer> words = new ArrayList<>();
    for (int i : before) {
      if (!ContentSpans.isPunctuation(s.token(i)) && !ContentSpans.isQuoteMark(s.token(i).word())) {
        words.add(i);
      }
    }
    if (words.isEmpty()) {
      return false;
    }
    Token head = s.token(words.get(0));
    String w = head.word().toLowerCase(Locale.ROOT);
    if (head.pos().equals("VBG") || head.pos().equals("VBN") || w.equals("asked")) {
      return false;
    }
    if (!middle && NOT_CONTENT_OPENERS.contains(w)) {
      return false;
    }
    boolean connective = true;
    boolean finite = false;
    for (int i : words) {
      Token t = s.token(i);
      connective &= CONNECTIVES.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos().equals("CC");
      finite |= t.pos().matches("VBD|VBZ|VBP|MD");
    }
    if (connective) {
      return false; // "However, she said, ...": the writer's link, not the speaker's words
    }
    if (head.pos().equals("IN") && !finite) {
      return false; // "During the visit, ...", "For his part, ...": a phrase setting the scene
    }
    boolean scene = true;
    for (int i : words) {
      Token t = s.token(i);
      boolean function =
          t.pos().equals("IN")
              || t.pos().equals("DT")
              || t.pos().equals("CC")
              || t.pos().equals("CD");
      scene &= function || CIRCUMSTANCE.contains(t.ner()) || t.pos().equals("PRP$");
    }
    if (scene) {
      return false;
    }
    if (head.pos().equals("IN")) {
      for (int i : words) {
        if (OCCASIONS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }
}
