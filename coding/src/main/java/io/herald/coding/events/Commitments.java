package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;
import static io.herald.coding.events.Participants.actorsOf;

import io.herald.coding.actors.ActorTable;
import io.herald.model.codes.CameoCode;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Vietnam is committed to opening its markets", "Chile remains committed to the accord": an actor
 * declared committed to a course of action expresses its intent to cooperate, CAMEO 030 (PLOVER
 * AGREE), as "pledged to" does. The passive without an agent ("is committed to") is the stance;
 * "crimes committed by troops" and "committed troops to" are other senses.
 */
final class Commitments {
  private Commitments() {}

  /** The stated commitment of participle {@code v}, coded {@code intent} (030). */
  static Optional<EventDraft> of(Sentence s, Token v, ActorTable actors, CameoCode intent) {
    if (!lower(v.lemma()).equals("commit") || !lower(v.word()).equals("committed")) {
      return Optional.empty();
    }
    List<Integer> holders = s.children(v.index(), "nsubj:pass");
    boolean to =
        !s.children(v.index(), "advcl:to").isEmpty() || !s.children(v.index(), "obl:to").isEmpty();
    if (holders.isEmpty()
        || !to
        || !s.children(v.index(), "obl:agent").isEmpty()
        || !s.children(v.index(), "obl:by").isEmpty()) {
      return Optional.empty();
    }
    List<ActorTable.Draft> sources = actorsOf(s, holders, actors);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EventDraft(
            intent,
            Optional.empty(),
            sources,
            List.of(),
            false,
            s.index(),
            v.index(),
            v.span(),
            negated(s, v.index()),
            modality(s, v.index()),
            "event.commitment"));
  }
}
