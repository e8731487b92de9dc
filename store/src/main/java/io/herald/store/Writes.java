package io.herald.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * The deleting writes of a {@link Store}, run inside the store's transactions: removing every row
 * of replaced articles, and replacing an earlier run's errors for the same inputs.
 */
final class Writes {
  private Writes() {}

  /** Deletes the rows of every article table and the errors table keyed by {@code hashes}. */
  static void deleteArticles(Connection connection, Set<String> hashes) throws SQLException {
    List<Table> tables = new ArrayList<>(Schema.ARTICLE_TABLES);
    tables.add(Schema.ERRORS);
    Array keys = Lookups.varchars(connection, hashes);
    for (Table t : tables) {
      try (PreparedStatement d =
          connection.prepareStatement(
              "DELETE FROM " + t.name() + " WHERE content_hash IN (SELECT unnest(?))")) {
        d.setArray(1, keys);
        d.executeUpdate();
      }
    }
  }

  /**
   * Replaces the errors recorded at {@code stage} for inputs that never became articles from {@code
   * sources} with {@code rows} (in the errors table's column order).
   */
  /** Checks the stage an error is recorded under. */
  static void requireStage(String stage) {
    if (Objects.requireNonNull(stage, "stage").isBlank()) {
      throw new IllegalArgumentException("error stage is blank");
    }
  }

  static void replaceErrors(
      DuckDBConnection connection, String stage, Set<String> sources, List<Object[]> rows)
      throws SQLException {
    try (PreparedStatement d =
        connection.prepareStatement(
            "DELETE FROM errors WHERE content_hash IS NULL AND stage = ?"
                + " AND source IN (SELECT unnest(?))")) {
      d.setString(1, stage);
      d.setArray(2, Lookups.varchars(connection, sources));
      d.executeUpdate();
    }
    TableAppender.append(connection, Schema.ERRORS, rows);
  }
}
