package io.herald.coding.events;

import io.herald.model.Modality;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "X tried to break into Y's military networks", "militants attempted to assassinate the prime
 * minister": a coercive or violent act someone has tried is an act made, failed or not, and event
 * coders record it as the act (an attempted assassination is an assault), not as a stated
 * intention. Only past attempts ("tried", "has tried") count: "will try to" is still an intention.
 */
final class Attempts {
  private Attempts() {}

  private static final Set<String> ATTEMPT_VERBS = Set.of("try", "attempt");

  /** CAMEO roots of coercion and force, whose attempts are acts. */
  private static final Set<String> FORCEFUL_ROOTS = Set.of("17", "18", "19", "20");

  /** Past-tense tags: "tried", "has tried", "had attempted". */
  private static final Set<String> PAST = Set.of("VBD", "VBN");

  /** The draft as an asserted act when it is a forceful act its doer tried; else itself. */
  static EventDraft asAct(Sentence s, EventDraft d) {
    if (d.modality() != Modality.INTENDED
        || d.negated()
        || !FORCEFUL_ROOTS.contains(d.code().root())) {
      return d;
    }
    int trigger = s.tokenAt(d.trigger().end() - 1);
    Optional<Dependency> head = trigger < 0 ? Optional.empty() : s.headOf(trigger);
    if (head.isEmpty()
        || head.get().governor() < 0
        || !head.get().baseRelation().equals("xcomp")
        || !ATTEMPT_VERBS.contains(s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))
        || !PAST.contains(s.token(head.get().governor()).pos())) {
      return d;
    }
    return new EventDraft(
        d.code(),
        d.reverse(),
        d.sources(),
        d.targets(),
        d.reciprocal(),
        d.sentence(),
        d.clauseVerb(),
        d.trigger(),
        false,
        Modality.ASSERTED,
        d.rule() + ".attempt",
        d.plover());
  }
}
