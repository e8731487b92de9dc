package io.herald.server;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Article titles, actor names and places by their per-article keys, held in memory so that a page
 * of events needs no join with the actors and places tables (which would scan them whole for twenty
 * rows). Reloaded when the articles table changes: every article save replaces its rows and stamps
 * {@code analyzed_at}, so the article count and the latest stamp identify the data.
 */
final class Lookups {
  /** A resolved place: name and point. */
  record Point(String name, double lat, double lon) {}

  /** The lookups of one state of the database. */
  record Snapshot(
      String stamp,
      Map<String, String> titles,
      Map<String, String> actorNames,
      Map<String, Point> places) {
    String title(String contentHash) {
      return titles.get(contentHash);
    }

    String actorName(String contentHash, String actorId) {
      return actorId == null ? null : actorNames.get(contentHash + "/" + actorId);
    }

    Point place(String contentHash, String placeId) {
      return placeId == null ? null : places.get(contentHash + "/" + placeId);
    }
  }

  private volatile Snapshot current;

  /** The lookups for the database as it is now, reloading them if it changed. */
  Snapshot get(Session c) throws SQLException {
    String stamp = stamp(c);
    Snapshot s = current;
    if (s != null && s.stamp().equals(stamp)) {
      return s;
    }
    synchronized (this) {
      s = current;
      if (s == null || !s.stamp().equals(stamp)) {
        s = load(c, stamp);
        current = s;
      }
      return s;
    }
  }

  /** Identifies the stored data: the article count and the latest save time. */
  static String stamp(Session c) throws SQLException {
    return Sql.list(
            c,
            "SELECT count(*) || '/' || coalesce(CAST(max(analyzed_at) AS VARCHAR), '')"
                + " FROM articles",
            List.of(),
            rs -> rs.getString(1))
        .get(0);
  }

  private static Snapshot load(Session c, String stamp) throws SQLException {
    Map<String, String> titles = new HashMap<>();
    Sql.list(
        c,
        "SELECT content_hash, title FROM articles",
        List.of(),
        rs -> putPresent(titles, rs.getString(1), rs.getString(2)));
    Map<String, String> names = new HashMap<>();
    Sql.list(
        c,
        "SELECT content_hash || '/' || actor_id, name FROM actors",
        List.of(),
        rs -> putPresent(names, rs.getString(1), rs.getString(2)));
    Map<String, Point> places = new HashMap<>();
    Sql.list(
        c,
        "SELECT content_hash || '/' || place_id, name, lat, lon FROM places",
        List.of(),
        rs ->
            places.put(
                rs.getString(1), new Point(rs.getString(2), rs.getDouble(3), rs.getDouble(4))));
    return new Snapshot(stamp, Map.copyOf(titles), Map.copyOf(names), Map.copyOf(places));
  }

  /** An article without a title (or an actor without a name) has no entry: its lookup is null. */
  private static String putPresent(Map<String, String> map, String key, String value) {
    return value == null ? null : map.put(key, value);
  }
}
