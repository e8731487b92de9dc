package io.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation.
 *
 * @param text the quoted words, without quotation marks
 * @param span the quoted words in the body text
 * @param direct true for words inside quotation marks
 * @param cue the verb or phrase introducing it ("said", "according to"), empty when none
 * @param speaker who said it, when the text tells
 */
public record Quote(
    String id,
    String text,
    Span span,
    boolean direct,
    String cue,
    Optional<Speaker> speaker,
    Evidence evidence) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(evidence, "evidence");
  }
}
