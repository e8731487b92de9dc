package io.herald.server;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A conjunction of SQL conditions with their bound values, built from validated parameters; values
 * are always bound, never spliced into the SQL.
 */
final class Where {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  /** Adds a condition with one {@code ?} per value. */
  Where add(String clause, Object... boundValues) {
    clauses.add("(" + clause + ")");
    Collections.addAll(values, boundValues);
    return this;
  }

  /** The conditions joined with AND, or {@code TRUE}. */
  String sql() {
    return clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses);
  }

  List<Object> values() {
    return List.copyOf(values);
  }

  /** Binds values to a statement from parameter index {@code first}; returns the next index. */
  static int bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      if (v instanceof String[] array) {
        ps.setArray(i++, ps.getConnection().createArrayOf("VARCHAR", array));
      } else {
        ps.setObject(i++, v);
      }
    }
    return i;
  }
}
