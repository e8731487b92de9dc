package io.herald.coding.time;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs SUTime's mentions before their values are read. CoreNLP splits one SUTime expression into
 * several entity mentions where NER tags change ("Wednesday" DATE + "night" TIME, both carrying
 * {@code 2000-02-16TNI}) and leaves modifiers apart ("fiscal" + "1989"); SUTime also reports words
 * that are no time expression in TimeML's sense: ages ("6-year-old"), frequency adjectives ("a
 * quarterly dividend"), rates ("$500 million a year"), ordinals ("a second group"), bare unit nouns
 * ("his day in court") and conjunctions between two years.
 */
final class Extents {
  /** Words SUTime reports with their own text as value that belong to the next expression. */
  private static final Set<String> MODIFIERS =
      Set.of("fiscal", "almost", "nearly", "about", "early", "late", "mid", "more", "less");

  /** Single words that are no time expression here. */
  private static final Set<String> NOT_TIMES =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "to",
          "of",
          ",",
          "ended",
          "ending",
          "once",
          "previously",
          "present");

  /** Unit nouns that alone do not say when: "all day", "his year in kindergarten". */
  private static final Set<String> BARE_UNITS =
      Set.of(
          "day", "year", "night", "nights", "hour", "minute", "minutes", "second", "seconds",
          "decades", "month", "week");

  /** Adjectives that describe a noun rather than place it in time: "a quarterly dividend". */
  private static final Set<String> DESCRIPTIVE =
      Set.of("quarterly", "annual", "daily", "weekly", "monthly", "yearly", "future", "past");

  /** "6-year-old", "52 years old", "a 136-year-old institution": ages are not TIMEX3s. */
  private static final Pattern AGE =
      Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");

  /** "a year" after an amount is a rate: "$1.76 a year", "10,000 units a year". */
  private static final Pattern RATE = Pattern.compile("(?i)(a|an|per) (year|month|week|day)");

  /** A year written with a leading zero is a clock time ("0735 GMT"), not year 735. */
  private static final Pattern ZERO_YEAR = Pattern.compile("0\\d{3}");

  /** Plural unit nouns SUTime reads alone when a count before them is unusual for it. */
  private static final Pattern PLURAL_UNIT =
      Pattern.compile("(years|months|weeks|days|hours|minutes)");

  /**
   * The count before a unit noun that SUTime leaves out: "5 1/2 [hours]", "two more [weeks]", "at
   * least 20 more [years]". Group 1 is an optional "at least", 2 the count, 3 "1/2" or "more".
   */
  private static final Pattern COUNT_BEFORE =
      Pattern.compile(
          "(?i)(?:^|[^a-z0-9])((?:at least|about|nearly|almost)\\s+)?("
              + Quantities.WORDS
              + ")[\\s\\u00a0]+(1/2|more)\\s+$");

  /**
   * "the first nine months of 1997": TimeML tags the counted part as a duration and the year as a
   * date of its own. Group 1 is the duration's text, 2 its count, 3 its unit; 4 starts the date.
   */
  private static final Pattern FIRST_OF =
      Pattern.compile(
          "(?i)((?:the )?first ("
              + Quantities.WORDS
              + ") (year|month|week|day|quarter)s?) of (.+)");

  /** "Earlier Friday", "later this week": group 1 is the day or week without the adverb. */
  private static final Pattern EARLIER_DAY =
      Pattern.compile(
          "(?i)(?:earlier|later)\\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day|this week)");

  /** A bare year, which "the ... period" around it turns into a reporting period. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** Nouns after a year that name a period of it: "the 1988 period", "the 1989 quarter". */
  private static final Set<String> PERIOD_NOUNS = Set.of("period", "quarter");

  private Extents() {}

  /** {@code mentions} in text order, merged and filtered. */
  static List<Candidate> repair(ParsedArticle p, List<Candidate> mentions) {
    String text = p.text();
    List<Candidate> merged = new ArrayList<>();
    for (Candidate c : mentions) {
      if (!merged.isEmpty()) {
        Candidate prev = merged.get(merged.size() - 1);
        if (alternatives(text, prev, c)) {
          // "weeks or months": one vague span, valued by its first unit
          Span span = prev.span().union(c.span());
          merged.set(merged.size() - 1, prev.withSpan(span, span.of(text)));
          continue;
        }
        if (mergeable(text, prev, c)) {
          merged.set(merged.size() - 1, merge(text, prev, c));
          continue;
        }
      }
      merged.add(c);
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : split(merged)) {
      Candidate kept = keep(p, c);
      if (kept != null) {
        out.add(kept);
      }
    }
    return out;
  }

  /** {@code mentions} with "the first nine months of 1997" split into a duration and a date. */
  private static List<Candidate> split(List<Candidate> mentions) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : mentions) {
      Matcher m = FIRST_OF.matcher(c.text());
      Optional<Integer> n =
          m.matches() ? Quantities.of(m.group(2).toLowerCase(Locale.ROOT)) : Optional.empty();
      if (n.isEmpty()) {
        out.add(c);
        continue;
      }
      int start = c.span().start();
      Span first = new Span(start, start + m.end(1));
      String unit = m.group(3).toUpperCase(Locale.ROOT).substring(0, 1);
      out.add(
          new Candidate(
              c.sentence(),
              first,
              m.group(1),
              "DURATION",
              "P" + n.get() + unit,
              "time.first-part"));
      Span rest = new Span(start + m.start(4), c.span().end());
      out.add(new Candidate(c.sentence(), rest, m.group(4), c.type(), c.value(), c.rule()));
    }
    return out;
  }

  /** {@code c}, extended to a "that" before it when it has one, or null when it is no TIMEX3. */
  private static Candidate keep(ParsedArticle p, Candidate c) {
    String t = c.text().toLowerCase(Locale.ROOT).strip();
    if (t.isEmpty() || NOT_TIMES.contains(t) || AGE.matcher(t).matches() || tally(t)) {
      return null;
    }
    Matcher years = YEAR_SPAN.matcher(t);
    if (years.matches()) {
      // "in 2010-11", "the 2003-04 season": a financial year or a season, named by the year it
      // starts in, not November 2010
      return consecutive(years)
          ? c.withValue(
              "DATE", TimexValues.year(Integer.parseInt(years.group(1))), "time.year-span")
          : null;
    }
    if (ZERO_YEAR.matcher(t).matches() || echoes(c) && !MODIFIERS.contains(t) && !t.contains("-")) {
      return null;
    }
    Surroundings around = Surroundings.of(p, c.sentence(), c.span());
    List<Token> before = around.before(2);
    List<Token> after = around.after(1);
    String nextPos = after.isEmpty() ? "" : after.get(0).pos();
    if (BARE_UNITS.contains(t)) {
      String prev = around.previousWord();
      if (prev.equals("that") || prev.equals("same")) {
        int start = before.get(before.size() - 1).span().start();
        if (prev.equals("same") && before.size() == 2) {
          String first = before.get(0).word().toLowerCase(Locale.ROOT);
          if (first.equals("that") || first.equals("the")) {
            start = before.get(0).span().start();
          }
        }
        Span span = new Span(start, c.span().end());
        return c.withSpan(span, span.of(p.text()));
      }
      return null;
    }
    if (DESCRIPTIVE.contains(t) && nextPos.startsWith("NN") && !nextPos.startsWith("NNP")) {
      return null;
    }
    if (t.equals("days") && around.previousWord().equals("these")) {
      // TimeML: "these days" is the present, not a duration
      Span span = new Span(before.get(before.size() - 1).span().start(), c.span().end());
      return c.withSpan(span, span.of(p.text()))
          .withValue("DATE", "PRESENT_REF", "time.these-days");
    }
    if (PLURAL_UNIT.matcher(t).matches()
        && before.size() == 2
        && before.get(0).word().equalsIgnoreCase("matter")
        && before.get(1).word().equals("of")) {
      // "a matter of days" says how soon, not how long; TimeML leaves it untagged
      return null;
    }
    if (PLURAL_UNIT.matcher(t).matches() && !around.nextWord().equals("ago")) {
      Candidate counted = counted(p, c, t);
      if (counted != null) {
        return counted;
      }
    }
    if (RATE.matcher(t).matches() && !before.isEmpty()) {
      Token prev = before.get(before.size() - 1);
      if (prev.pos().equals("CD") || prev.word().equals("$") || prev.pos().equals("NNS")) {
        return null;
      }
    }
    Matcher relational = EARLIER_DAY.matcher(c.text());
    if (relational.matches()) {
      // "[earlier] Friday", "[later] this week": the adverb relates events, outside the TIMEX3
      Span span = new Span(c.span().start() + relational.start(1), c.span().end());
      return c.withSpan(span, span.of(p.text()));
    }
    if (t.matches("(?:this |the )?march") && marchNotMonth(c.text().strip(), around)) {
      return null;
    }
    if ((t.equals("annually") || t.equals("yearly")) && !before.isEmpty()) {
      Token prev = before.get(before.size() - 1);
      if (prev.pos().equals("CD") || prev.word().equals("%") || prev.pos().equals("NNS")) {
        // a rate like "a year" after an amount: "grow 8% annually", "5,000 cars annually"
        return null;
      }
    }
    if (DESCRIPTIVE.contains(t) && around.nextWord().equals("of")) {
      // the noun of a dividend: "declared its first quarterly of 10 cents"
      return null;
    }
    if (t.equals("a second") && (nextPos.startsWith("NN") || nextPos.startsWith("JJ"))) {
      return null;
    }
    if (t.endsWith("quarters") && around.nextWord().equals("of")) {
      return null;
    }
    if (YEAR.matcher(t).matches()
        && around.previousWord().equals("the")
        && PERIOD_NOUNS.contains(around.nextWord())) {
      // TimeML takes the whole noun phrase: "in [the 1989 period]", a period of that year
      Span span = new Span(before.get(before.size() - 1).span().start(), after.get(0).span().end());
      return c.withSpan(span, span.of(p.text()));
    }
    return c;
  }

  /**
   * A unit noun with the count SUTime left out before it, or null when there is none: "5 1/2 hours"
   * is {@code PT5H30M}, "two more weeks" {@code P2W}.
   */
  private static Candidate counted(ParsedArticle p, Candidate c, String unit) {
    int from = Math.max(0, c.span().start() - 40);
    Matcher m = COUNT_BEFORE.matcher(p.text().substring(from, c.span().start()));
    if (!m.find()) {
      return null;
    }
    Optional<Integer> n = Quantities.of(m.group(2).toLowerCase(Locale.ROOT));
    if (n.isEmpty()) {
      return null;
    }
    boolean half = m.group(3).equals("1/2");
    String value =
        switch (unit) {
          case "years" -> "P" + n.get() + "Y" + (half ? "6M" : "");
          case "months" -> half ? null : "P" + n.get() + "M";
          case "weeks" -> half ? null : "P" + n.get() + "W";
          case "days" -> "P" + n.get() + "D" + (half ? "T12H" : "");
          case "hours" -> "PT" + n.get() + "H" + (half ? "30M" : "");
          default -> "PT" + n.get() + "M" + (half ? "30S" : "");
        };
    if (value == null) {
      return null;
    }
    int start = from + (m.group(1) != null ? m.start(1) : m.start(2));
    Span span = new Span(start, c.span().end());
    return c.withSpan(span, span.of(p.text())).withValue("DURATION", value, "time.counted");
  }

  /** Two years in a row, the second in two digits: "2010-11", "2005/06". */
  static final Pattern YEAR_SPAN = Pattern.compile("((?:19|20)\\d\\d)[-/](\\d\\d)");

  /** Whether a {@link #YEAR_SPAN} match names two consecutive years, not a year and a month. */
  static boolean consecutive(Matcher yearSpan) {
    int first = Integer.parseInt(yearSpan.group(1));
    return (first + 1) % 100 == Integer.parseInt(yearSpan.group(2));
  }

  private static final Pattern TALLY = Pattern.compile("(\\d{1,3})-(\\d{1,3})");

  /**
   * Whether a hyphenated pair of small numbers is a score or a vote ("the vote was 52-35", "won
   * 3-1"), which SUTime reads as a year: only two years in a row ("the 90-91 season") are dates.
   */
  static boolean tally(String text) {
    Matcher m = TALLY.matcher(text);
    if (!m.matches()) {
      return false;
    }
    boolean twoDigits = m.group(1).length() == 2 && m.group(2).length() == 2;
    return !(twoDigits && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2)));
  }

  /**
   * Whether "march" is the noun: news capitalises the month, so a lower-case "march" is a
   * demonstration ("arrested at this march"), and so is a capitalised one after "the" that a name
   * follows ("the annual March for Life", "the March of the Mothers").
   */
  private static boolean marchNotMonth(String text, Surroundings around) {
    if (Character.isLowerCase(text.charAt(text.length() - 5))) {
      return true;
    }
    String prev = around.previousWord();
    String next = around.nextWord();
    return (prev.equals("the") || prev.equals("annual") || prev.equals("``"))
        && (next.equals("of") || next.equals("for"));
  }

  /** Whether SUTime's text echo stands for "no value" ({@code "fiscal "} for "fiscal"). */
  static boolean echoes(Candidate c) {
    return !c.value().isEmpty()
        && c.value().strip().equalsIgnoreCase(c.text().strip())
        && !c.value().equals(c.value().strip());
  }

  /**
   * Whether two bare unit nouns are joined by "or" or "and": "weeks or months", "days and weeks".
   */
  private static boolean alternatives(String text, Candidate a, Candidate b) {
    if (a.sentence() != b.sentence() || a.span().end() > b.span().start()) {
      return false;
    }
    String gap = text.substring(a.span().end(), b.span().start()).strip();
    return (gap.equals("or") || gap.equals("and"))
        && PLURAL_UNIT.matcher(a.text().strip().toLowerCase(Locale.ROOT)).matches()
        && PLURAL_UNIT.matcher(b.text().strip().toLowerCase(Locale.ROOT)).matches();
  }

  private static boolean mergeable(String text, Candidate a, Candidate b) {
    if (a.sentence() != b.sentence() || a.span().end() > b.span().start()) {
      return false;
    }
    String gap = text.substring(a.span().end(), b.span().start());
    if (!gap.isBlank()) {
      return false;
    }
    if (echoes(a) && MODIFIERS.contains(a.text().toLowerCase(Locale.ROOT).strip())) {
      return true;
    }
    if (b.text().equals("Day") && Character.isUpperCase(a.text().charAt(0))) {
      return true;
    }
    return !a.value().isEmpty() && a.value().equals(b.value()) && !echoes(a);
  }

  private static Candidate merge(String text, Candidate a, Candidate b) {
    Span span = a.span().union(b.span());
    if (b.text().equals("Day")) {
      return a.withSpan(span, span.of(text));
    }
    String type =
        !echoes(a) && (a.type().equals("TIME") || b.type().equals("TIME")) ? "TIME" : b.type();
    return new Candidate(a.sentence(), span, span.of(text), type, b.value(), b.rule());
  }
}
