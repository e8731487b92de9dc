package io.herald.model;

/** What an actor is. */
public enum ActorKind {
  /** A state or one of its sectors ("Japan", "Japanese officials", "Tokyo said"). */
  COUNTRY,
  /** A named person. */
  PERSON,
  /** An international, non-governmental or other organisation. */
  ORGANIZATION,
  /** Several actors referred to together ("the two leaders"). */
  GROUP
}
