package io.herald.model;

import java.util.Objects;

/**
 * Who a quotation is attributed to.
 *
 * @param actorId id of an actor in the same article, empty when the speaker is not a known actor
 * @param name the speaker as written or resolved
 * @param span the speaker mention in the body text
 */
public record Speaker(String actorId, String name, Span span) {
  public Speaker {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
