package io.herald.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one parameterised query and maps its rows. */
final class Sql {
  /** Maps the current row of a result set. */
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  static <T> List<T> list(Session c, String sql, List<Object> values, RowMapper<T> mapper)
      throws SQLException {
    PreparedStatement ps = c.prepare(sql);
    Where.bind(ps, 1, values);
    List<T> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
    }
    return rows;
  }

  static long count(Session c, String sql, List<Object> values) throws SQLException {
    List<Long> n = list(c, sql, values, rs -> rs.getLong(1));
    return n.isEmpty() ? 0 : n.get(0);
  }

  /** Column {@code i} as a Double, or null when SQL NULL. */
  static Double nullableDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  /** Column {@code i} as a Long, or null when SQL NULL. */
  static Long nullableLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  /** Concatenation of value lists, for statements that bind several groups in order. */
  @SafeVarargs
  static List<Object> values(List<Object>... groups) {
    List<Object> all = new ArrayList<>();
    for (List<Object> g : groups) {
      all.addAll(g);
    }
    return all;
  }
}
