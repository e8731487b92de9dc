package io.herald.eval.time;

import java.util.regex.Pattern;

/** Coarse classes of TIMEX3 values, for grouping errors ("a day given as a month"). */
enum ValueClass {
  NONE("no value"),
  TIME("time of day", "\\d{4}-\\d{2}-\\d{2}T.*"),
  DAY("day", "\\d{4}-\\d{2}-\\d{2}"),
  WEEKEND("weekend", ".*-WE"),
  WEEK("week", "\\d{4}-W\\d{2}"),
  MONTH("month", "\\d{4}-\\d{2}"),
  QUARTER("quarter or half", "\\d{4}-[QH]\\d"),
  SEASON("season", "\\d{4}-(SP|SU|FA|WI)"),
  YEAR("year", "\\d{4}"),
  DECADE("decade", "\\d{3}X?"),
  CENTURY("century", "\\d{2}(XX)?"),
  REF("PAST/PRESENT/FUTURE_REF", "(PAST|PRESENT|FUTURE)_REF"),
  DURATION("duration", "P.*"),
  UNRESOLVED("unresolved (X)", ".*X.*"),
  OTHER("other", ".*");

  final String label;
  private final Pattern pattern;

  ValueClass(String label) {
    this.label = label;
    this.pattern = null;
  }

  ValueClass(String label, String regex) {
    this.label = label;
    this.pattern = Pattern.compile(regex);
  }

  static ValueClass of(String value) {
    if (value.isEmpty()) {
      return NONE;
    }
    for (ValueClass c : values()) {
      if (c.pattern != null && c.pattern.matcher(value).matches()) {
        return c;
      }
    }
    return OTHER;
  }
}
