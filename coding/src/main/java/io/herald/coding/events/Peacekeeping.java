package io.herald.coding.events;

import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;
import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.without;

import io.herald.coding.actors.ActorTable;
import io.herald.model.codes.CameoCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "NATO peacekeepers arrived in Bosnia this week": peacekeepers arriving in, or deployed to, a
 * country are that country being given military protection, CAMEO 074 ("provide military protection
 * or peacekeeping"), from whoever sends them to the country they arrive in. Only the arrival of
 * forces named as peacekeepers counts: other troops arriving are as often an invasion. PETRARCH's
 * dictionary codes the arrival when the peacekeepers are the subject themselves; this also finds
 * them inside the subject ("the first deployment of", "a contingent of"), where a pattern on the
 * subject's head cannot.
 */
final class Peacekeeping {
  private Peacekeeping() {}

  /** Verbs of arrival, intransitive or passive: "arrived in", "landed in", "were deployed to". */
  private static final Set<String> ARRIVAL = Set.of("arrive", "land", "deploy", "station");

  /** Words that name a force as peacekeepers. */
  private static final Set<String> PEACEKEEPING =
      Set.of("peacekeeper", "peacekeepers", "peacekeeping", "peace-keeping", "peace-keepers");

  /** Obliques that name where the force arrives. */
  private static final Set<String> DESTINATION = Set.of("obl:in", "obl:to", "obl:at", "obl:into");

  /** The peacekeeping event of arrival verb {@code v}, coded {@code protection} (074). */
  static Optional<EventDraft> arrivalOf(
      Sentence s, Token v, ActorTable actors, CameoCode protection) {
    if (!ARRIVAL.contains(v.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<Integer> force = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    for (Dependency d : s.childrenOf(v.index())) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
        force.add(d.dependent());
        // "the first deployment of NATO peacekeeping troops": the force is in the "of"
        force.addAll(s.children(d.dependent(), "nmod:of"));
      } else if (DESTINATION.contains(d.relation())) {
        places.add(d.dependent());
      }
    }
    if (force.isEmpty() || places.isEmpty() || !namesPeacekeepers(s, force)) {
      return Optional.empty();
    }
    List<ActorTable.Draft> sources = actorsOf(s, force, actors);
    List<ActorTable.Draft> targets = without(actorsOf(s, places, actors), sources);
    if (sources.isEmpty() || targets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EventDraft(
            protection,
            Optional.empty(),
            sources,
            targets,
            false,
            s.index(),
            v.index(),
            v.span(),
            negated(s, v.index()),
            modality(s, v.index()),
            "event.peacekeepers." + v.lemma().toLowerCase(Locale.ROOT)));
  }

  /** Whether one of the phrases, or a modifier of it, names peacekeepers. */
  private static boolean namesPeacekeepers(Sentence s, List<Integer> heads) {
    for (int h : heads) {
      if (PEACEKEEPING.contains(s.token(h).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (Dependency d : s.childrenOf(h)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod"))
            && PEACEKEEPING.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
