package io.herald.server;

import io.herald.store.Store;
import io.herald.store.StoreException;
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
    T run(Session session) throws SQLException;
  }

  private final Store store;
  private final BlockingQueue<Session> idle;
  private final List<Session> all = new ArrayList<>();
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
    Session c = take();
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

  private Session take() {
    Session c = idle.poll();
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("connection pool of " + store + " is closed");
      }
      if (all.size() < size) {
        Session fresh = new Session(store.newReadConnection());
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

  private void release(Session c, boolean healthy) {
    if (healthy) {
      idle.add(c);
      return;
    }
    // A connection whose query failed may hold an aborted transaction: replace it.
    synchronized (this) {
      all.remove(c);
      c.close();
    }
  }

  /** Closes every connection; call before closing the store. */
  @Override
  public synchronized void close() {
    closed = true;
    for (Session c : all) {
      c.close();
    }
    all.clear();
    idle.clear();
  }
}
