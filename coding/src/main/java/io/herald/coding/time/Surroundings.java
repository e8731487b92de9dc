package io.herald.coding.time;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentence around a time expression: its tokens before and after, and its tense. */
final class Surroundings {
  private final Sentence sentence;
  private final int first;
  private final int last;

  private Surroundings(Sentence sentence, int first, int last) {
    this.sentence = sentence;
    this.first = first;
    this.last = last;
  }

  /** The surroundings of {@code span} in its sentence; empty ones when the sentence is unknown. */
  static Surroundings of(ParsedArticle p, int sentenceIndex, Span span) {
    if (sentenceIndex < 0 || sentenceIndex >= p.sentences().size()) {
      return new Surroundings(null, -1, -1);
    }
    Sentence s = p.sentences().get(sentenceIndex);
    int[] tokens = overlapping(s, span);
    return new Surroundings(tokens[0] < 0 ? null : s, tokens[0], tokens[1]);
  }

  /** Indices of the first and last tokens of {@code s} overlapping {@code span}; -1 when none. */
  static int[] overlapping(Sentence s, Span span) {
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() > span.start() && t.span().start() < span.end()) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    return new int[] {first, last};
  }

  /** Up to {@code n} tokens right before the expression, nearest last. */
  List<Token> before(int n) {
    List<Token> out = new ArrayList<>();
    if (sentence == null) {
      return out;
    }
    for (int i = Math.max(0, first - n); i < first; i++) {
      out.add(sentence.token(i));
    }
    return out;
  }

  /** Up to {@code n} tokens right after the expression, nearest first. */
  List<Token> after(int n) {
    List<Token> out = new ArrayList<>();
    if (sentence == null) {
      return out;
    }
    for (int i = last + 1; i < Math.min(sentence.tokens().size(), last + 1 + n); i++) {
      out.add(sentence.token(i));
    }
    return out;
  }

  /** The word right after the expression, lower case; empty at the end of the sentence. */
  String nextWord() {
    List<Token> a = after(1);
    return a.isEmpty() ? "" : a.get(0).word().toLowerCase(Locale.ROOT);
  }

  /** The word right before the expression, lower case; empty at the start of the sentence. */
  String previousWord() {
    List<Token> b = before(1);
    return b.isEmpty() ? "" : b.get(0).word().toLowerCase(Locale.ROOT);
  }

  Tense tense(Span span) {
    return sentence == null ? Tense.UNKNOWN : Tense.around(sentence, span);
  }

  /** The tense of the clause, also for an expression that only modifies a noun in it. */
  Tense clauseTense(Span span) {
    return sentence == null ? Tense.UNKNOWN : Tense.ofClause(sentence, span);
  }
}
