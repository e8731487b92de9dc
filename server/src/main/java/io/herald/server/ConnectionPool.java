package io.herald.server;

import io.herald.store.Store;
import io.herald.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Read connections to a store's database, each one used by one request at a time. DuckDB runs
 * queries of different connections in parallel; connections are duplicated from the store's own
 * (one process holds the file) and reused, since opening one per request costs more than the query.
 */
final class ConnectionPool implements AutoCloseable {
  /** Work done on one connection. */
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Store store;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private final int size;
  private boolean closed;

  ConnectionPool(Store store, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("connection pool size must be >= 1, got " + size);
    }
    this.store = store;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /** Runs the work on a free connection, waiting for one when all are busy. */
  <T> T with(SqlWork<T> work) {
    Connection c = take();
    boolean healthy = true;
    try {
      return work.run(c);
    } catch (SQLException e) {
      healthy = false;
      throw new StoreException("query failed in " + store + ": " + e.getMessage(), e);
    } finally {
      release(c, healthy);
    }
  }

  private Connection take() {
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("connection pool of " + store + " is closed");
      }
      if (all.size() < size) {
        Connection fresh = store.newReadConnection();
        all.add(fresh);
        return fresh;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a database connection", e);
    }
  }

  private void release(Connection c, boolean healthy) {
    if (healthy) {
      idle.add(c);
      return;
    }
    // A connection whose query failed may hold an aborted transaction: replace it.
    synchronized (this) {
      all.remove(c);
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Closing a broken connection: nothing left to release.
    }
  }

  /** Closes every connection; call before closing the store. */
  @Override
  public synchronized void close() {
    closed = true;
    for (Connection c : all) {
      closeQuietly(c);
    }
    all.clear();
    idle.clear();
  }
}
