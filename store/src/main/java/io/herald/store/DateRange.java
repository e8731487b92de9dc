package io.herald.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * An inclusive range of days for exports; either end may be open.
 *
 * @param from first day included, empty for no lower bound
 * @param to last day included, empty for no upper bound
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
  /** No bounds: every row, undated ones included. */
  public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

  /**
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "--from " + from.get() + " is after --to " + to.get() + ": the range is empty");
    }
  }

  /**
   * Parses the two ends as written on a command line.
   *
   * @param from {@code YYYY-MM-DD}, or null or blank for no lower bound
   * @param to {@code YYYY-MM-DD}, or null or blank for no upper bound
   * @throws IllegalArgumentException naming the option when a date is malformed or impossible, or
   *     when {@code from} is after {@code to}
   */
  public static DateRange parse(String from, String to) {
    return new DateRange(day("--from", from), day("--to", to));
  }

  private static Optional<LocalDate> day(String option, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + ": expected a date YYYY-MM-DD, got \"" + value + "\"", e);
    }
  }

  /** Whether the range has at least one bound; a bounded range leaves undated rows out. */
  public boolean bounded() {
    return from.isPresent() || to.isPresent();
  }

  /**
   * A SQL condition on a DATE column: {@code TRUE} without bounds, else the column within the range
   * (which excludes NULL). The dates are parsed values, so inlining them is safe.
   */
  String sql(String column) {
    if (!bounded()) {
      return "TRUE";
    }
    StringBuilder sb = new StringBuilder("(" + column + " IS NOT NULL");
    from.ifPresent(
        d -> sb.append(" AND ").append(column).append(" >= DATE '").append(d).append('\''));
    to.ifPresent(
        d -> sb.append(" AND ").append(column).append(" <= DATE '").append(d).append('\''));
    return sb.append(')').toString();
  }

  @Override
  public String toString() {
    return from.map(LocalDate::toString).orElse("..")
        + " to "
        + to.map(LocalDate::toString).orElse("..");
  }
}
