package io.herald.coding.time;

import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.TimeMention;
import io.herald.model.text.Token;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises time expressions against the article date, starting from SUTime's and correcting it
 * where news style and TimeML say otherwise: underspecified dates ("Friday", "in March", "the third
 * quarter") are placed by the tense of their clause rather than nearest to the article date.
 *
 * <p>Nothing is invented: without an article date, relative expressions keep SUTime's unresolved
 * forms ({@code XXXX-WXX-5}). Stateless; safe to call from several threads.
 */
public final class TimeNormalizer {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

  /** Words after a span that belong to its meaning: "a year [ago]", "a day [later]". */
  private static final Set<String> RELATION_WORDS =
      Set.of("ago", "earlier", "later", "before", "after", "afterward", "ended", "ending", "to");

  /** Of those, the ones TimeML counts as part of the expression: "a year ago", not "ended". */
  private static final Set<String> INCLUDED_WORDS =
      Set.of("ago", "earlier", "later", "before", "after", "afterward");

  /**
   * Prepositions that TimeML tags as a SIGNAL, outside the TIMEX3, when an object follows them:
   * "[13 days] after the bombings", but "[a week before]." and "[a day after]," as adverbs.
   */
  private static final Set<String> SIGNALS = Set.of("before", "after");

  /**
   * The article's time expressions in text order with ids {@code t1, t2, ...}; spans are character
   * offsets into the article text.
   */
  public List<TimeExpression> normalize(ParsedArticle p) {
    List<Candidate> candidates = new ArrayList<>();
    for (TimeMention m : p.times()) {
      candidates.add(
          new Candidate(m.sentence(), m.span(), m.text(), m.type(), m.value(), Candidate.SUTIME));
    }
    candidates.sort(Comparator.comparing(Candidate::span));
    List<Candidate> repaired = new ArrayList<>(Extents.repair(p, candidates));
    repaired.addAll(Additions.find(p, repaired));
    repaired.sort(Comparator.comparing(Candidate::span));
    Relative relative = new Relative();
    List<TimeExpression> out = new ArrayList<>();
    for (Candidate c : repaired) {
      Candidate r = resolve(p, c, relative);
      if (r.value().isEmpty() || Extents.echoes(r)) {
        // neither SUTime nor a rule could read it: not an expression Herald can stand behind
        continue;
      }
      out.add(
          new TimeExpression(
              "t" + (out.size() + 1),
              r.text(),
              r.span(),
              r.type(),
              r.value(),
              new Evidence(r.sentence(), r.span(), r.rule())));
    }
    return out;
  }

  /**
   * The value of one expression: rules relative to other times first, then underspecified calendar
   * dates (only with an article date), else SUTime's value, rewritten in TIMEX3's forms.
   */
  private static Candidate resolve(ParsedArticle p, Candidate c, Relative relative) {
    Optional<LocalDate> articleDate = p.article().date();
    Surroundings around = Surroundings.of(p, c.sentence(), c.span());
    String phrase = c.text().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    Tense tense = around.tense(c.span());
    Optional<Candidate> r = Optional.empty();
    String next = around.nextWord();
    boolean extended = false;
    if (RELATION_WORDS.contains(next)) {
      // "a year [ago]", "a day [later]", "the year [ended]": the value depends on the next word
      r = relative.resolve(c, phrase + " " + next, tense, articleDate);
      if (r.isPresent()) {
        phrase = phrase + " " + next;
        extended = INCLUDED_WORDS.contains(next) && !(SIGNALS.contains(next) && hasObject(around));
      }
    }
    if (r.isEmpty()) {
      r = relative.resolve(c, phrase, tense, articleDate);
    }
    if (r.isEmpty() && articleDate.isPresent()) {
      r = Underspecified.resolve(c, phrase, tense, around.clauseTense(c.span()), articleDate.get());
    }
    Candidate resolved = Formats.rewrite(r.orElse(c));
    if (extended) {
      Span span = resolved.span().union(around.after(1).get(0).span());
      resolved = resolved.withSpan(span, span.of(p.text()));
    } else {
      resolved = yearAgoQuarter(p, around, resolved);
    }
    relative.remember(resolved, phrase, articleDate);
    return resolved;
  }

  /** Whether the word after the expression's next word starts a phrase ("after [the] attack"). */
  private static boolean hasObject(Surroundings around) {
    List<Token> after = around.after(2);
    if (after.size() < 2) {
      return false;
    }
    String w = after.get(1).word();
    return Character.isLetterOrDigit(w.charAt(0)) || w.equals("$");
  }

  /** "the year-ago third quarter": SUTime reads "third quarter"; the quarter is a year earlier. */
  private static Candidate yearAgoQuarter(ParsedArticle p, Surroundings around, Candidate c) {
    String previous = around.previousWord();
    if (!previous.equals("year-ago") && !previous.equals("year-earlier")) {
      return c;
    }
    Matcher q = TimexValues.QUARTER.matcher(c.value());
    if (!q.matches()) {
      return c;
    }
    List<Token> before = around.before(2);
    Token first = before.get(before.size() - 1);
    if (before.size() == 2 && before.get(0).pos().equals("DT")) {
      first = before.get(0);
    }
    Span span = new Span(first.span().start(), c.span().end());
    String value =
        TimexValues.quarter(Integer.parseInt(q.group(1)) - 1, Integer.parseInt(q.group(2)));
    return c.withSpan(span, span.of(p.text())).withValue(value, "time.year-before");
  }

  /**
   * The calendar day a normalised value names: {@code 2024-10-02}, also with a time of day ({@code
   * 2024-10-02TNI}, {@code 2024-10-02T10:35}); empty for months, weeks, durations and the like.
   */
  public static Optional<LocalDate> dayOf(String value) {
    if (!FULL_DATE.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
