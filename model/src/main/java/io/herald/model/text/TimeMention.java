package io.herald.model.text;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A temporal expression as the analyser found and normalised it (TIMEX3 type and value).
 *
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value, e.g. {@code 2024-10-02}, {@code XXXX-WXX-3}, {@code PRESENT_REF}
 */
public record TimeMention(int sentence, Span span, String text, String type, String value) {
  public TimeMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
