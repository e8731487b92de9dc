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
      Set.of("ago", "earlier", "later", "before", "after", "afterward");

  /**
   * The article's time expressions in text order with ids {@code t1, t2, ...}; spans are character
   * offsets into the article text.
   */
  public List<TimeExpression> normalize(ParsedArticle p) {
    Optional<LocalDate> articleDate = p.article().date();
    List<Candidate> candidates = new ArrayList<>();
    for (TimeMention m : p.times()) {
      candidates.add(
          new Candidate(m.sentence(), m.span(), m.text(), m.type(), m.value(), Candidate.SUTIME));
    }
    candidates.sort(Comparator.comparing(Candidate::span));
    Relative relative = new Relative();
    List<TimeExpression> out = new ArrayList<>();
    List<Candidate> repaired = new ArrayList<>(Extents.repair(p, candidates));
    repaired.addAll(Additions.find(p, repaired));
    repaired.sort(Comparator.comparing(Candidate::span));
    for (Candidate c : repaired) {
      Surroundings around = Surroundings.of(p, c.sentence(), c.span());
      String phrase = c.text().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
      List<Token> next = around.after(1);
      if (!next.isEmpty()
          && RELATION_WORDS.contains(around.nextWord())
          && !RELATION_WORDS.contains(phrase.substring(phrase.lastIndexOf(' ') + 1))) {
        phrase = phrase + " " + around.nextWord();
      }
      Tense tense = around.tense(c.span());
      Optional<Candidate> r = relative.resolve(c, phrase, tense, articleDate);
      if (r.isEmpty() && articleDate.isPresent()) {
        r = Underspecified.resolve(c, phrase, tense, articleDate.get());
      }
      Candidate resolved = Formats.rewrite(r.orElse(c));
      if (r.isPresent() && phrase.length() > c.text().length() && !next.isEmpty()) {
        // the value read "ago" or "later" after the span: the expression includes it
        Span span = resolved.span().union(next.get(0).span());
        resolved =
            new Candidate(
                resolved.sentence(),
                span,
                span.of(p.text()),
                resolved.type(),
                resolved.value(),
                resolved.rule());
      }
      relative.remember(resolved, phrase);
      if (resolved.value().isEmpty() || Extents.echoes(resolved)) {
        // neither SUTime nor a rule could read it: not an expression Herald can stand behind
        continue;
      }
      out.add(
          new TimeExpression(
              "t" + (out.size() + 1),
              resolved.text(),
              resolved.span(),
              resolved.type(),
              resolved.value(),
              new Evidence(resolved.sentence(), resolved.span(), resolved.rule())));
    }
    return out;
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
