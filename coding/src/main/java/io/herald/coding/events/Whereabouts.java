package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.Set;

/**
 * Phrases that say where an act took place, not whom it was done to: "died at a London hospice",
 * "kidnapped in Iraq". A phrase of a locative preposition whose head is a place name, or a common
 * noun a place name modifies ("a London hospice"), names the scene; an actor it names (a capital
 * read as its government, a country) is no target.
 */
final class Whereabouts {
  private Whereabouts() {}

  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "inside", "outside", "across", "throughout", "within", "around");

  private static final Set<String> PLACES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** Whether arc {@code d} (an oblique or modifier) attaches a phrase that names a place. */
  static boolean scene(Sentence s, Dependency d) {
    String[] r = d.relation().split(":", 2);
    if (r.length < 2 || !(r[0].equals("obl") || r[0].equals("nmod")) || !LOCATIVE.contains(r[1])) {
      return false;
    }
    Token head = s.token(d.dependent());
    if (PLACES.contains(head.ner())) {
      return true;
    }
    if (!head.isNoun() || head.isProperNoun()) {
      return false;
    }
    for (Dependency m : s.childrenOf(head.index())) {
      if ((m.relation().equals("compound") || m.relation().equals("amod"))
          && PLACES.contains(s.token(m.dependent()).ner())) {
        return true;
      }
    }
    return false;
  }
}
