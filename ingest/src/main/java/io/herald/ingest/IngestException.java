package io.herald.ingest;

/** A failure of the ingest machinery itself (not of one bad input, which is recorded instead). */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
