package io.herald.coding.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Background knowledge of named people from PETRARCH actor dictionaries: "Vladimir Putin" is {@code
 * RUSGOV} from May 2000 and {@code RUSELI} before. Consulted only for names the analyser tagged as
 * people, and only below what the article itself says and what the role store learned.
 *
 * <p>Only entries with a code that carries a sector or an organisation ({@code RUSGOV}, {@code
 * IGOUNO}) are kept: bare country codes belong to place names, not to people. A code without a
 * country (a bare {@code [ELI]}) places nobody and is ignored. A name that several entries list is
 * used only when they agree on the country on the article's date.
 */
public final class KnownPeople {
  /** Knows nobody: for fictional worlds such as the PETRARCH test suite. */
  public static final KnownPeople NONE = new KnownPeople(Map.of());

  /** The Phoenix dictionaries bundled with Herald (Open Event Data Alliance, MIT licence). */
  static final List<String> BUNDLED =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");

  private final Map<String, List<PetrarchActorDictionary.Entry>> byName;

  private KnownPeople(Map<String, List<PetrarchActorDictionary.Entry>> byName) {
    this.byName = byName;
  }

  /** People listed in {@code dictionaries}. */
  public static KnownPeople of(List<PetrarchActorDictionary> dictionaries) {
    Map<String, List<PetrarchActorDictionary.Entry>> byName = new HashMap<>();
    Map<String, List<PetrarchActorDictionary.Entry>> shortNames = new HashMap<>();
    for (PetrarchActorDictionary d : dictionaries) {
      for (PetrarchActorDictionary.Entry e : d.entries()) {
        if (e.codes().stream().noneMatch(c -> c.code().matches("[A-Za-z]{6,}"))) {
          continue;
        }
        for (String phrase : e.phrases()) {
          String key = key(phrase);
          if (!key.isEmpty()) {
            add(byName, key, e);
            String[] words = key.split(" ");
            if (words.length >= 3) {
              // "Carlos Saul Menem" is also written "Carlos Menem": first and last name.
              add(shortNames, words[0] + " " + words[words.length - 1], e);
            }
          }
        }
      }
    }
    shortNames.forEach(byName::putIfAbsent);
    return new KnownPeople(Map.copyOf(byName));
  }

  private static void add(
      Map<String, List<PetrarchActorDictionary.Entry>> map,
      String key,
      PetrarchActorDictionary.Entry e) {
    List<PetrarchActorDictionary.Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  /** The Phoenix dictionaries bundled in this module. */
  public static KnownPeople bundled() {
    List<PetrarchActorDictionary> dicts = new ArrayList<>();
    for (String name : BUNDLED) {
      dicts.add(bundledDictionary(name));
    }
    return of(dicts);
  }

  /** One of the bundled Phoenix dictionaries, by file name; fails fast when missing. */
  static PetrarchActorDictionary bundledDictionary(String name) {
    String path = "/io/herald/coding/phoenix/" + name;
    try (InputStream in = KnownPeople.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled dictionary " + path);
      }
      return PetrarchActorDictionary.read(new InputStreamReader(in, StandardCharsets.UTF_8), path);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /** Names known. */
  public int size() {
    return byName.size();
  }

  /**
   * The code of the person named exactly {@code name} ("Kofi Annan", "Putin") on {@code date}: the
   * dated code that applies, else the entry's undated one. Without a date, only what holds at any
   * date: the country alone ("GBR") for a person whose sector changed over time. Empty when unknown
   * or ambiguous.
   */
  public Optional<String> codeOn(String name, Optional<LocalDate> date) {
    List<PetrarchActorDictionary.Entry> entries = byName.get(key(name));
    if (entries == null) {
      return Optional.empty();
    }
    String found = null;
    for (PetrarchActorDictionary.Entry e : entries) {
      Optional<String> c = date.isPresent() ? e.codeOn(date) : e.codeWithoutDate();
      boolean sectorUnknown =
          date.isEmpty() && c.map(x -> x.length() == 3).orElse(false) && e.codes().size() > 1;
      if (c.isEmpty() || c.get().length() < 6 && !sectorUnknown) {
        continue;
      }
      if (found != null && !found.substring(0, 3).equals(c.get().substring(0, 3))) {
        return Optional.empty(); // two people of different countries share the name
      }
      found = found == null ? c.get() : found;
    }
    return Optional.ofNullable(found);
  }

  /** Upper case, no full stops, single spaces, no whole-word marker: "GEORGE W BUSH". */
  static String key(String phrase) {
    String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
    return p.toUpperCase(Locale.ROOT)
        .replace(".", " ")
        .replace('_', ' ')
        .strip()
        .replaceAll("\\s+", " ");
  }
}
