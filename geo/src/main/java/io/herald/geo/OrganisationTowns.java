package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.Dateline;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cities named inside the name of an organisation, which the tagger takes whole: "Children's
 * Hospital of Pittsburgh", "the Nashville Film Festival", "Vancouver Coastal Health Authority",
 * "the Gold Coast of Australia". Only a city of at least {@link #MIN_POPULATION} people counts,
 * called so by its own name (not one of GeoNames' alternate names), whose name is rarely anything
 * else, and only inside a longer name: an organisation called by a city's name alone is a team or a
 * government ("Pittsburgh beat Cleveland").
 */
final class OrganisationTowns {
  static final long MIN_POPULATION = 100_000;

  private static final String ORGANIZATION = "ORGANIZATION";

  /** The longest city name, in tokens. */
  private static final int MAX_TOKENS = 3;

  private final Gazetteer gazetteer;

  OrganisationTowns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The cities inside the organisations of sentence {@code s}, which they then take. */
  List<Toponym> find(Sentence s, String text, TakenTokens taken, Optional<Dateline> dateline) {
    List<Toponym> out = new ArrayList<>();
    int n = s.tokens().size();
    int i = 0;
    while (i < n) {
      if (!s.token(i).ner().equals(ORGANIZATION)) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < n && s.token(end + 1).ner().equals(ORGANIZATION)) {
        end++;
      }
      for (int from = i; from <= end; from++) {
        for (int to = Math.min(end, from + MAX_TOKENS - 1); to >= from; to--) {
          if (from == i && to == end || !free(s, from, to, taken)) {
            continue;
          }
          Span span = s.spanOf(from, to);
          String name = span.of(text);
          if (gazetteer.cities(name).isEmpty() || attached(text, span)) {
            continue;
          }
          // the longest town's name wins, however small: "New London", not London
          if (bigCity(name) && !Datelines.inDateline(dateline, span)) {
            out.add(new Toponym(s.index(), span, name, Optional.empty(), "geo.organisation-town"));
            taken.mark(span);
          }
          from = to;
          break;
        }
      }
      i = end + 1;
    }
    return out;
  }

  /**
   * Whether the name follows a party's letter and a hyphen ("R-London"), a legislator's home that
   * {@link PartyHomes} reads.
   */
  private static boolean attached(String text, Span span) {
    int at = span.start();
    return at >= 2
        && text.charAt(at - 1) == '-'
        && Character.isUpperCase(text.charAt(at - 2))
        && (at == 2 || !Character.isLetter(text.charAt(at - 3)));
  }

  private boolean bigCity(String name) {
    // "Union" in "European Union" names no town; nor does "Drug" in "the Food and Drug
    // Administration", though GeoNames gives it to Durg as an alternate name: a town inside an
    // organisation's name must bear the name as its own
    String key = Gazetteer.key(name);
    return !PlaceWords.generic(key)
        && !PlaceWords.featureWord(name)
        && gazetteer.country(name).isEmpty()
        && gazetteer.cities(name).stream()
            .anyMatch(c -> c.population() >= MIN_POPULATION && ownName(c.name(), key));
  }

  /** Whether {@code key} is the town's own name, as written or as news writes it ("St. Paul"). */
  private static boolean ownName(String own, String key) {
    return Gazetteer.key(own).equals(key)
        || NameForms.writtenForms(own).stream().anyMatch(f -> Gazetteer.key(f).equals(key));
  }

  /** Whether tokens {@code from..to} are free and capitalised. */
  private static boolean free(Sentence s, int from, int to, TakenTokens taken) {
    for (int k = from; k <= to; k++) {
      Token t = s.token(k);
      if (taken.at(k) || t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
