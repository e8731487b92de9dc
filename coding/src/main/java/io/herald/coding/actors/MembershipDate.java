package io.herald.coding.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A day of joining or leaving an organisation, known to the day, the month or only the year, or
 * known only to be no later than one of those: the period {@code [first, last]} in which it fell.
 *
 * @param text as written: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or one of them after
 *     {@code ..} ({@code ..2023-07}: on or before July 2023, the day itself unknown)
 * @param first earliest day it can be ({@link LocalDate#MIN} when only an upper bound is known)
 * @param last latest day it can be
 */
public record MembershipDate(String text, LocalDate first, LocalDate last) {
  public MembershipDate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period of " + text + " ends before it starts");
    }
  }

  /**
   * Parses a day, a month or a year, or {@code ..} and one of them for a date known only to be no
   * later than that.
   *
   * @throws IllegalArgumentException naming the text when it is none of these forms or not a real
   *     date
   */
  public static MembershipDate parse(String text) {
    String t = text.strip();
    if (t.startsWith("..")) {
      MembershipDate bound = parse(t.substring(2));
      if (bound.first().equals(LocalDate.MIN)) {
        throw new IllegalArgumentException("expected one date after .., got \"" + text + "\"");
      }
      return new MembershipDate(t, LocalDate.MIN, bound.last());
    }
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(t);
        return new MembershipDate(t, d, d);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(t);
        return new MembershipDate(t, m.atDay(1), m.atEndOfMonth());
      }
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return new MembershipDate(t, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a real date: \"" + text + "\"", e);
    }
    throw new IllegalArgumentException(
        "expected YYYY-MM-DD, YYYY-MM or YYYY, optionally after .., got \"" + text + "\"");
  }

  /** Whether only an upper bound is known ({@code ..2023-07}). */
  public boolean upperBoundOnly() {
    return first.equals(LocalDate.MIN);
  }

  /** Whether the date is known to the day. */
  public boolean exact() {
    return first.equals(last);
  }

  @Override
  public String toString() {
    return text;
  }
}
