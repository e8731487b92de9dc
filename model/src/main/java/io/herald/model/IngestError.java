package io.herald.model;

import java.util.Objects;

/**
 * An input that could not be turned into an article: recorded, reported, and skipped.
 *
 * @param source the file name, with {@code :line} for one line of a JSON Lines file
 * @param problem what was wrong, in words a user can act on
 */
public record IngestError(String source, String problem) {
  public IngestError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return source + ": " + problem;
  }
}
