package io.herald.coding.events;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Modality;
import io.herald.model.Span;
import io.herald.model.codes.CameoCode;
import java.util.List;
import java.util.Optional;

/** A coded event before ids are assigned: its code, sides, clause, trigger, flags and rule. */
record EventDraft(
    CameoCode code,
    Optional<CameoCode> reverse,
    List<ActorTable.Draft> sources,
    List<ActorTable.Draft> targets,
    boolean reciprocal,
    int sentence,
    int clauseVerb,
    Span trigger,
    boolean negated,
    Modality modality,
    String rule,
    Optional<String> plover) {
  EventDraft(
      CameoCode code,
      Optional<CameoCode> reverse,
      List<ActorTable.Draft> sources,
      List<ActorTable.Draft> targets,
      boolean reciprocal,
      int sentence,
      int clauseVerb,
      Span trigger,
      boolean negated,
      Modality modality,
      String rule) {
    this(
        code,
        reverse,
        sources,
        targets,
        reciprocal,
        sentence,
        clauseVerb,
        trigger,
        negated,
        modality,
        rule,
        Optional.empty());
  }

  /** This draft with other sides, its rule marked with the rule that found them. */
  EventDraft withSides(
      List<ActorTable.Draft> newSources, List<ActorTable.Draft> newTargets, String ruleSuffix) {
    return new EventDraft(
        code,
        reverse,
        newSources,
        newTargets,
        reciprocal,
        sentence,
        clauseVerb,
        trigger,
        negated,
        modality,
        rule + ruleSuffix,
        plover);
  }

  /** This draft with another code, its rule marked with the rule that chose it. */
  EventDraft withCode(CameoCode newCode, String ruleSuffix) {
    return new EventDraft(
        newCode,
        Optional.empty(),
        sources,
        targets,
        reciprocal,
        sentence,
        clauseVerb,
        trigger,
        negated,
        modality,
        rule + ruleSuffix,
        Optional.empty());
  }

  /** This draft aimed at {@code newTargets}, its rule marked with the rule that found them. */
  EventDraft withTargets(List<ActorTable.Draft> newTargets, String ruleSuffix) {
    return withSides(sources, newTargets, ruleSuffix);
  }
}
