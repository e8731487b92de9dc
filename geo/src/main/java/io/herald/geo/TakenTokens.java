package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;

/** The tokens of one sentence that a toponym already covers, so that no two toponyms overlap. */
final class TakenTokens {
  private final Sentence sentence;
  private final boolean[] taken;

  TakenTokens(Sentence sentence) {
    this.sentence = sentence;
    this.taken = new boolean[sentence.tokens().size()];
  }

  /** Marks every token that {@code span} overlaps. */
  void mark(Span span) {
    for (Token t : sentence.tokens()) {
      if (span.overlaps(t.span())) {
        taken[t.index()] = true;
      }
    }
  }

  /** Whether token {@code i} is taken. */
  boolean at(int i) {
    return taken[i];
  }

  /** Whether any of the tokens {@code first..last} is taken. */
  boolean any(int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
