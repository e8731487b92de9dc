package io.herald.model;

/** Whether an event is reported as having happened. */
public enum Modality {
  /** Reported as fact. */
  ASSERTED,
  /** Wanted, planned or intended ("wants to strengthen"). */
  INTENDED,
  /** Conditional, possible or demanded ("should be revised", "could attack"). */
  HYPOTHETICAL;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
