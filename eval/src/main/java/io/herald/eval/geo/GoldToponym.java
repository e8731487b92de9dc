package io.herald.eval.geo;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A toponym of a gold set with its coordinates.
 *
 * @param span characters of the toponym in the article text
 * @param phrase the toponym as written
 * @param point where the annotators placed it
 */
public record GoldToponym(Span span, String phrase, GeoPoint point) {
  public GoldToponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(point, "point");
  }
}
