package io.herald.model.text;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A named-entity mention found by the language analyser.
 *
 * @param sentence sentence index
 * @param firstToken index of the first token in the sentence
 * @param lastToken index of the last token in the sentence (inclusive)
 * @param type entity class, e.g. {@code PERSON}, {@code COUNTRY}, {@code TITLE}
 */
public record EntityMention(
    String text, String type, Span span, int sentence, int firstToken, int lastToken) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    if (firstToken < 0 || lastToken < firstToken) {
      throw new IllegalArgumentException("tokens " + firstToken + ".." + lastToken);
    }
  }
}
