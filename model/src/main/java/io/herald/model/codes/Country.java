package io.herald.model.codes;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory with the names news uses for it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the country part of actor codes
 * @param names common, official and alternative names
 * @param demonyms adjectives and demonyms ("Japanese", "Americans")
 * @param capitals capital cities, which news uses for governments ("Tokyo said")
 */
public record Country(
    String iso3,
    String iso2,
    String name,
    List<String> names,
    List<String> demonyms,
    List<String> capitals,
    double lat,
    double lon) {
  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    if (!iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not ISO alpha-3: " + iso3);
    }
  }
}
