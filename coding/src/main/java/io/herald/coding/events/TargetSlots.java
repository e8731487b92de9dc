package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.Set;

/**
 * PETRARCH writes an event with no actor as target ({@code ---}, when a dyad is not required) only
 * when some noun phrase after the verb fills the target slot: "a senior official said on Saturday"
 * has one ("Saturday", in a phrase), "an official said today" has none (a bare time word is no
 * phrase PETRARCH reads as a noun phrase). Used with PETRARCH dictionaries alone.
 */
final class TargetSlots {
  private TargetSlots() {}

  /** Dependents that fill no slot: punctuation, adverbs, bare time words. */
  private static final Set<String> EMPTY =
      Set.of("punct", "advmod", "obl:tmod", "nmod:tmod", "obl:npmod", "aux", "cop", "mark", "cc");

  /** Whether verb {@code v} has a dependent after it that could fill the target slot. */
  static boolean hasSlot(Sentence s, int v) {
    for (Dependency d : s.childrenOf(v)) {
      if (d.dependent() > v && !EMPTY.contains(d.relation())) {
        return true;
      }
    }
    return false;
  }
}
