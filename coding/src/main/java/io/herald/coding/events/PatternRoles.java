package io.herald.coding.events;

import static io.herald.coding.events.Participants.actorsOf;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The source and target a PETRARCH verb pattern places by position where its placement departs from
 * the default reading (source the subject, target the object): a source marked after the verb
 * ("{@code + * FROM $}": "was freed from Barad-dur"), a target marked before it ("{@code + WAS *
 * DEAD IN $}", "{@code NOTED + *}"), or a target after words or phrases the pattern names or skips
 * ("{@code * IFTAR IN ^ +}", "{@code * THEIR ^ ABOUT +}": not "their Ent populations" but what
 * follows "about"). A target placed before the verb without a placed source takes as source the
 * subject of the verb or of a clause above it that stands before the target ("Gondor's minister
 * noted that Mordor regretted": Gondor's minister on Mordor), else the actor right before the
 * target.
 *
 * @param sources the placed source, when the pattern places one and an actor stands there
 * @param targets the placed target, likewise
 */
record PatternRoles(
    Optional<List<ActorTable.Draft>> sources, Optional<List<ActorTable.Draft>> targets) {

  /** Head relations of words that modify a later noun inside its phrase ("Ithilen's palace"). */
  private static final Set<String> PHRASE_MODIFIERS =
      Set.of("compound", "flat", "amod", "nummod", "det", "nmod:poss", "case", "advmod");

  static PatternRoles of(Sentence s, int verb, PetrarchVerbDictionary.Match m, ActorTable actors) {
    Optional<List<ActorTable.Draft>> sources = Optional.empty();
    Optional<List<ActorTable.Draft>> targets = Optional.empty();
    int targetToken = -1;
    for (ActorSlot slot : m.slots()) {
      if (slot.source() && slot.afterVerb()) {
        sources = after(s, slot, actors).map(t -> actorsOf(s, List.of(t), actors));
      } else if (!slot.source()
          && (!slot.afterVerb() || slot.skips() > 0 || slot.anchor() != verb)) {
        Optional<Integer> t = slot.afterVerb() ? after(s, slot, actors) : before(s, slot, actors);
        if (t.isPresent()) {
          targets = Optional.of(actorsOf(s, List.of(t.get()), actors));
          targetToken = slot.afterVerb() ? -1 : t.get();
        }
      }
    }
    if (sources.isEmpty() && targetToken >= 0) {
      sources = subjectAbove(s, verb, targetToken, targets.get(), actors);
    }
    if (sources.isEmpty() && targetToken >= 0) {
      Set<ActorTable.Draft> target = new HashSet<>(targets.get());
      for (int i = targetToken - 1; i >= 0; i--) {
        List<ActorTable.Draft> here = actors.at(s.index(), i);
        if (!here.isEmpty() && here.stream().noneMatch(target::contains)) {
          sources = Optional.of(actorsOf(s, List.of(i), actors));
          break;
        }
      }
    }
    return new PatternRoles(sources.filter(l -> !l.isEmpty()), targets.filter(l -> !l.isEmpty()));
  }

  /**
   * The subject of the verb, or of the nearest clause above it, that names an actor before the
   * target other than the target: "Gondor's minister noted that Mordor regretted" gives the
   * minister.
   */
  private static Optional<List<ActorTable.Draft>> subjectAbove(
      Sentence s, int verb, int targetToken, List<ActorTable.Draft> target, ActorTable actors) {
    int node = verb;
    for (int hops = 0; hops <= s.tokens().size() && node >= 0; hops++) {
      for (Dependency d : s.childrenOf(node)) {
        if (d.baseRelation().equals("nsubj") && d.dependent() < targetToken) {
          List<ActorTable.Draft> found =
              actorsOf(s, List.of(d.dependent()), actors).stream()
                  .filter(a -> !target.contains(a))
                  .toList();
          if (!found.isEmpty()) {
            return Optional.of(found);
          }
        }
      }
      node = s.headOf(node).map(Dependency::governor).orElse(-1);
    }
    return Optional.empty();
  }

  /** The first token bearing an actor after the slot's anchor and the phrases it skips. */
  private static Optional<Integer> after(Sentence s, ActorSlot slot, ActorTable actors) {
    int i = slot.anchor() + 1;
    for (int k = 0; k < slot.skips(); k++) {
      while (i < s.tokens().size() && !phraseHead(s, i)) {
        i++;
      }
      i++;
    }
    for (; i < s.tokens().size(); i++) {
      if (!actors.at(s.index(), i).isEmpty()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The last token bearing an actor before the slot's anchor and after its floor. */
  private static Optional<Integer> before(Sentence s, ActorSlot slot, ActorTable actors) {
    for (int i = slot.anchor() - 1; i > slot.floor(); i--) {
      if (!actors.at(s.index(), i).isEmpty()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A noun that ends its phrase: not a modifier of a noun after it. */
  private static boolean phraseHead(Sentence s, int i) {
    if (!s.token(i).isNoun() && !s.token(i).pos().startsWith("PRP")) {
      return false;
    }
    Optional<Dependency> h = s.headOf(i);
    return h.isEmpty()
        || h.get().governor() < i
        || !PHRASE_MODIFIERS.contains(h.get().baseRelation())
            && !PHRASE_MODIFIERS.contains(h.get().relation());
  }
}
