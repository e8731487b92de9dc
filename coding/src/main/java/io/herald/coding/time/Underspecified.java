package io.herald.coding.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that name a point of the calendar but not the year or week it falls in: "Friday", "in
 * March", "Nov. 20", "the third quarter", "Thanksgiving". SUTime places them nearest to the article
 * date; news places them by tense: "said Friday" is the last Friday, "will leave Thursday" the next
 * Thursday, "received an offer in March" the last March.
 */
final class Underspecified {
  static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?"
          + "|dec\\.?";
  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final Pattern WEEKDAY =
      Pattern.compile("(?:\\b(last|next|this|coming|past)\\s+)?\\b(" + WEEKDAYS + ")\\b");

  /** What may stand beside a weekday in one expression: "10 p.m. Wednesday", "Friday night". */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile(
          "(?:[\\s,]|\\bon\\b|\\bat\\b|\\bearly\\b|\\blate\\b|\\d{1,2}(?::\\d{2})?"
              + "|\\b[ap]\\.?m\\b\\.?|\\b(?:noon|midnight|morning|afternoon|evening|night|overnight)\\b"
              + "|\\b(?:est|edt|gmt|cst|cdt|pst|pdt)\\b)*");

  private static final Pattern MONTH =
      Pattern.compile("(?:(last|next|this|early|late|mid|in)[\\s-]+)?(" + MONTHS + ")");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?:on\\s+)?(?:(?:"
              + WEEKDAYS
              + "),?\\s+)?(?:("
              + MONTHS
              + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
              + MONTHS
              + "))");
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?:the\\s+|its\\s+|a\\s+)?(?:[a-z]+\\s+)?(?:fiscal[\\s-]+)?(first|second|third|fourth"
              + "|1st|2nd|3rd|4th)[\\s-]+quarter");
  private static final Map<String, IntFunction<LocalDate>> HOLIDAYS =
      Map.of(
          "thanksgiving",
          y ->
              LocalDate.of(y, 11, 1)
                  .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
          "thanksgiving day",
          y ->
              LocalDate.of(y, 11, 1)
                  .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
          "christmas",
          y -> LocalDate.of(y, 12, 25),
          "christmas day",
          y -> LocalDate.of(y, 12, 25),
          "christmas eve",
          y -> LocalDate.of(y, 12, 24),
          "new year's day",
          y -> LocalDate.of(y, 1, 1),
          "independence day",
          y -> LocalDate.of(y, 7, 4),
          "halloween",
          y -> LocalDate.of(y, 10, 31),
          "valentine's day",
          y -> LocalDate.of(y, 2, 14));

  /** How far a date may lie on the side of the article date its tense speaks against. */
  static final int MARGIN_DAYS = 45;

  /** A stretch of the calendar and its TIMEX3 value. */
  private record Period(LocalDate start, LocalDate end, String value) {}

  private Underspecified() {}

  /**
   * The value of {@code c} placed by {@code tense} relative to {@code articleDate}, when its text
   * is an underspecified calendar date and SUTime resolved it to a year. A date without a tense of
   * its own ("the Oct. 23 slaying") is kept off the far side of its clause's tense, {@code clause}.
   */
  static Optional<Candidate> resolve(
      Candidate c, String text, Tense tense, Tense clause, LocalDate articleDate) {
    Matcher w = WEEKDAY.matcher(text);
    if (w.find()) {
      String rest = text.substring(0, w.start()) + " " + text.substring(w.end());
      if (TIME_OF_DAY.matcher(rest).matches()) {
        return weekday(c, w, rest.isBlank(), tense, articleDate);
      }
    }
    Matcher md = MONTH_DAY.matcher(text);
    if (md.matches() && TimexValues.day(c.value()).isPresent()) {
      return monthDay(c, md, tense, clause, articleDate);
    }
    Matcher m = MONTH.matcher(text);
    if (m.matches() && TimexValues.MONTH.matcher(c.value()).matches()) {
      return monthOf(c, m, tense, clause, articleDate);
    }
    Matcher q = QUARTER.matcher(text);
    if (q.matches() && TimexValues.QUARTER.matcher(c.value()).matches()) {
      int n = quarterNumber(q.group(1));
      List<Period> periods = new ArrayList<>();
      for (int y = articleDate.getYear() - 1; y <= articleDate.getYear() + 1; y++) {
        LocalDate start = LocalDate.of(y, 3 * n - 2, 1);
        periods.add(new Period(start, start.plusMonths(3).minusDays(1), TimexValues.quarter(y, n)));
      }
      // a quarter named without its year in a report is most often one already over
      return choose(periods, Tense.PAST, tense, articleDate)
          .map(v -> c.withValue(v, "time.quarter-by-tense"));
    }
    IntFunction<LocalDate> holiday = HOLIDAYS.get(text.replaceFirst("^(on|the)\\s+", ""));
    if (holiday != null && TimexValues.day(c.value()).isPresent()) {
      List<Period> periods = new ArrayList<>();
      for (int y = articleDate.getYear() - 1; y <= articleDate.getYear() + 1; y++) {
        LocalDate d = holiday.apply(y);
        periods.add(new Period(d, d, d.toString()));
      }
      return choose(periods, null, tense, articleDate)
          .map(v -> c.withValue(v, "time.holiday-by-tense"));
    }
    return Optional.empty();
  }

  private static Optional<Candidate> monthDay(
      Candidate c, Matcher md, Tense tense, Tense clause, LocalDate articleDate) {
    Month month = month(md.group(1) != null ? md.group(1) : md.group(4));
    int day = Integer.parseInt(md.group(2) != null ? md.group(2) : md.group(3));
    String suffix = TimexValues.timeSuffix(c.value());
    List<Period> periods = new ArrayList<>();
    for (int y = articleDate.getYear() - 1; y <= articleDate.getYear() + 1; y++) {
      if (day >= 1 && day <= YearMonth.of(y, month).lengthOfMonth()) {
        LocalDate d = LocalDate.of(y, month, day);
        periods.add(new Period(d, d, d + suffix));
      }
    }
    return choose(periods, clause, tense, articleDate)
        .map(v -> c.withValue(v, "time.date-by-tense"));
  }

  private static Optional<Candidate> weekday(
      Candidate c, Matcher w, boolean bare, Tense tense, LocalDate articleDate) {
    if (TimexValues.day(c.value()).isEmpty()) {
      return Optional.empty();
    }
    DayOfWeek day = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
    String modifier = w.group(1) == null ? "" : w.group(1);
    LocalDate d =
        switch (modifier) {
          case "last", "past" -> articleDate.with(TemporalAdjusters.previous(day));
          case "next" -> articleDate.with(TemporalAdjusters.next(day));
          case "this", "coming" ->
              tense == Tense.PAST
                  ? articleDate.with(TemporalAdjusters.previousOrSame(day))
                  : articleDate.with(TemporalAdjusters.nextOrSame(day));
          default ->
              switch (tense) {
                case FUTURE, PRESENT -> articleDate.with(TemporalAdjusters.nextOrSame(day));
                case NEAREST -> nearest(articleDate, day);
                default -> articleDate.with(TemporalAdjusters.previousOrSame(day));
              };
        };
    // A time of day stays when the expression names it ("Friday night", "10 p.m. Wednesday"); a
    // SUTime suffix on a bare weekday comes from words outside the expression.
    String suffix = bare ? "" : timeSuffix(c, c.text().toLowerCase(Locale.ROOT));
    boolean future = d.isAfter(articleDate);
    String rule = future ? "time.weekday-future" : "time.weekday-past";
    return Optional.of(c.withValue(d + suffix, rule));
  }

  private static LocalDate nearest(LocalDate articleDate, DayOfWeek day) {
    LocalDate before = articleDate.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = articleDate.with(TemporalAdjusters.nextOrSame(day));
    return ChronoUnit.DAYS.between(before, articleDate)
            <= ChronoUnit.DAYS.between(articleDate, after)
        ? before
        : after;
  }

  private static String timeSuffix(Candidate c, String text) {
    String suffix = TimexValues.timeSuffix(c.value());
    if (!suffix.isEmpty()) {
      return suffix;
    }
    if (text.endsWith("morning")) {
      return "TMO";
    }
    if (text.endsWith("afternoon")) {
      return "TAF";
    }
    if (text.endsWith("evening")) {
      return "TEV";
    }
    return text.endsWith("night") ? "TNI" : "";
  }

  private static Optional<Candidate> monthOf(
      Candidate c, Matcher m, Tense tense, Tense clause, LocalDate articleDate) {
    Month month = month(m.group(2));
    String modifier = m.group(1) == null ? "" : m.group(1);
    YearMonth now = YearMonth.from(articleDate);
    YearMonth chosen;
    switch (modifier) {
      // The month just before or after would be "last month" or "next month".
      case "last" -> {
        YearMonth y = YearMonth.of(now.getYear(), month);
        chosen = y.isBefore(now.minusMonths(1)) ? y : y.minusYears(1);
      }
      case "next" -> {
        YearMonth y = YearMonth.of(now.getYear(), month);
        chosen = y.isAfter(now.plusMonths(1)) ? y : y.plusYears(1);
      }
      case "this" -> chosen = YearMonth.of(now.getYear(), month);
      default -> {
        List<Period> periods = new ArrayList<>();
        for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
          YearMonth ym = YearMonth.of(y, month);
          periods.add(
              new Period(ym.atDay(1), ym.atEndOfMonth(), TimexValues.month(y, month.getValue())));
        }
        return choose(periods, clause, tense, articleDate)
            .map(v -> c.withValue(v, "time.month-by-tense"));
      }
    }
    return Optional.of(
        c.withValue(
            TimexValues.month(chosen.getYear(), chosen.getMonthValue()), "time.month-" + modifier));
  }

  /**
   * The period nearest to the article date, unless the tense contradicts it by more than {@link
   * #MARGIN_DAYS}: a past-tense clause does not speak of a period that starts months after the
   * article ("the Oct. 23 slaying" in May), a future one not of a period that ended months before.
   * A near date on the "wrong" side is kept: "authorized a split payable Dec. 7" written on Oct.
   * 31.
   */
  private static Optional<String> choose(
      List<Period> periods, Tense fallback, Tense tense, LocalDate articleDate) {
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    Tense t = tense == Tense.UNKNOWN && fallback != null ? fallback : tense;
    Period nearest = periods.get(0);
    for (Period p : periods) {
      if (distance(p, articleDate) < distance(nearest, articleDate)) {
        nearest = p;
      }
    }
    if (t == Tense.PAST && nearest.start().isAfter(articleDate.plusDays(MARGIN_DAYS))) {
      Period best = null;
      for (Period p : periods) {
        if (!p.start().isAfter(articleDate)) {
          best = p;
        }
      }
      return Optional.of(best == null ? nearest.value() : best.value());
    }
    if (t == Tense.FUTURE && nearest.end().isBefore(articleDate.minusDays(MARGIN_DAYS))) {
      for (Period p : periods) {
        if (!p.end().isBefore(articleDate)) {
          return Optional.of(p.value());
        }
      }
    }
    return Optional.of(nearest.value());
  }

  private static long distance(Period p, LocalDate d) {
    if (d.isBefore(p.start())) {
      return ChronoUnit.DAYS.between(d, p.start());
    }
    if (d.isAfter(p.end())) {
      return ChronoUnit.DAYS.between(p.end(), d);
    }
    return 0;
  }

  private static int quarterNumber(String ordinal) {
    return switch (ordinal) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }

  static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (full.equals(n) || full.startsWith(n) && n.length() >= 3) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month name: " + name);
  }
}
