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
 * @param negated true when the text says the words were not said, or the matter not discussed or
 *     raised ("did not discuss his wish to ..."): kept so that nothing the text reports is lost,
 *     but not a statement of the speaker's
 * @param speaker who said it, when the text tells
 */
public record Quote(
    String id,
    String text,
    Span span,
    boolean direct,
    String cue,
    boolean negated,
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
