package io.herald.model;

import java.util.Objects;

/**
 * A toponym resolved to a point.
 *
 * @param id identifier unique within the article, e.g. {@code p1}
 * @param name the resolved name, e.g. {@code East China Sea}
 * @param span the mention in the body text
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param country ISO alpha-3 of the country it lies in, empty when none (seas, regions)
 * @param geonameId GeoNames id, 0 when the place has none
 * @param adjectival the mention is an adjective or demonym ("Turkish"), not a name
 */
public record Place(
    String id,
    String name,
    Span span,
    double lat,
    double lon,
    String country,
    PlaceKind kind,
    long geonameId,
    boolean adjectival,
    Evidence evidence) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }
}
