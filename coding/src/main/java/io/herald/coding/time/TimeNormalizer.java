package io.herald.coding.time;

import io.herald.model.Evidence;
import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.TimeMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises time expressions against the article date. SUTime's values are kept except where news
 * style says otherwise: a bare weekday in a news story means the most recent such day up to the
 * article date ("told reporters Tuesday"), unless marked "next" or said of the future.
 */
public final class TimeNormalizer {
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)\\b(?:(next|last|this|coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The article's time expressions, normalised, with ids {@code t1, t2, ...}. */
  public List<TimeExpression> normalize(ParsedArticle p) {
    Optional<LocalDate> articleDate = p.article().date();
    List<TimeExpression> out = new ArrayList<>();
    for (TimeMention m : p.times()) {
      String value = m.value();
      String rule = "time.sutime";
      Matcher w = WEEKDAY.matcher(m.text());
      if (articleDate.isPresent()
          && w.find()
          && m.text().strip().length() <= w.group().length() + 4) {
        DayOfWeek day = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
        String modifier = w.group(1) == null ? "" : w.group(1).toLowerCase(Locale.ROOT);
        boolean future = modifier.equals("next") || modifier.equals("coming") || futureTense(p, m);
        LocalDate d =
            future
                ? articleDate.get().with(TemporalAdjusters.next(day))
                : articleDate.get().with(TemporalAdjusters.previousOrSame(day));
        if (!d.toString().equals(value)) {
          rule = future ? "time.weekday-future" : "time.weekday-past";
        }
        value = d.toString();
      }
      out.add(
          new TimeExpression(
              "t" + (out.size() + 1),
              m.text(),
              m.span(),
              m.type(),
              value,
              new Evidence(m.sentence(), m.span(), rule)));
    }
    return out;
  }

  /** A calendar date for a normalised value, when it names one day. */
  public static Optional<LocalDate> dayOf(String value) {
    if (!FULL_DATE.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** "will meet on Monday": a modal will/shall or "to" before the expression in its sentence. */
  private static boolean futureTense(ParsedArticle p, TimeMention m) {
    if (m.sentence() < 0 || m.sentence() >= p.sentences().size()) {
      return false;
    }
    Sentence s = p.sentences().get(m.sentence());
    for (var t : s.tokens()) {
      if (t.span().start() >= m.span().start()) {
        break;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD") && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
        return true;
      }
    }
    return false;
  }
}
