package io.herald.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pooled read connection with its prepared statements, kept by SQL text: preparing (parse,
 * bind, plan) costs DuckDB more than running the small queries of the API, and requests repeat the
 * same few statements with other values. Used by one thread at a time.
 */
final class Session implements AutoCloseable {
  private static final int MAX_STATEMENTS = 64;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= MAX_STATEMENTS) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  Session(Connection connection) {
    this.connection = connection;
  }

  /** The prepared statement for this SQL, its parameters cleared. */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    } else {
      ps.clearParameters();
    }
    return ps;
  }

  Connection connection() {
    return connection;
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException e) {
      // Dropping a cached statement: nothing to recover.
    }
  }

  @Override
  public void close() {
    statements.values().forEach(Session::closeQuietly);
    statements.clear();
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a pooled connection at shutdown: nothing left to release.
    }
  }
}
