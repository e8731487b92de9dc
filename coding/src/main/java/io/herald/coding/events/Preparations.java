package io.herald.coding.events;

import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;

import io.herald.model.codes.CameoCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The army prepared to resume shelling rebel-held territory", "troops are poised to attack": an
 * act of force that its doer is getting ready for has not happened; what has is a show of force,
 * which CAMEO codes as exhibiting force posture (15, "demonstrate military or police power"), not
 * as the violence itself nor as a stated intention to cooperate (PETRARCH files "prepare" under
 * 030). The posture runs between the doer and the target of the prepared act.
 */
final class Preparations {
  private Preparations() {}

  /** Words of readiness whose complement is a prepared act. */
  private static final Set<String> READY = Set.of("prepare", "ready", "poised", "poise");

  /** CAMEO roots of force (assault, fight, mass violence), whose preparation is a posture. */
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  /** Relations from a prepared act up to the word of readiness: "to resume", "shelling". */
  private static final Set<String> COMPLEMENT = Set.of("xcomp", "dep");

  /** How many complement steps the act may be below the word of readiness. */
  private static final int MAX_STEPS = 3;

  /**
   * The draft as a show of force ({@code posture}) at the word of readiness when it is an act of
   * force its doer is getting ready for; else itself.
   */
  static EventDraft asPosture(Sentence s, EventDraft d, CameoCode posture) {
    Optional<Integer> ready =
        FORCE_ROOTS.contains(d.code().root()) && d.clauseVerb() >= 0
            ? readiness(s, d.clauseVerb())
            : Optional.empty();
    if (ready.isEmpty()) {
      return d;
    }
    int r = ready.get();
    return new EventDraft(
        posture,
        Optional.empty(),
        d.sources(),
        d.targets(),
        false,
        d.sentence(),
        r,
        s.token(r).span(),
        negated(s, r),
        modality(s, r),
        d.rule() + ".prepared");
  }

  /**
   * The drafts without the other codes of a word of readiness whose prepared act is a posture:
   * PETRARCH's "prepare" (030, intent to cooperate) says less than the posture.
   */
  static List<EventDraft> withoutReadiness(List<EventDraft> drafts, CameoCode posture) {
    Set<String> readyWords = new HashSet<>();
    for (EventDraft d : drafts) {
      if (d.code().equals(posture) && d.rule().endsWith(".prepared")) {
        readyWords.add(d.sentence() + ":" + d.clauseVerb());
      }
    }
    List<EventDraft> out = new ArrayList<>(drafts);
    out.removeIf(
        d ->
            !d.rule().endsWith(".prepared")
                && readyWords.contains(d.sentence() + ":" + d.clauseVerb()));
    return out;
  }

  /** The word of readiness above {@code verb} through complements, if any. */
  static Optional<Integer> readiness(Sentence s, int verb) {
    int i = verb;
    for (int step = 0; step < MAX_STEPS; step++) {
      Optional<Dependency> head = s.headOf(i);
      if (head.isEmpty()
          || head.get().governor() < 0
          || !COMPLEMENT.contains(head.get().baseRelation())) {
        return Optional.empty();
      }
      i = head.get().governor();
      if (READY.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
