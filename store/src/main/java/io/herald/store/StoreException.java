package io.herald.store;

/**
 * A database operation failed. The message names the database file (or {@code :memory:}) and the
 * operation; the cause is the driver's exception.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
