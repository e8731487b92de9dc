package io.herald.coding.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites SUTime's value forms into TIMEX3's where the two differ. */
final class Formats {
  /** SUTime's decade {@code 199X}; TIMEX3 writes {@code 199}. */
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

  /** SUTime's century {@code 19XX}; TIMEX3 writes {@code 19}. */
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

  /** A clock time with SUTime's zone offset: {@code 2000-04-06T04:00-0500}. */
  private static final Pattern ZONED =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})[-+]\\d{4}");

  /** {@code 1989 INTERSECT P1Y} for "the year this year": the calendar part is the value. */
  private static final Pattern INTERSECT =
      Pattern.compile("(\\d{4}(?:-[0-9A-Z]+)*) INTERSECT \\S+");

  private Formats() {}

  static Candidate rewrite(Candidate c) {
    String v = c.value();
    Matcher m;
    if ((m = DECADE.matcher(v)).matches()) {
      return c.withValue(m.group(1), "time.decade");
    }
    if ((m = CENTURY.matcher(v)).matches()
        && c.text().toLowerCase(Locale.ROOT).contains("centur")) {
      return c.withValue(m.group(1), "time.century");
    }
    if ((m = ZONED.matcher(v)).matches()) {
      return c.withValue(m.group(1), c.rule());
    }
    if ((m = INTERSECT.matcher(v)).matches()) {
      return c.withValue(m.group(1), "time.intersection");
    }
    return c;
  }
}
