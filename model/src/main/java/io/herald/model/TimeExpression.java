package io.herald.model;

import java.util.Objects;

/**
 * A time expression normalised against the article date.
 *
 * @param value TIMEX3-style value: {@code 2024-10-02}, {@code 2024-10}, {@code P3D}, {@code
 *     PAST_REF}; unresolved weekday forms stay as the analyser gave them when no article date is
 *     known
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 */
public record TimeExpression(
    String id, String text, Span span, String type, String value, Evidence evidence) {
  public TimeExpression {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
  }
}
