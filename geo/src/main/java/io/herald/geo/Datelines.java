package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.Dateline;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of a story's datelines: the wire dateline that opens the text ("TOKYO (Kyodo) —"), and
 * one that opens the body after a headline ("Clinton couple faces drug counts. CLINTON — A town
 * couple..."). Other recognisers leave a dateline's tokens alone ({@link #inDateline}).
 */
final class Datelines {
  /** A dateline's name in capitals, then an optional state or date, and a dash. */
  private static final Pattern INNER_DATELINE =
      Pattern.compile(
          "([A-Z][A-Za-z.']*[A-Z][A-Z.']*(?: [A-Z][A-Z.'\\-]+){0,3})(?:,[^()\\n—–]{1,40})?"
              + "(?:\\s*\\([^)\\n]{1,40}\\))?\\s*(?:—|–|-{2,3})\\s+");

  /** How many sentences after the headline may open with a dateline. */
  private static final int INNER_DATELINE_SENTENCES = 2;

  private final Gazetteer gazetteer;

  Datelines(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The toponyms of the opening dateline {@code first}, if any, and of an inner one. */
  List<Toponym> find(ParsedArticle p, Optional<Dateline> first) {
    List<Toponym> out = new ArrayList<>();
    String text = p.text();
    first.ifPresent(
        d ->
            out.add(
                new Toponym(
                    -1,
                    d.place(),
                    titleCase(d.place().of(text)),
                    Optional.empty(),
                    "geo.dateline")));
    out.addAll(inner(p, first));
    return out;
  }

  /**
   * A dateline that opens the story's body after its headline, when the gazetteer knows the name as
   * a place.
   */
  private List<Toponym> inner(ParsedArticle p, Optional<Dateline> first) {
    List<Toponym> out = new ArrayList<>();
    String text = p.text();
    for (Sentence s : p.sentences()) {
      if (s.index() < 1 || s.index() > INNER_DATELINE_SENTENCES) {
        continue;
      }
      Matcher m = INNER_DATELINE.matcher(text);
      m.region(s.span().start(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Span span = new Span(m.start(1), m.end(1));
      String name = titleCase(span.of(text));
      if (!inDateline(first, span)
          && (!gazetteer.cities(name).isEmpty()
              || !gazetteer.admin1(name).isEmpty()
              || gazetteer.country(name).isPresent())) {
        out.add(new Toponym(s.index(), span, name, Optional.empty(), "geo.dateline"));
      }
    }
    return out;
  }

  /** Whether {@code span} overlaps the opening dateline {@code d}. */
  static boolean inDateline(Optional<Dateline> d, Span span) {
    return d.isPresent() && d.get().span().overlaps(span);
  }

  /** "NEW YORK" as "New York". */
  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char ch : upper.toCharArray()) {
      b.append(start ? ch : Character.toLowerCase(ch));
      start = ch == ' ' || ch == '-';
    }
    return b.toString();
  }
}
