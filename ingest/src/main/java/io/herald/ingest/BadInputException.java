package io.herald.ingest;

/** One input is unusable; the message says why, for the errors table. */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
