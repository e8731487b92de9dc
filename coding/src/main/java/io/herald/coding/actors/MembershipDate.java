package io.herald.coding.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A day of joining or leaving an organisation, known to the day, the month or only the year: the
 * period {@code [first, last]} in which it fell.
 *
 * @param text as written: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param first earliest day it can be
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
   * Parses a day, a month or a year.
   *
   * @throws IllegalArgumentException naming the text when it is none of the three forms or not a
   *     real date
   */
  public static MembershipDate parse(String text) {
    String t = text.strip();
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
        "expected YYYY-MM-DD, YYYY-MM or YYYY, got \"" + text + "\"");
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
