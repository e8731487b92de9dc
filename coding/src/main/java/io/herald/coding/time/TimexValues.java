package io.herald.coding.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing TIMEX3 calendar values. */
final class TimexValues {
  static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  static final Pattern YEAR = Pattern.compile("\\d{4}");
  static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private TimexValues() {}

  /** The calendar day at the start of {@code value} ({@code 1998-08-07TNI} gives 1998-08-07). */
  static Optional<LocalDate> day(String value) {
    Matcher m = DAY.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The part after the date of a day value, such as {@code TNI} or {@code T10:35}; else "". */
  static String timeSuffix(String value) {
    Matcher m = DAY.matcher(value);
    return m.matches() && m.group(4) != null ? m.group(4) : "";
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static String quarter(int year, int quarter) {
    return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
  }

  static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  /** ISO 8601 week of {@code d}: {@code 1998-W02}. */
  static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The year of a calendar value that starts with one ({@code 1989-Q3} gives 1989). */
  static Optional<Integer> yearOf(String value) {
    if (value.length() >= 4 && YEAR.matcher(value.substring(0, 4)).matches()) {
      if (value.length() == 4 || value.charAt(4) == '-') {
        return Optional.of(Integer.parseInt(value.substring(0, 4)));
      }
    }
    return Optional.empty();
  }
}
