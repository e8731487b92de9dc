package io.herald.coding.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions whose value depends on another time than the article date, or on the unit they count:
 * "a year earlier" in a quarterly report is the same quarter a year before; "41 years ago" is a
 * year, not a day; "a day later" is a duration anchored to an event; "the following year" follows
 * the year last mentioned. One instance reads one article in text order and remembers what it has
 * seen.
 */
final class Relative {
  private static final String Q = "(?:" + Quantities.WORDS + ")";
  private static final Pattern AGO =
      Pattern.compile(
          "(?:(?:about|almost|nearly|more than|less than|some|over|just|only|roughly) )?("
              + Q
              + ")[ -](year|month|week|day|decade)s? ago");
  private static final Pattern SPAN_LATER =
      Pattern.compile(
          "(?:(?:about|almost|nearly|more than|less than|some|over|just|only|roughly) )?("
              + Q
              + ")[ -](year|month|week|day|hour|minute)s? (?:earlier|later|after|before|afterward)");
  private static final Pattern YEAR_BEFORE =
      Pattern.compile(
          "(?:a|one) year (?:ago|earlier)|(?:the )?year-(?:ago|earlier)(?: (?:quarter|period))?"
              + "|(?:the )?(?:comparable|corresponding|same) (?:year-ago |year-earlier )?"
              + "(?:quarter|period)(?: (?:a year ago|last year|of last year|a year earlier))?"
              + "|last year's (?:quarter|period)|the (?:quarter|period) a year (?:ago|earlier)");
  private static final Pattern SAME_QUARTER =
      Pattern.compile(
          "(?:the |this |its )?(?:latest |same |most recent |recent )?(?:fiscal )?"
              + "(?:quarter|period)");
  private static final Pattern YEAR_QUARTER =
      Pattern.compile("(?:the )?(\\d{4}) (?:quarter|period)");
  private static final Pattern REPORTING_SPAN =
      Pattern.compile(
          ".*\\b(?:nine|six|first|second) (?:months|half)\\b.*|(?:the )?(?:fiscal )?year"
              + "|.*\\b(?:first|second) half\\b.*");
  private static final Pattern FOLLOWING =
      Pattern.compile("the (next|following|previous|preceding) (day|morning|month|year)");
  private static final Pattern THAT =
      Pattern.compile(
          "(?:(?:later|earlier) )?that (?:same )?(day|month|year)|the same (day|month|year)");
  private static final Pattern WEEKEND =
      Pattern.compile("(?:over )?(?:(the|this|last|next|past) )?weekend");

  /** "the year ended March 31", "the fiscal year ending June 30": a fiscal year, a duration. */
  private static final Pattern FISCAL_YEAR =
      Pattern.compile("(?:the |its )?(?:fiscal )?year (?:ended|ending|ends|to)");

  /** The reporting period of a financial story: the quarter (or year) its figures are for. */
  private String reportingPeriod = "";

  private Optional<LocalDate> lastDay = Optional.empty();
  private Optional<YearMonth> lastMonth = Optional.empty();
  private Optional<Integer> lastYear = Optional.empty();

  /**
   * A new value for {@code c}, or empty to keep the one it has.
   *
   * @param phrase the expression's text in lower case, with a following "ago", "earlier" or "later"
   *     when the span leaves it out
   */
  Optional<Candidate> resolve(
      Candidate c, String phrase, Tense tense, Optional<LocalDate> articleDate) {
    Optional<Candidate> r = reporting(c, phrase, articleDate);
    return r.isPresent() ? r : offset(c, phrase, tense, articleDate);
  }

