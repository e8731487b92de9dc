package io.herald.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read inputs.
 *
 * @param headline where plain-text files keep their headline
 * @param date date for articles whose input gives none; an input's own date wins
 * @param maxBytes files or JSON lines larger than this are rejected as too large
 */
public record ReadOptions(HeadlinePosition headline, Optional<LocalDate> date, long maxBytes) {
  /** Default size limit: 5 MiB, far above any news story. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public ReadOptions {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(date, "date");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(HeadlinePosition.LAST, Optional.empty(), DEFAULT_MAX_BYTES);
  }
}
