package io.herald.coding.events;

import io.herald.model.codes.CameoCode;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * "Teachers began a strike over pensions", "dock workers will strike over pay": a strike of workers
 * is a labour strike (CAMEO 143, conduct strike or boycott), not the use of force (190) that
 * "strike" codes without a modifier. A strike is a workers' when its sentence speaks of work
 * (workers, unions, pay, pensions, ballots, walkouts) or its doers are labour, and names no weapon
 * or armed force; a verb "strike" must have no object ("struck the town" is an attack).
 */
final class LabourStrikes {
  private LabourStrikes() {}

  /** Words (lemmas) of work and its disputes. */
  private static final Set<String> WORK_WORDS =
      Set.of(
          "worker",
          "employee",
          "staff",
          "union",
          "unionist",
          "member",
          "nurse",
          "teacher",
          "doctor",
          "driver",
          "pilot",
          "miner",
          "docker",
          "firefighter",
          "pay",
          "wage",
          "salary",
          "pension",
          "ballot",
          "walkout",
          "picket",
          "employer",
          "job",
          "overtime",
          "industrial");

  /** Words (lemmas) of armed force: a strike near them is an attack. */
  private static final Set<String> FORCE_WORDS =
      Set.of(
          "missile",
          "rocket",
          "air",
          "drone",
          "bomb",
          "bomber",
          "jet",
          "warplane",
          "aircraft",
          "artillery",
          "military",
          "army",
          "troop",
          "force",
          "soldier",
          "militant",
          "rebel",
          "fighter",
          "insurgent",
          "target",
          "retaliatory",
          "pre-emptive",
          "preemptive",
          "nuclear",
          "kill",
          "wound",
          "dead");

  /** CAMEO's code of "strike" with no modifier: use conventional military force. */
  private static final String FORCE = "190";

  /** {@code d} recoded as a labour strike ({@code strike}, CAMEO 143) when it is one. */
  static EventDraft asWalkout(Sentence s, EventDraft d, CameoCode strike) {
    if (!d.code().code().equals(FORCE) || d.clauseVerb() < 0) {
      return d;
    }
    int head = s.tokenAt(d.trigger().end() - 1);
    if (head < 0 || !s.token(head).lemma().toLowerCase(Locale.ROOT).equals("strike")) {
      return d;
    }
    Token t = s.token(head);
    if (t.isVerb() && !s.children(head, "obj").isEmpty()) {
      return d;
    }
    boolean work = d.sources().stream().anyMatch(a -> a.sector().equals("LAB"));
    for (Token w : s.tokens()) {
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      if (FORCE_WORDS.contains(lemma)) {
        return d;
      }
      work |= WORK_WORDS.contains(lemma);
    }
    return work ? d.withCode(strike, ".labour") : d;
  }
}
