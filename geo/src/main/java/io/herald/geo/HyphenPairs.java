package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two towns joined by a hyphen into one word ("Fargo-Moorhead", "Plainview-Elgin"), which the
 * tokenizer keeps whole: each is a toponym of its own when the gazetteer knows both as towns and
 * the whole as no place.
 */
final class HyphenPairs {
  private static final Pattern PAIR =
      Pattern.compile(
          "([A-Z][\\p{L}.']+(?: [A-Z][\\p{L}.']+)?)-([A-Z][\\p{L}.']+(?: [A-Z][\\p{L}.']+)?)");

  private final Gazetteer gazetteer;

  HyphenPairs(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Splits the toponyms of {@code found} that are hyphenated town pairs: {@code found} loses each
   * whole pair, and its two towns are returned.
   */
  List<Toponym> split(ParsedArticle p, List<Toponym> found) {
    List<Toponym> out = new ArrayList<>();
    List<Toponym> whole = new ArrayList<>();
    for (Toponym t : found) {
      Matcher m = PAIR.matcher(t.text());
      if (t.known().isPresent()
          || !m.matches()
          || known(t.text())
          || !town(m.group(1))
          || !town(m.group(2))) {
        continue;
      }
      Span span = t.span();
      whole.add(t);
      out.add(
          new Toponym(
              t.sentence(),
              new Span(span.start(), span.start() + m.end(1)),
              m.group(1),
              Optional.empty(),
              "geo.hyphen-pair"));
      out.add(
          new Toponym(
              t.sentence(),
              new Span(span.start() + m.start(2), span.end()),
              m.group(2),
              Optional.empty(),
              "geo.hyphen-pair"));
    }
    found.removeAll(whole);
    return out;
  }

  private boolean town(String name) {
    return !gazetteer.cities(name).isEmpty() && !PlaceWords.generic(Gazetteer.key(name));
  }

  /** Whether the whole word names a place already ("Wilkes-Barre", "Guinea-Bissau"). */
  private boolean known(String word) {
    return !gazetteer.cities(word).isEmpty()
        || !gazetteer.admin1(word).isEmpty()
        || gazetteer.country(word).isPresent()
        || gazetteer.feature(word).isPresent();
  }
}
