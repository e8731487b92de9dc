package io.herald.model.text;

import io.herald.model.Span;
import java.util.Objects;

/**
 * One mention in a coreference chain.
 *
 * @param firstToken first token index in the sentence
 * @param lastToken last token index (inclusive)
 * @param headToken index of the mention's head token
 * @param kind {@code PROPER}, {@code NOMINAL}, {@code PRONOMINAL} or {@code LIST}
 */
public record CorefMention(
    int sentence,
    int firstToken,
    int lastToken,
    int headToken,
    Span span,
    String text,
    String kind) {
  public CorefMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
