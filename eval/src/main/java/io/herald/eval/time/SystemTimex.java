package io.herald.eval.time;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A time expression found by the system under evaluation.
 *
 * @param span half-open character offsets into the document text
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value, empty when the system gave none
 * @param rule the rule that gave the value, empty when the system does not say
 */
public record SystemTimex(Span span, String text, String type, String value, String rule) {
  public SystemTimex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }

  public SystemTimex(Span span, String text, String type, String value) {
    this(span, text, type, value, "");
  }
}
