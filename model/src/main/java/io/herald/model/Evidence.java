package io.herald.model;

import java.util.Objects;

/**
 * Why a record exists: the sentence it came from, the characters that support it and the rule or
 * model that produced it.
 *
 * @param sentence zero-based sentence index in the article, or -1 for the headline or article level
 * @param span the supporting characters in the body text
 * @param rule identifier of the rule or model, such as {@code event.verb.condemn} or {@code
 *     corenlp.ner}
 */
public record Evidence(int sentence, Span span, String rule) {
  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    if (sentence < -1) {
      throw new IllegalArgumentException("sentence index " + sentence);
    }
    if (rule.isBlank()) {
      throw new IllegalArgumentException("evidence without a rule");
    }
  }
}