  /** Expressions of financial reports: the reporting quarter, its year-ago twin, fiscal years. */
  private Optional<Candidate> reporting(
      Candidate c, String phrase, Optional<LocalDate> articleDate) {
    Matcher m;
    if (YEAR_BEFORE.matcher(phrase).matches()) {
      return yearBefore(c, phrase, articleDate);
    }
    if (SAME_QUARTER.matcher(phrase).matches()
        && TimexValues.QUARTER.matcher(reportingPeriod).matches()) {
      return Optional.of(c.withValue("DATE", reportingPeriod, "time.reporting-quarter"));
    }
    if (phrase.matches("the latest (?:fiscal )?(?:quarter|period)") && articleDate.isPresent()) {
      LocalDate before = articleDate.get().minusMonths(3);
      return Optional.of(
          c.withValue(
              "DATE",
              TimexValues.quarter(before.getYear(), TimexValues.quarterOf(before)),
              "time.latest-quarter"));
    }
    if (FISCAL_YEAR.matcher(phrase).matches()) {
      return Optional.of(c.withValue("DURATION", "P1Y", "time.fiscal-year"));
    }
    if ((m = YEAR_QUARTER.matcher(phrase)).matches()) {
      int year = Integer.parseInt(m.group(1));
      Matcher q = TimexValues.QUARTER.matcher(reportingPeriod);
      String value =
          q.matches() ? TimexValues.quarter(year, Integer.parseInt(q.group(2))) : m.group(1);
      return Optional.of(c.withValue("DATE", value, "time.reporting-quarter"));
    }
    return Optional.empty();
  }

  /** Counted offsets, references to the last mentioned time, weekends. */
  private Optional<Candidate> offset(
      Candidate c, String phrase, Tense tense, Optional<LocalDate> articleDate) {
    Matcher m;
    if ((m = AGO.matcher(phrase)).matches() && articleDate.isPresent()) {
      return ago(c, m, articleDate.get());
    }
    if ((m = SPAN_LATER.matcher(phrase)).matches()) {
      return Optional.of(
          c.withValue("DURATION", duration(m.group(1), m.group(2)), "time.offset-duration"));
    }
    if ((m = FOLLOWING.matcher(phrase)).matches()) {
      return following(c, m);
    }
    if ((m = THAT.matcher(phrase)).matches()) {
      String unit = m.group(1) != null ? m.group(1) : m.group(2);
      return reference(unit, 0).map(v -> c.withValue("DATE", v, "time.that-" + unit));
    }
    if ((m = WEEKEND.matcher(phrase)).matches()
        && c.value().endsWith("-WE")
        && articleDate.isPresent()) {
      return weekend(c, m.group(1) == null ? "" : m.group(1), tense, articleDate.get());
    }
    return Optional.empty();
  }

  /** Notes a resolved expression as the reference for later ones. */
  void remember(Candidate c, String phrase, Optional<LocalDate> articleDate) {
    String v = c.value();
    if (c.rule().equals("time.year-before") || c.rule().equals("time.reporting-quarter")) {
      return;
    }
    if (TimexValues.QUARTER.matcher(v).matches()) {
      if (reportsOn(v, articleDate)) {
        reportingPeriod = v;
      }
    } else if (REPORTING_SPAN.matcher(phrase).matches() && !reportingPeriod.isEmpty()) {
      reportingPeriod = reportingPeriod.substring(0, 4);
    }
    Optional<LocalDate> day = TimexValues.day(v);
    if (day.isPresent()) {
      lastDay = day;
      lastMonth = day.map(YearMonth::from);
      lastYear = day.map(LocalDate::getYear);
    } else if (TimexValues.MONTH.matcher(v).matches()) {
      lastMonth = Optional.of(YearMonth.parse(v));
      lastYear = lastMonth.map(YearMonth::getYear);
    } else if (TimexValues.YEAR.matcher(v).matches()) {
      lastYear = Optional.of(Integer.parseInt(v));
    }
  }

