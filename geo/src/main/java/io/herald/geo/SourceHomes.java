package io.herald.geo;

import io.herald.model.PlaceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The home regions of news sources as a user gives them: one region per source, and one for every
 * source without its own line (a newsroom's own region), or {@link SourceHome#NONE}.
 *
 * @param bySource each source's home, by the source name as it appears on articles
 * @param fallback the home of a source that has no entry
 */
public record SourceHomes(Map<String, SourceHome> bySource, SourceHome fallback) {
  /** No source has a home: towns are resolved on population and context alone. */
  public static final SourceHomes NONE = new SourceHomes(Map.of(), SourceHome.NONE);

  public SourceHomes {
    bySource = Map.copyOf(bySource);
    Objects.requireNonNull(fallback, "fallback");
  }

  /** The home of the source of an article ({@code Article.source()}). */
  public SourceHome of(String source) {
    return bySource.getOrDefault(source, fallback);
  }

  /**
   * Reads a UTF-8 table of {@code source<TAB>region} lines; blank lines and lines starting with
   * {@code #} are skipped. Each region is resolved with {@link #region}.
   *
   * @param origin the file name, for messages
   * @param fallback the home of sources the table does not name
   * @throws IllegalArgumentException naming {@code origin}, the line and the region when a line has
   *     no tab, an empty source, a source named twice, or a region that is unknown or ambiguous
   * @throws IOException when the table cannot be read (malformed UTF-8 included)
   */
  public static SourceHomes read(Reader in, String origin, Gazetteer gazetteer, SourceHome fallback)
      throws IOException {
    Map<String, SourceHome> homes = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(in);
    int n = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String where = origin + ":" + n + ": ";
      if (tab < 0) {
        throw new IllegalArgumentException(
            where + "expected source<TAB>region, found no tab in \"" + line + "\"");
      }
      String source = line.substring(0, tab).strip();
      String written = line.substring(tab + 1).strip();
      if (source.isEmpty()) {
        throw new IllegalArgumentException(where + "empty source name");
      }
      SourceHome home;
      try {
        home = region(written, gazetteer);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
      if (homes.putIfAbsent(source, home) != null) {
        throw new IllegalArgumentException(where + "source \"" + source + "\" named twice");
      }
    }
    return new SourceHomes(homes, fallback);
  }

  /**
   * The first-level region a user names: its name or abbreviation alone when one region in the
   * world has it ({@code Minnesota}, {@code Minn.}), else followed by a comma and its country
   * ({@code Ontario, Canada}, {@code Punjab, Pakistan}), or the country's ISO alpha-3 code, a dot
   * and the region's GeoNames admin-1 code ({@code USA.MN}, {@code CAN.08}).
   *
   * @throws IllegalArgumentException saying why when no region or several regions fit
   */
  public static SourceHome region(String written, Gazetteer gazetteer) {
    String text = written.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty region");
    }
    int dot = text.indexOf('.');
    if (dot == 3 && text.substring(0, 3).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      Optional<GazetteerEntry> coded =
          gazetteer.admin1ByCode(text.substring(0, 3), text.substring(4));
      if (coded.isPresent()) {
        return home(coded.get());
      }
    }
    int comma = text.lastIndexOf(',');
    String name = comma < 0 ? text : text.substring(0, comma).strip();
    Optional<String> country = Optional.empty();
    if (comma >= 0) {
      String c = text.substring(comma + 1).strip();
      country =
          Optional.of(
              gazetteer
                  .country(c)
                  .map(GazetteerEntry::iso3)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "unknown country \"" + c + "\" in region \"" + text + "\"")));
    }
    Map<String, GazetteerEntry> fits = new HashMap<>();
    for (GazetteerEntry e : gazetteer.admin1(name)) {
      if (e.kind() == PlaceKind.ADMIN1
          && !e.admin1().isEmpty()
          && (country.isEmpty() || country.get().equals(e.iso3()))) {
        fits.putIfAbsent(e.iso3() + "." + e.admin1(), e);
      }
    }
    if (fits.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown region \""
              + text
              + "\" (write a first-level region as the gazetteer names it, e.g. \"Minnesota\","
              + " \"Ontario, Canada\" or \"USA.MN\")");
    }
    if (fits.size() > 1) {
      List<String> options =
          fits.values().stream()
              .map(e -> e.name() + " (" + e.iso3() + "." + e.admin1() + ")")
              .sorted()
              .toList();
      throw new IllegalArgumentException(
          "ambiguous region \""
              + text
              + "\": "
              + String.join(", ", options)
              + "; add the country (\"Name, Country\") or write ISO3.CODE");
    }
    return home(fits.values().iterator().next());
  }

  private static SourceHome home(GazetteerEntry region) {
    return new SourceHome(region.iso3(), region.admin1());
  }
}
