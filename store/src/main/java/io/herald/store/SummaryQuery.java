package io.herald.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link Summary} with a handful of aggregate queries. */
final class SummaryQuery {
  private static final int TOP = 5;
  private static final String ASSERTED = "NOT negated AND modality = 'asserted'";

  private SummaryQuery() {}

  static Summary read(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      return new Summary(
          count(s, "SELECT count(*) FROM articles"),
          count(s, "SELECT count(*) FROM actors"),
          count(s, "SELECT count(*) FROM events"),
          count(s, "SELECT count(*) FROM events WHERE " + ASSERTED),
          count(s, "SELECT count(*) FROM quotes"),
          count(s, "SELECT count(*) FROM places"),
          count(s, "SELECT count(*) FROM times"),
          count(s, "SELECT count(*) FROM errors"),
          top(
              s,
              "SELECT root_code, count(*) AS n FROM events WHERE "
                  + ASSERTED
                  + " GROUP BY root_code ORDER BY n DESC, root_code LIMIT "
                  + TOP),
          top(
              s,
              // UNION, not UNION ALL: an event with the same code on both sides counts once.
              "SELECT code, count(*) AS n FROM ("
                  + "SELECT content_hash, event_id, source_code AS code FROM events WHERE "
                  + ASSERTED
                  + " UNION SELECT content_hash, event_id, target_code FROM events WHERE "
                  + ASSERTED
                  + ") WHERE code IS NOT NULL GROUP BY code ORDER BY n DESC, code LIMIT "
                  + TOP));
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Summary.CodeCount> top(Statement s, String sql) throws SQLException {
    List<Summary.CodeCount> counts = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        counts.add(new Summary.CodeCount(rs.getString(1), rs.getLong(2)));
      }
    }
    return counts;
  }
}
