package io.herald.coding.entities;

import java.util.Set;

/** The broad class of one of CoreNLP's entity types; what the refinement rules reason about. */
enum EntityClass {
  PERSON,
  PLACE,
  ORGANIZATION,
  MISC,
  /** Numbers, dates, times, titles and the like: passed through untouched. */
  OTHER;

  private static final Set<String> PLACES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> MISCS = Set.of("MISC", "NATIONALITY", "RELIGION", "IDEOLOGY");

  static EntityClass of(String type) {
    if (type.equals("PERSON")) {
      return PERSON;
    }
    if (type.equals("ORGANIZATION")) {
      return ORGANIZATION;
    }
    if (PLACES.contains(type)) {
      return PLACE;
    }
    return MISCS.contains(type) ? MISC : OTHER;
  }

  boolean named() {
    return this != OTHER;
  }

  /** The CoreNLP type written for a mention this refiner creates or retypes into this class. */
  String defaultType() {
    return switch (this) {
      case PERSON -> "PERSON";
      case PLACE -> "LOCATION";
      case ORGANIZATION -> "ORGANIZATION";
      case MISC -> "MISC";
      case OTHER -> throw new IllegalStateException("no default type for other entities");
    };
  }
}
