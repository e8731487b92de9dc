package io.herald.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on a connection in one transaction: committed when it returns, rolled back on throw.
 */
final class Transactions {
  private Transactions() {}

  /** Database work that may fail. */
  interface SqlWork {
    void run() throws SQLException;
  }

  static void run(Connection connection, SqlWork work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
