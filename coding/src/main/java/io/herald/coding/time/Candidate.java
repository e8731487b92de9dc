package io.herald.coding.time;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A time expression on its way through the normaliser: where it is, what it says, and the type and
 * value given so far with the rule that gave them.
 *
 * @param sentence index of the sentence holding it, -1 when unknown
 * @param value TIMEX3 value so far; empty when none was found
 * @param rule evidence rule of the value, {@code time.sutime} while it is SUTime's
 */
record Candidate(int sentence, Span span, String text, String type, String value, String rule) {
  static final String SUTIME = "time.sutime";

  Candidate {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }

  Candidate withValue(String newType, String newValue, String newRule) {
    return new Candidate(sentence, span, text, newType, newValue, newRule);
  }

  Candidate withSpan(Span newSpan, String newText) {
    return new Candidate(sentence, newSpan, newText, type, value, rule);
  }

  Candidate withValue(String newValue, String newRule) {
    return withValue(type, newValue, newRule);
  }
}
