package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.xcompGovernor;
import static io.herald.coding.events.Participants.targetsOf;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Infinitives of purpose, whose doer is the subject of the verb they hang on although the parser
 * gives them that verb's object as their subject: "the minister summoned the envoy to complain"
 * (the minister complains, to the envoy), "the president has taken steps to ease censorship" (the
 * president eases it). Object-control verbs ("urged the envoy to leave", "ordered the paper to
 * close") are no such verbs: there the object does act.
 */
final class PurposeClauses {
  private PurposeClauses() {}

  /**
   * Verbs whose object is called to hear what the subject comes to do: the infinitive is the
   * subject's act, aimed at the object.
   */
  private static final Set<String> SUMMONING = Set.of("summon");

  /**
   * Verbs whose object is the means of the subject's act ("took steps to", "made efforts to"): the
   * infinitive is the subject's act; the object is no actor.
   */
  private static final Set<String> UNDERTAKING = Set.of("take", "make");

  /**
   * The subject of infinitive {@code verb} whose parsed subject {@code xsubj} is the object of a
   * summoning or undertaking verb: that verb's subjects. Otherwise {@code xsubj} itself.
   */
  static List<Integer> doers(Sentence s, int verb, int xsubj, ActorTable actors) {
    return governor(s, verb, xsubj, actors)
        .map(g -> s.children(g, "nsubj"))
        .filter(subjects -> !subjects.isEmpty())
        .orElse(List.of(xsubj));
  }

  /**
   * {@code d} aimed at the object of the summoning verb its infinitive hangs on, when it has no
   * target of its own: "summoned the envoy to complain" is a complaint to the envoy.
   */
  static EventDraft aimed(Sentence s, EventDraft d, ActorTable actors) {
    if (!d.targets().isEmpty() || d.clauseVerb() < 0) {
      return d;
    }
    for (int xsubj : s.children(d.clauseVerb(), "nsubj:xsubj")) {
      Optional<Integer> g = governor(s, d.clauseVerb(), xsubj, actors);
      if (g.isPresent() && SUMMONING.contains(lower(s.token(g.get()).lemma()))) {
        List<ActorTable.Draft> targets = targetsOf(s, List.of(xsubj), actors);
        targets = targets.stream().filter(t -> !d.sources().contains(t)).toList();
        return targets.isEmpty() ? d : d.withTargets(targets, "+summoned-target");
      }
    }
    return d;
  }

  /**
   * The summoning or undertaking verb of which infinitive {@code verb} is the open complement and
   * {@code xsubj} the object; an undertaking's object must be no actor ("took steps", not "took the
   * envoy").
   */
  private static Optional<Integer> governor(Sentence s, int verb, int xsubj, ActorTable actors) {
    Optional<Integer> governor = xcompGovernor(s, verb);
    if (governor.isEmpty()) {
      return Optional.empty();
    }
    int g = governor.get();
    if (!s.token(g).isVerb() || !s.children(g, "obj").contains(xsubj)) {
      return Optional.empty();
    }
    String lemma = lower(s.token(g).lemma());
    boolean summoning = SUMMONING.contains(lemma);
    boolean undertaking = UNDERTAKING.contains(lemma) && !actors.isMarked(s.index(), xsubj);
    return summoning || undertaking ? Optional.of(g) : Optional.empty();
  }
}
