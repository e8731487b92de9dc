package io.herald.model;

/** Where an event's date came from. */
public enum DateSource {
  /** A time expression governing the event's clause. */
  CLAUSE,
  /** No expression in the clause: the article's date. */
  ARTICLE,
  /** Neither: the date is unknown. */
  UNKNOWN;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
