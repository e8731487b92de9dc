package io.herald.model.text;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A quotation as the analyser's own quote annotator found it, with the speaker it guessed. Herald
 * attributes quotes itself; these are kept for comparison in evaluations.
 *
 * @param speaker the analyser's speaker text, empty when it gave none
 */
public record QuoteMention(Span span, String text, String speaker) {
  public QuoteMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
  }
}
