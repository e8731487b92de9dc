package io.herald.model.codes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries with their names, demonyms and capitals, from {@code countries.tsv} (converted from npm
 * {@code world-countries} by {@code scripts/build-countries.mjs}).
 */
public final class Countries {
  private final Map<String, Country> byIso3;

  private Countries(Map<String, Country> byIso3) {
    this.byIso3 = byIso3;
  }

  /** Loads the bundled table; fails fast when it is missing. */
  public static Countries load() {
    TsvTable table = TsvTable.load(Countries.class, "/io/herald/model/countries.tsv");
    Map<String, Country> map = new LinkedHashMap<>();
    for (String[] row : table.rows()) {
      String iso3 = table.get(row, "iso3");
      List<String> names = new ArrayList<>();
      names.add(table.get(row, "name"));
      names.addAll(split(table.get(row, "official")));
      names.addAll(split(table.get(row, "altNames")));
      map.put(
          iso3,
          new Country(
              iso3,
              table.get(row, "iso2"),
              table.get(row, "name"),
              names.stream().distinct().toList(),
              split(table.get(row, "demonyms")),
              split(table.get(row, "capitals")),
              parse(table.get(row, "lat")),
              parse(table.get(row, "lon"))));
    }
    return new Countries(Collections.unmodifiableMap(map));
  }

  /** Builds a table from given countries, for tests with small fixtures. */
  public static Countries of(Collection<Country> countries) {
    Map<String, Country> map = new LinkedHashMap<>();
    for (Country c : countries) {
      map.put(c.iso3(), c);
    }
    return new Countries(Collections.unmodifiableMap(map));
  }

  private static List<String> split(String cell) {
    if (cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static double parse(String cell) {
    return cell.isBlank() ? 0 : Double.parseDouble(cell);
  }

  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(byIso3.get(iso3));
  }

  /** The country with ISO alpha-2 code {@code iso2}, if any. */
  public Optional<Country> byIso2(String iso2) {
    for (Country c : byIso3.values()) {
      if (c.iso2().equalsIgnoreCase(iso2)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Every country, in the order of the table (the same in every run: an immutable {@code Map.of}
   * copy iterates in an order that changes with each JVM start, and name-sharing countries such as
   * "Dominican" or "Congolese" readers then resolved differently from run to run).
   */
  public Collection<Country> all() {
    return byIso3.values();
  }
}
