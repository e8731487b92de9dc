package io.herald.model;

import java.util.Locale;

/** What kind of place a toponym names. */
public enum PlaceKind {
  COUNTRY,
  ADMIN1,
  /** A second-level region: a US county, parish or borough. */
  ADMIN2,
  CITY,
  SEA,
  OCEAN,
  GULF,
  STRAIT,
  BAY,
  ISLAND,
  REGION,
  DISPUTED,
  CONTINENT,
  RIVER,
  LAKE,
  MOUNTAIN,
  OTHER;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a kind name in any case; unknown names are {@link #OTHER}. */
  public static PlaceKind parse(String name) {
    for (PlaceKind k : values()) {
      if (k.name().equalsIgnoreCase(name.trim())) {
        return k;
      }
    }
    return OTHER;
  }
}
