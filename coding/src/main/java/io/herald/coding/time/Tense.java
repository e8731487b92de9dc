package io.herald.coding.time;

import io.herald.model.Span;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause around a time expression, read from part-of-speech tags only (the
 * normaliser must also work on analyses without a dependency parse). It decides which way an
 * underspecified date points: "said Friday" is the last Friday, "will meet Friday" the next one.
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  /** A boundary ("until Tuesday", "since Friday"): the nearest such day, on either side. */
  NEAREST,
  UNKNOWN;

  private static final Set<String> BOUNDARY_CUES =
      Set.of("until", "till", "til", "since", "through", "by");

  /** "as early as Tuesday", "as soon as Monday". */
  private static final Set<String> AS_CUES = Set.of("early", "soon");

  /** Verbs that put their object in the future: "has scheduled a news conference Thursday". */
  private static final Set<String> SCHEDULING = Set.of("schedule", "slate", "reschedule");

  /** Verbs whose infinitive complement is still to come: "planned to leave Thursday". */
  private static final Set<String> INTENT =
      Set.of(
          "plan",
          "intend",
          "expect",
          "hope",
          "want",
          "schedule",
          "slate",
          "aim",
          "prepare",
          "propose",
          "promise",
          "pledge",
          "vow",
          "threaten",
          "agree",
          "decide",
          "be",
          "go",
          "set",
          "need",
          "wish",
          "seek",
          "mean",
          "ask",
          "urge",
          "call",
          "invite",
          "order",
          "due");

  /** Adjectives that look ahead: "is likely to sign Monday". */
  private static final Set<String> LOOKING_AHEAD =
      Set.of("likely", "due", "set", "ready", "poised", "expected", "scheduled", "unlikely");

  /** Adjectives that give a date of their own: "payable Dec. 15", "effective Feb. 1". */
  private static final Set<String> DATE_ADJECTIVES = Set.of("payable", "effective", "due");

  /** Words that end the clause the left-hand scan may look into. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "-", "``", "''");

  /**
   * The tense governing the expression at {@code span} in {@code s}: the nearest verb group before
   * it in its clause, else the first one after it. A date used as a modifier ("the Aug. 7
   * bombings", "Thursday's ruling") has no tense of its own: {@link #UNKNOWN}.
   */
  static Tense around(Sentence s, Span span) {
    int[] tokens = Surroundings.overlapping(s, span);
    int first = tokens[0];
    int last = tokens[1];
    if (first < 0) {
      return UNKNOWN;
    }
    if (first >= 1 && BOUNDARY_CUES.contains(word(s, first - 1))) {
      return NEAREST;
    }
    if (first >= 3
        && word(s, first - 1).equals("as")
        && AS_CUES.contains(word(s, first - 2))
        && word(s, first - 3).equals("as")) {
      return FUTURE;
    }
    if (attributive(s, first, last)) {
      return UNKNOWN;
    }
    Tense before = before(s, first);
    return before != UNKNOWN ? before : after(s, first, last);
  }

  /**
   * The tense of the clause holding the expression at {@code span}, also when the expression only
   * modifies a noun in it: "have been searching since the Oct. 23 slaying" is past. When the clause
   * has no verb with a tense, the nearest one in the sentence stands in: "who stepped down as
   * chairman, president and chief executive in March" is past though commas part it from "March".
   */
  static Tense ofClause(Sentence s, Span span) {
    int[] tokens = Surroundings.overlapping(s, span);
    if (tokens[0] < 0) {
      return UNKNOWN;
    }
    Tense before = before(s, tokens[0]);
    Tense clause = before != UNKNOWN ? before : after(s, tokens[0], tokens[1]);
    if (clause != UNKNOWN || tokens[0] > 0 && DATE_ADJECTIVES.contains(word(s, tokens[0] - 1))) {
      // "declared a dividend, payable Dec. 15": the date has its own time, not the sentence's
      return clause;
    }
    return ofSentence(s, tokens[0], tokens[1]);
  }

  /** The nearest verb group with a tense before {@code first}, else after {@code last}. */
  private static Tense ofSentence(Sentence s, int first, int last) {
    for (int i = first - 1; i >= 0; i--) {
      if (isVerbal(s.token(i))) {
        Tense tense = backward(s, i);
        if (tense != UNKNOWN) {
          return tense;
        }
      }
    }
    for (int i = last + 1; i < s.tokens().size(); i++) {
      if (isVerbal(s.token(i))) {
        Tense tense = forward(s, i);
        if (tense != UNKNOWN) {
          return tense;
        }
      }
    }
    return UNKNOWN;
  }

  /** The nearest verb group with a tense before token {@code first}, within its clause. */
  private static Tense before(Sentence s, int first) {
    for (int i = first - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (CLAUSE_ENDS.contains(t.word()) || t.pos().startsWith("W")) {
        break;
      }
      if (isVerbal(t)) {
        Tense tense = backward(s, i);
        if (tense != UNKNOWN) {
          return tense;
        }
      }
    }
    return UNKNOWN;
  }

  /**
   * The first verb group with a tense after token {@code last}, within its clause; a clause of its
   * own after a fronted expression ("On Tuesday, the ministers met") counts.
   */
  private static Tense after(Sentence s, int first, int last) {
    boolean fronted = true;
    for (int i = 0; i < first; i++) {
      String pos = s.token(i).pos();
      fronted &= pos.equals("IN") || pos.equals("DT") || pos.startsWith("RB") || pos.equals("CC");
    }
    for (int i = last + 1; i < s.tokens().size(); i++) {
      Token t = s.token(i);
      if ((CLAUSE_ENDS.contains(t.word()) || t.pos().startsWith("W"))
          && !(fronted && i == last + 1)) {
        break;
      }
      if (isVerbal(t)) {
        Tense tense = forward(s, i);
        if (tense != UNKNOWN) {
          return tense;
        }
        while (i + 1 < s.tokens().size() && isChainPart(s.token(i + 1))) {
          i++;
        }
      }
    }
    return UNKNOWN;
  }

  /** "the [Aug. 7] bombings", "[Thursday]'s ruling", "a [June] agreement". */
  private static boolean attributive(Sentence s, int first, int last) {
    if (last + 1 >= s.tokens().size()) {
      return false;
    }
    Token next = s.token(last + 1);
    if (next.pos().equals("POS")) {
      return true;
    }
    boolean determined =
        first > 0
            && (s.token(first - 1).pos().equals("DT") || s.token(first - 1).pos().equals("PRP$"));
    return determined && next.pos().startsWith("NN") && !next.pos().startsWith("NNP");
  }

  /**
   * Tense of the verb at {@code main} read with the auxiliaries before it: a modal makes it future
   * ("could come Tuesday"), a perfect ("has said", "would have left") or a finite past form past, a
   * finite present form present. An infinitive takes the tense of the verb it complements unless
   * that verb looks ahead ("planned to leave Thursday" but "declined to comment Saturday"). A past
   * participle without auxiliary reports a past event in news ("announced Tuesday").
   */
  private static Tense backward(Sentence s, int main) {
    if (SCHEDULING.contains(s.token(main).lemma())) {
      return FUTURE;
    }
    if (s.token(main).lemma().equals("plan") && !s.token(main).pos().equals("VBN")) {
      // "planned a large demonstration on Saturday"; but a participle may report a past plan
      // ("a service planned for Saturday was canceled", "begin as previously planned Saturday")
      return FUTURE;
    }
    boolean perfect = false;
    for (int k = main; k >= 0; k--) {
      Token t = s.token(k);
      if (k < main && !isChainPart(t)) {
        break;
      }
      if (k < main && t.lemma().equals("have") && s.token(k + 1).pos().equals("VBN")) {
        perfect = true;
      }
      switch (t.pos()) {
        case "TO" -> {
          if (k < main) {
            return infinitive(s, k);
          }
        }
        case "MD" -> {
          return perfect ? PAST : FUTURE;
        }
        case "VBD" -> {
          return PAST;
        }
        case "VBZ", "VBP" -> {
          return perfect ? PAST : PRESENT;
        }
        default -> {
          // bare forms and participles: the auxiliaries further left decide
        }
      }
    }
    if (perfect) {
      return PAST;
    }
    if (s.token(main).pos().equals("VB") && afterSubject(s, main)) {
      // "He and Arafat meet Monday": a present form the tagger took for a bare one
      return PRESENT;
    }
    return s.token(main).pos().equals("VBN") ? PAST : UNKNOWN;
  }

  /** Whether a noun or pronoun stands right before the verb at {@code main} (adverbs aside). */
  private static boolean afterSubject(Sentence s, int main) {
    int k = main - 1;
    while (k >= 0 && s.token(k).pos().startsWith("RB")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String pos = s.token(k).pos();
    return pos.startsWith("NN") || pos.equals("PRP");
  }

  /** The verb group starting at {@code start}, after the expression: its first finite form. */
  private static Tense forward(Sentence s, int start) {
    int end = start;
    while (end + 1 < s.tokens().size() && isChainPart(s.token(end + 1))) {
      end++;
    }
    for (int k = start; k <= end; k++) {
      Token t = s.token(k);
      boolean perfect =
          t.lemma().equals("have") && k < end && s.token(k + 1).pos().equals("VBN")
              || k + 2 <= end
                  && s.token(k + 1).lemma().equals("have")
                  && s.token(k + 2).pos().equals("VBN");
      switch (t.pos()) {
        case "MD" -> {
          return perfect ? PAST : FUTURE;
        }
        case "VBD" -> {
          return PAST;
        }
        case "VBZ", "VBP" -> {
          return perfect ? PAST : PRESENT;
        }
        case "VBN" -> {
          return PAST;
        }
        default -> {
          // keep reading the group
        }
      }
    }
    return UNKNOWN;
  }

  /** Tense of "to VERB" at {@code to}: ahead after verbs of intent, else that of the verb. */
  private static Tense infinitive(Sentence s, int to) {
    if (to > 0 && s.token(to - 1).lemma().equals("use")) {
      return PAST;
    }
    int head = to - 1;
    while (head >= 0 && s.token(head).pos().startsWith("RB")) {
      head--;
    }
    if (pluperfect(s, head)) {
      // "had been scheduled to expire Friday", "had been due to": a plan of an earlier past
      return PAST;
    }
    if (head >= 1
        && s.token(head).pos().startsWith("JJ")
        && !LOOKING_AHEAD.contains(s.token(head).lemma())
        && s.token(head - 1).lemma().equals("be")) {
      // "was able to reach agreement Tuesday": the tense of "be"
      return backward(s, head - 1);
    }
    if (head < 0 || !isVerbal(s.token(head))) {
      // "a decision to travel Thursday", "likely to sign Monday"
      return FUTURE;
    }
    if (INTENT.contains(s.token(head).lemma())) {
      return FUTURE;
    }
    Tense t = backward(s, head);
    return t == UNKNOWN ? FUTURE : t;
  }

  /**
   * Whether the verb group ending at {@code head} (a verb or the adjective after "been") is in the
   * past perfect: "had planned", "had been due".
   */
  private static boolean pluperfect(Sentence s, int head) {
    for (int k = head; k >= 1; k--) {
      Token t = s.token(k);
      if (k < head && !isChainPart(t)) {
        return false;
      }
      Token before = s.token(k - 1);
      if (t.pos().equals("VBN") && before.lemma().equals("have") && before.pos().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerbal(Token t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static boolean isChainPart(Token t) {
    return isVerbal(t) || t.pos().startsWith("RB") || t.pos().equals("TO");
  }

  private static String word(Sentence s, int i) {
    return s.token(i).word().toLowerCase(Locale.ROOT);
  }
}
