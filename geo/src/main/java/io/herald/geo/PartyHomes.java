package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in a legislator's party-and-home tag ("Rep. Wendell Gilliard, D-Charleston", "(R-Ga.)",
 * Minnesota's "DFL-Cook", "R-Marshall —") that nothing else found; a name that is no town's but a
 * county's ("D-Kanawha") is that county.
 */
final class PartyHomes {
  /**
   * The place after the party letter and a hyphen, up to a comma, a closing bracket, a dash or the
   * end of the sentence ("D-McDowell. Earlier").
   */
  private static final Pattern PARTY_HOME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:DFL|[DRI])-([A-Z][\\p{L}.]+(?: [A-Z][\\p{L}.]+)?)"
              + "(?=[,;)]|\\s+[^\\p{L}\\p{N}\\s]|\\.\\s+[A-Z])");

  private final Gazetteer gazetteer;

  PartyHomes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The homes of the article's tags that overlap none of the toponyms {@code found}. */
  List<Toponym> find(ParsedArticle p, List<Toponym> found) {
    List<Toponym> out = new ArrayList<>();
    String text = p.text();
    for (Matcher m = PARTY_HOME.matcher(text); m.find(); ) {
      String words = m.group(1);
      for (String name :
          words.contains(" ") ? List.of(words, words.split(" ")[0]) : List.of(words)) {
        Span span = new Span(m.start(1), m.start(1) + name.length());
        boolean known =
            gazetteer.cities(name).stream().anyMatch(c -> !gazetteer.minor(c))
                || !gazetteer.admin1(name).isEmpty()
                || gazetteer.country(name).isPresent();
        // a legislator's home may be the county of a district named after it ("D-Kanawha"),
        // also where villages elsewhere bear the name (minor towns: Kanawha, Iowa)
        boolean county = !known && !gazetteer.counties(name + " County").isEmpty();
        if ((known || county) && found.stream().noneMatch(o -> o.span().overlaps(span))) {
          out.add(
              new Toponym(
                  ToponymRecognizer.sentenceAt(p, span.start()),
                  span,
                  county ? name + " County" : name,
                  Optional.empty(),
                  "geo.party-home"));
          break;
        }
      }
    }
    return out;
  }
}
