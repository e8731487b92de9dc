package io.herald.model;

import java.util.Objects;

/** An actor taking part in an event as source or target, with its code at the time of the event. */
public record Participant(String actorId, ActorCode code) {
  public Participant {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(code, "code");
  }
}
