package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.without;

import io.herald.coding.actors.ActorTable;
import io.herald.model.codes.CameoCode;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Chad opened its border to refugees from Sudan", "opened its borders to most West Africans": a
 * border opened to people is refuge given to them, CAMEO 075 ("grant asylum", PLOVER AID), where a
 * border opened as such ("reopened the crossing") eases a blockade (0872).
 */
final class Admissions {
  private Admissions() {}

  /** Nouns naming people in need of refuge. */
  private static final Set<String> PEOPLE =
      Set.of(
          "refugee",
          "migrant",
          "people",
          "person",
          "civilian",
          "asylum-seeker",
          "exile",
          "evacuee",
          "family",
          "immigrant");

  /** The draft as asylum granted ({@code asylum}) when the opening admits people; else itself. */
  static EventDraft asAsylum(Sentence s, EventDraft d, ActorTable actors, CameoCode asylum) {
    if (!d.code().code().equals("0872") || d.clauseVerb() < 0) {
      return d;
    }
    for (int to : s.children(d.clauseVerb(), "obl:to")) {
      Token t = s.token(to);
      // a plural people's name ("Africans", "Ghanaians") or a noun of people
      if (t.pos().equals("NNPS") || PEOPLE.contains(lower(t.lemma()))) {
        List<ActorTable.Draft> admitted = without(actorsOf(s, List.of(to), actors), d.sources());
        return new EventDraft(
            asylum,
            Optional.empty(),
            d.sources(),
            admitted.isEmpty() ? d.targets() : admitted,
            d.reciprocal(),
            d.sentence(),
            d.clauseVerb(),
            d.trigger(),
            d.negated(),
            d.modality(),
            d.rule() + ".asylum",
            Optional.empty());
      }
    }
    return d;
  }
}
