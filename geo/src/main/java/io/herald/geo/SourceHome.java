package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first-level region a news source writes about most: a local paper's state or province, read
 * from the places of several of its own stories ({@link Geoparser#learnHome}). A story from that
 * source that names a town without its state ("Richmond", "Dublin") most likely means the town of
 * the home region.
 *
 * @param iso3 the region's country, empty for {@link #NONE}
 * @param admin1 the region's GeoNames admin-1 code, empty for {@link #NONE}
 */
public record SourceHome(String iso3, String admin1) {
  /** No home: a source of world news, or one whose stories were too few or too scattered. */
  public static final SourceHome NONE = new SourceHome("", "");

  /** Stories a source needs before its home is read from them. */
  static final int MIN_STORIES = 3;

  /** The share of a source's stories that must name a place in a region for it to be home. */
  static final double MIN_SHARE = 0.35;

  public SourceHome {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(admin1, "admin1");
    if (iso3.isEmpty() != admin1.isEmpty()) {
      throw new IllegalArgumentException(
          "a source home needs both a country and a region, or neither: " + iso3 + "." + admin1);
    }
  }

  /** Whether this is a home at all. */
  public boolean known() {
    return !iso3.isEmpty();
  }

  /** Whether {@code e} is a town, county or the region itself of this home region. */
  boolean holds(GazetteerEntry e) {
    return known()
        && e.iso3().equals(iso3)
        && e.admin1().equals(admin1)
        && (e.kind() == PlaceKind.CITY
            || e.kind() == PlaceKind.ADMIN1
            || e.kind() == PlaceKind.ADMIN2);
  }

  /**
   * The home of a source whose stories resolved to these places (one list per story): the region
   * whose towns, counties or own name the most stories mention, if that is at least {@link
   * #MIN_SHARE} of at least {@link #MIN_STORIES} stories; else {@link #NONE}.
   */
  static SourceHome of(List<List<GazetteerEntry>> stories) {
    if (stories.size() < MIN_STORIES) {
      return NONE;
    }
    // sorted keys: ties go the same way on every run
    Map<String, Integer> votes = new TreeMap<>();
    for (List<GazetteerEntry> story : stories) {
      Set<String> regions = new HashSet<>();
      for (GazetteerEntry e : story) {
        if (!e.admin1().isEmpty()
            && (e.kind() == PlaceKind.CITY
                || e.kind() == PlaceKind.ADMIN1
                || e.kind() == PlaceKind.ADMIN2)) {
          regions.add(e.iso3() + "." + e.admin1());
        }
      }
      regions.forEach(r -> votes.merge(r, 1, Integer::sum));
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > most) {
        best = v.getKey();
        most = v.getValue();
      }
    }
    if (best == null || most < MIN_SHARE * stories.size()) {
      return NONE;
    }
    int dot = best.indexOf('.');
    return new SourceHome(best.substring(0, dot), best.substring(dot + 1));
  }
}
