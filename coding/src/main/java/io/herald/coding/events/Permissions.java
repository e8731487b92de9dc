package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.objects;
import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;
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
 * "The governor allowed the opposition to hold a rally", "police permitted students to march":
 * authorities letting someone assemble ease restrictions on political freedoms, CAMEO 0811 (PLOVER
 * CONCEDE, "easing of administrative or legal restrictions"), from whoever allows to whoever is
 * allowed. Only permissions to assemble count: "allowed the company to export" is no such easing.
 */
final class Permissions {
  private Permissions() {}

  /** Verbs that grant a permission to their object, with the permitted act as open complement. */
  private static final Set<String> PERMITTING = Set.of("allow", "permit", "authorize", "authorise");

  /** Gatherings, as the permitted verb or its object: "to march", "to stage a rally". */
  private static final Set<String> ASSEMBLY =
      Set.of(
          "rally",
          "march",
          "demonstrate",
          "demonstration",
          "protest",
          "procession",
          "gathering",
          "gather",
          "assemble",
          "assembly",
          "sit-in",
          "vigil");

  /** The easing that permitting verb {@code v} grants, coded {@code easing} (0811). */
  static Optional<EventDraft> of(Sentence s, Token v, ActorTable actors, CameoCode easing) {
    if (!PERMITTING.contains(lower(v.lemma()))) {
      return Optional.empty();
    }
    boolean assembly = false;
    for (int act : s.children(v.index(), "xcomp")) {
      assembly |= ASSEMBLY.contains(lower(s.token(act).lemma()));
      for (int o : objects(s, act)) {
        assembly |= ASSEMBLY.contains(lower(s.token(o).lemma()));
      }
    }
    if (!assembly) {
      return Optional.empty();
    }
    List<ActorTable.Draft> sources = actorsOf(s, s.children(v.index(), "nsubj"), actors);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    List<ActorTable.Draft> targets = without(actorsOf(s, objects(s, v.index()), actors), sources);
    return Optional.of(
        new EventDraft(
            easing,
            Optional.empty(),
            sources,
            targets,
            false,
            s.index(),
            v.index(),
            v.span(),
            negated(s, v.index()),
            modality(s, v.index()),
            "event.permission.assembly"));
  }
}
