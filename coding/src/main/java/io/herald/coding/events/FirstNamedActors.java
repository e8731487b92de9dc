package io.herald.coding.events;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.List;

/**
 * PETRARCH codes a noun phrase by the first actor its words name: "the evil Arnor awful Gondor" is
 * Arnor, "Arnor's Elrond" is Arnor. Herald's actor coder takes the head ("Gondor", "Elrond"), which
 * is the better reading of real news ("Russia's Putin" is Putin), so this applies only when
 * PETRARCH dictionaries are used alone, and only where the earlier name is of another country than
 * the head's actor (an agent composed from its modifier, "Gondor's army", keeps its code).
 */
final class FirstNamedActors {
  private FirstNamedActors() {}

  /** Makes each such head refer to the actors of the first name before it in its phrase. */
  static void apply(ParsedArticle p, ActorTable actors) {
    for (Sentence s : p.sentences()) {
      for (int t = 0; t < s.tokens().size(); t++) {
        List<ActorTable.Draft> own = actors.at(s.index(), t);
        if (own.isEmpty()) {
          continue;
        }
        for (Dependency d : s.childrenOf(t)) {
          String r = d.relation();
          if (d.dependent() >= t || !(r.equals("compound") || r.equals("nmod:poss"))) {
            continue;
          }
          List<ActorTable.Draft> first = actors.at(s.index(), d.dependent());
          if (!first.isEmpty() && otherCountry(first, own)) {
            actors.refer(s.index(), t, first);
            break;
          }
        }
      }
    }
  }

  /** Whether no actor of {@code a} shares a country with an actor of {@code b}. */
  private static boolean otherCountry(List<ActorTable.Draft> a, List<ActorTable.Draft> b) {
    for (ActorTable.Draft x : a) {
      if (x.country().isEmpty()) {
        return false;
      }
      for (ActorTable.Draft y : b) {
        if (y.country().isEmpty() || x.country().equals(y.country())) {
          return false;
        }
      }
    }
    return true;
  }
}
