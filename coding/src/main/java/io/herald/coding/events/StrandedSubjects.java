package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "With the signing of a Memorandum on Cessation of Hostilities, the Sudanese government and the
 * rebels have agreed to allow access": after a long fronted phrase the parser may hang the subject
 * on that phrase (as an apposition) and leave the finite verb without one. A finite verb with no
 * subject whose auxiliaries are directly preceded by an actor's noun phrase takes that phrase (with
 * its conjuncts) as its subject: in English the subject of a declarative clause stands right before
 * its auxiliaries and verb.
 */
final class StrandedSubjects {
  private StrandedSubjects() {}

  /** Words that may stand between a subject and its verb: auxiliaries, negation, adverbs. */
  private static final Set<String> BETWEEN = Set.of("aux", "aux:pass", "advmod", "neg", "cop");

  /** Tags of finite verbs. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /**
   * The subject the parser stranded before finite verb {@code v}, or before infinitive {@code v}
   * after a finite "be" ("is about to restore"), if any.
   */
  static Optional<Integer> of(Sentence s, Token v, ActorTable actors) {
    boolean finite = FINITE.contains(v.pos());
    boolean infinitive = false;
    int i = v.index() - 1;
    while (i >= 0) {
      Optional<Dependency> h = s.headOf(i);
      if (h.isEmpty() || h.get().governor() != v.index()) {
        break;
      }
      boolean to = h.get().relation().equals("mark") && lower(s.token(i).word()).equals("to");
      if (!BETWEEN.contains(h.get().relation()) && !(to && !infinitive)) {
        break;
      }
      finite |= h.get().relation().startsWith("aux");
      infinitive |= to;
      i--;
    }
    // "The team is about to restore ties": a finite "be" before "(about) to" carries the
    // infinitive as its verb phrase, whatever the parser hung it on
    if (infinitive
        && !finite
        && i > 0
        && lower(s.token(i).lemma()).equals("be")
        && FINITE.contains(s.token(i).pos())) {
      finite = true;
      i--;
    }
    if (!finite || i < 0) {
      return Optional.empty();
    }
    Token before = s.token(i);
    if (!before.isNoun() || lower(before.word()).matches("[,;:]")) {
      return Optional.empty();
    }
    // The phrase's head: a last conjunct ("... and SPLM/A") stands for its first.
    int head = i;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == i && d.baseRelation().equals("conj") && d.governor() < i) {
        head = d.governor();
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == head && d.governor() == v.index()) {
        return Optional.empty();
      }
    }
    return Participants.actorsOf(s, List.of(head), actors).isEmpty()
        ? Optional.empty()
        : Optional.of(head);
  }
}
