package io.herald.eval.geo;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A toponym as Herald found and resolved it.
 *
 * @param span characters in the article text
 * @param point the coordinates Herald chose
 * @param adjectival Herald flagged the mention as an adjective or demonym ("Turkish")
 */
public record PredictedToponym(Span span, GeoPoint point, boolean adjectival) {
  public PredictedToponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(point, "point");
  }
}