  /**
   * Whether a quarter mentioned after the first one becomes the period the story reports on: only a
   * later one that is over by the article date. "will result in a fourth-quarter charge" and "after
   * a flat second quarter" in a third-quarter report leave it the third quarter.
   */
  private boolean reportsOn(String quarter, Optional<LocalDate> articleDate) {
    Matcher current = TimexValues.QUARTER.matcher(reportingPeriod);
    if (!current.matches() || articleDate.isEmpty()) {
      return true;
    }
    Matcher q = TimexValues.QUARTER.matcher(quarter);
    if (!q.matches()) {
      return false;
    }
    int year = Integer.parseInt(q.group(1));
    int n = Integer.parseInt(q.group(2));
    LocalDate end = LocalDate.of(year, 3 * n, 1).plusMonths(1).minusDays(1);
    boolean later =
        year * 4 + n >= Integer.parseInt(current.group(1)) * 4 + Integer.parseInt(current.group(2));
    return later && !end.isAfter(articleDate.get());
  }

  private Optional<Candidate> yearBefore(
      Candidate c, String phrase, Optional<LocalDate> articleDate) {
    Matcher q = TimexValues.QUARTER.matcher(reportingPeriod);
    String value;
    if (q.matches()) {
      value = TimexValues.quarter(Integer.parseInt(q.group(1)) - 1, Integer.parseInt(q.group(2)));
    } else if (TimexValues.YEAR.matcher(reportingPeriod).matches()) {
      value = TimexValues.year(Integer.parseInt(reportingPeriod) - 1);
    } else if (articleDate.isPresent()
        && !phrase.contains("quarter")
        && !phrase.contains("period")) {
      value = TimexValues.year(articleDate.get().getYear() - 1);
    } else {
      return Optional.empty();
    }
    return Optional.of(c.withValue("DATE", value, "time.year-before"));
  }

  private static Optional<Candidate> ago(Candidate c, Matcher m, LocalDate d) {
    Optional<Integer> n = Quantities.of(m.group(1));
    if (n.isEmpty()) {
      return Optional.of(c.withValue("DATE", "PAST_REF", "time.ago-vague"));
    }
    int k = n.get();
    String value =
        switch (m.group(2)) {
          case "year" -> TimexValues.year(d.minusYears(k).getYear());
          case "decade" -> TimexValues.year(d.minusYears(10L * k).getYear());
          case "month" -> {
            YearMonth ym = YearMonth.from(d).minusMonths(k);
            yield TimexValues.month(ym.getYear(), ym.getMonthValue());
          }
          case "week" -> TimexValues.week(d.minusWeeks(k));
          default -> d.minusDays(k).toString();
        };
    return Optional.of(c.withValue("DATE", value, "time.ago"));
  }

  private static String duration(String count, String unit) {
    String n = Quantities.of(count).map(String::valueOf).orElse("X");
    return switch (unit) {
      case "hour" -> "PT" + n + "H";
      case "minute" -> "PT" + n + "M";
      default -> "P" + n + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    };
  }

  private Optional<Candidate> following(Candidate c, Matcher m) {
    int step = m.group(1).equals("next") || m.group(1).equals("following") ? 1 : -1;
    String unit = m.group(2).equals("morning") ? "day" : m.group(2);
    Optional<String> v = reference(unit, step);
    if (v.isPresent() && m.group(2).equals("morning")) {
      v = v.map(s -> s + "TMO");
    }
    return v.map(s -> c.withValue(c.type(), s, "time.following-" + unit));
  }

  /** The last mentioned day, month or year moved by {@code step} units. */
  private Optional<String> reference(String unit, int step) {
    return switch (unit) {
      case "day" -> lastDay.map(d -> d.plusDays(step).toString());
      case "month" ->
          lastMonth
              .map(ym -> ym.plusMonths(step))
              .map(ym -> TimexValues.month(ym.getYear(), ym.getMonthValue()));
      default -> lastYear.map(y -> TimexValues.year(y + step));
    };
  }

  private static Optional<Candidate> weekend(
      Candidate c, String modifier, Tense tense, LocalDate d) {
    boolean past =
        switch (modifier) {
          case "last", "past" -> true;
          case "next" -> false;
          default -> tense != Tense.FUTURE && tense != Tense.PRESENT;
        };
    LocalDate saturday =
        past
            ? d.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
            : d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    return Optional.of(c.withValue(TimexValues.week(saturday) + "-WE", "time.weekend"));
  }
}
