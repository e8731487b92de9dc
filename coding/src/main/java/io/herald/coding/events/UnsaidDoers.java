package io.herald.coding.events;

import static io.herald.coding.events.Clauses.relationChildren;

import io.herald.coding.actors.ActorTable;
import io.herald.model.ActorKind;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Acts whose doer the clause leaves unsaid but the dictionary or the place tells: an explosion that
 * killed (the pattern names the cause, there is no doer), an arrest in a country (its authorities).
 */
final class UnsaidDoers {
  private UnsaidDoers() {}

  /**
   * CAMEO roots of acts only a state's authorities do: investigate (09) and coerce (17: arrest,
   * detain, expel, seize).
   */
  private static final Set<String> AUTHORITY_ROOTS = Set.of("09", "17");

  static boolean byAuthorities(
      List<EventLexicon.VerbPattern> patterns, Optional<PetrarchVerbDictionary.Match> petrarch) {
    if (petrarch.isPresent()) {
      return AUTHORITY_ROOTS.contains(petrarch.get().code().root());
    }
    return !patterns.isEmpty()
        && patterns.stream().allMatch(p -> AUTHORITY_ROOTS.contains(p.code().root()));
  }

  /**
   * "A missionary was arrested in Lebanon", "put under investigation in Italy": an arrest or an
   * investigation whose doer the passive leaves unsaid is the act of the country it took place in,
   * as PLOVER's coders place it; only a country named as such (not a group of it) counts.
   */
  static List<ActorTable.Draft> countriesWhere(Sentence s, int v, ActorTable actors) {
    List<ActorTable.Draft> out = new ArrayList<>();
    for (int place : relationChildren(s, v, "obl:in")) {
      for (ActorTable.Draft d : actors.at(s.index(), place)) {
        if (d.kind() == ActorKind.COUNTRY
            && d.sector().isEmpty()
            && d.code().value().length() == 3) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /**
   * Whether the dictionary pattern's words before the verb name the verb's subject: "EXPLOSION" of
   * "- EXPLOSION *" for "a minefield explosion killed". A verb's default code names nothing.
   */
  static boolean patternNamesSubject(
      PetrarchVerbDictionary.Match m, Sentence s, List<Integer> subjects) {
    int colon = m.rule().indexOf(':');
    int star = m.rule().indexOf('*', Math.max(colon, 0));
    if (colon < 0 || star < 0) {
      return false;
    }
    Set<String> before = new HashSet<>();
    for (String w : m.rule().substring(colon + 1, star).split("[^A-Za-z_-]+")) {
      if (!w.isEmpty()) {
        before.add(w.toUpperCase(Locale.ROOT));
      }
    }
    for (int subject : subjects) {
      Token t = s.token(subject);
      if (before.contains(t.word().toUpperCase(Locale.ROOT))
          || before.contains(t.lemma().toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
