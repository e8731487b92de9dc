package io.herald.pipeline;

/** Analysis of one article failed; the batch goes on without it. */
public final class AnalysisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }
}
