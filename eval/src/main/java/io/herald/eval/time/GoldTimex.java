package io.herald.eval.time;

import io.herald.model.Span;
import java.util.Objects;

/**
 * One TIMEX3 of a TimeML document's text.
 *
 * @param tid the TIMEX3 id ({@code t12})
 * @param span half-open character offsets into {@link TimeMlDocument#text()}
 * @param text the covered characters
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value as annotated ({@code 1998-08-07}, {@code P3D}, {@code PAST_REF})
 */
public record GoldTimex(String tid, Span span, String text, String type, String value) {
  public GoldTimex {
    Objects.requireNonNull(tid, "tid");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
