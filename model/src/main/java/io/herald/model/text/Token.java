package io.herald.model.text;

import io.herald.model.Span;
import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index zero-based position in its sentence
 * @param word the token as written in the text (original characters)
 * @param lemma dictionary form
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag, {@code O} when none
 * @param normalized normalised value of a time or number entity, empty when none
 * @param span characters in the article body
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, String normalized, Span span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(span, "span");
    if (index < 0) {
      throw new IllegalArgumentException("token index " + index);
    }
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
