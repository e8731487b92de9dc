package io.herald.coding.time;

import io.herald.model.Span;
import io.herald.model.text.Dateline;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions SUTime does not report: the date of a wire dateline ("BRUSSELS, December 2
 * (Xinhua) --", which the analyser blanks so that it is not parsed as a subject), the comparison
 * periods of financial reports ("the year-ago quarter", "year-earlier results", "the latest
 * period"), hyphenated parts of a year or month ("mid-1996", "mid-November"), financial years and
 * seasons ("2005/06", named by the year they start in), "year-end", "year end" and "the near term".
 * Values that depend on context are left empty here and read in text order later.
 */
final class Additions {
  private static final Pattern REPORTING =
      Pattern.compile(
          "(?i)\\b(?:(?:the|its) (?:(?:comparable|corresponding) )?(?:year-ago|year-earlier)"
              + " (?:quarter|period)|(?:year-ago|year-earlier)(?: (?:quarter|period))?"
              + "|the latest (?:quarter|period))\\b");
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("(?i)\\b(?:mid|early|late)-(\\d{4})\\b");
  private static final Pattern PART_OF_MONTH =
      Pattern.compile("(?i)\\b(?:mid|early|late)-(" + Underspecified.MONTHS + ")(?![a-z])");

  /** "2005/06", which SUTime does not read, as a whole word (no date "2005/06/01"). */
  private static final Pattern YEAR_SPAN =
      Pattern.compile("(?<![\\w/-])" + Extents.YEAR_SPAN.pattern() + "(?![\\w/-]|[.,]\\d)");

  private static final Pattern YEAR_END = Pattern.compile("(?i)\\byear-end\\b");

  /**
   * "by year end", "before year's end": TimeML writes the end of a year as that year (with a MOD of
   * END), unlike the day the adjective "year-end" names.
   */
  /** "in the near term": the noun, not the adjective "near-term"; TimeML's FUTURE_REF. */
  private static final Pattern NEAR_TERM =
      Pattern.compile("(?i)\\bthe (?:near|short) term\\b(?!-)");

  private static final Pattern END_OF_YEAR = Pattern.compile("(?i)\\byear(?:'s| ) ?end\\b");

  private static final Pattern DATELINE_DAY =
      Pattern.compile("(?i)\\b(" + Underspecified.MONTHS + ")\\s+(\\d{1,2})\\b");

  private Additions() {}

  /** Expressions of the kinds above that overlap none of {@code found}, in text order. */
  static List<Candidate> find(ParsedArticle p, List<Candidate> found) {
    String text = p.text();
    Optional<LocalDate> date = p.article().date();
    List<Candidate> out = new ArrayList<>();
    Optional<Dateline> dateline = Dateline.find(text);
    if (dateline.isPresent()) {
      Span d = dateline.get().span();
      Matcher m = DATELINE_DAY.matcher(text).region(d.start(), d.end());
      if (m.find()) {
        int month = Underspecified.month(m.group(1)).getValue();
        int day = Integer.parseInt(m.group(2));
        String year = date.map(x -> TimexValues.year(x.getYear())).orElse("XXXX");
        String value = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
        add(p, found, out, m.start(), m.end(), value, "time.dateline");
      }
    }
    Matcher m = REPORTING.matcher(text);
    while (m.find()) {
      add(p, found, out, m.start(), m.end(), "", "time.added");
    }
    m = YEAR_SPAN.matcher(text);
    while (m.find()) {
      if (Extents.consecutive(m)) {
        String year = TimexValues.year(Integer.parseInt(m.group(1)));
        add(p, found, out, m.start(), m.end(), year, "time.year-span");
      }
    }
    m = NEAR_TERM.matcher(text);
    while (m.find()) {
      add(p, found, out, m.start(), m.end(), "FUTURE_REF", "time.near-term");
    }
    m = PART_OF_YEAR.matcher(text);
    while (m.find()) {
      add(p, found, out, m.start(), m.end(), m.group(1), "time.part-of-year");
    }
    if (date.isPresent()) {
      m = PART_OF_MONTH.matcher(text);
      while (m.find()) {
        int month = Underspecified.month(m.group(1).toLowerCase(Locale.ROOT)).getValue();
        add(
            p,
            found,
            out,
            m.start(),
            m.end(),
            TimexValues.month(date.get().getYear(), month),
            "time.part-of-month");
      }
      m = YEAR_END.matcher(text);
      while (m.find()) {
        boolean since =
            text.substring(Math.max(0, m.start() - 6), m.start()).trim().equalsIgnoreCase("since");
        int year = date.get().getYear() - (since ? 1 : 0);
        add(p, found, out, m.start(), m.end(), year + "-12-31", "time.year-end");
      }
      m = END_OF_YEAR.matcher(text);
      while (m.find()) {
        add(
            p,
            found,
            out,
            m.start(),
            m.end(),
            TimexValues.year(date.get().getYear()),
            "time.end-of-year");
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static void add(
      ParsedArticle p,
      List<Candidate> found,
      List<Candidate> out,
      int start,
      int end,
      String value,
      String rule) {
    Span span = new Span(start, end);
    for (Candidate c : found) {
      if (c.span().overlaps(span)) {
        return;
      }
    }
    for (Candidate c : out) {
      if (c.span().overlaps(span)) {
        return;
      }
    }
    out.add(new Candidate(sentenceOf(p, start), span, span.of(p.text()), "DATE", value, rule));
  }

  private static int sentenceOf(ParsedArticle p, int offset) {
    for (Sentence s : p.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
