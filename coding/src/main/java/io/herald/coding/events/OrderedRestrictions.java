package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.xcompGovernor;
import static io.herald.coding.events.Participants.actorsOf;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The government ordered the newspaper to suspend publication": a restriction (CAMEO 17) that
 * someone is ordered or forced to impose on itself is imposed by whoever gave the order, on the
 * party ordered. The paper does not censor itself; the government censors it.
 */
final class OrderedRestrictions {
  private OrderedRestrictions() {}

  /** Verbs of command whose object carries out the infinitive under compulsion. */
  private static final Set<String> COMMANDS = Set.of("order", "force", "compel");

  /** CAMEO's root of coercion: restrictions, arrests, seizures. */
  private static final String COERCE = "17";

  /**
   * {@code d} as the act of the commanding subject against the commanded object when {@code d} is a
   * coercion whose doer is the object of a command verb it is the open complement of.
   */
  static EventDraft asOrderersAct(Sentence s, EventDraft d, ActorTable actors) {
    if (!d.code().root().equals(COERCE) || d.clauseVerb() < 0 || !d.targets().isEmpty()) {
      return d;
    }
    Optional<Integer> governor = xcompGovernor(s, d.clauseVerb());
    if (governor.isEmpty()) {
      return d;
    }
    int g = governor.get();
    if (!COMMANDS.contains(lower(s.token(g).lemma()))) {
      return d;
    }
    List<Integer> commanded = s.children(g, "obj");
    if (commanded.isEmpty() || !s.children(d.clauseVerb(), "nsubj:xsubj").containsAll(commanded)) {
      return d;
    }
    List<ActorTable.Draft> orderers = actorsOf(s, s.children(g, "nsubj"), actors);
    List<ActorTable.Draft> ordered = actorsOf(s, commanded, actors);
    if (orderers.isEmpty() || ordered.isEmpty() || !ordered.containsAll(d.sources())) {
      return d;
    }
    return d.withSides(orderers, ordered, ".ordered");
  }
}
