package io.herald.coding.events;

import io.herald.model.Modality;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a clause is negated, and whether it asserts, intends or only supposes its act; kept on
 * the event as flags, never a reason to drop it.
 */
final class Modalities {
  private Modalities() {}

  /** Determiners of a noun naming a kind of act rather than one act ("an attack"). */
  private static final Set<String> INDEFINITES = Set.of("a", "an", "any", "every");

  /** Present-tense verb tags. */
  private static final Set<String> PRESENT_TENSE = Set.of("VBZ", "VBP");

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  /** Verbs whose complement did not or will not happen: "refused to deploy", "denied shelling". */
  private static final Set<String> DENIALS = Set.of("deny", "refuse", "decline", "fail");

  /** Verbs reporting speech, whose "must" complement is a demand of the speaker. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "announce",
          "state",
          "tell",
          "insist",
          "conclude",
          "declare",
          "add",
          "stress",
          "warn",
          "argue",
          "write");

  /** Subordinators of a clause that is a condition or an open question, not a report. */
  private static final Set<String> SUPPOSING_MARKS = Set.of("if", "unless", "whether");

  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("should", "could", "would", "might", "may", "must", "can");

  private static final Set<String> INTENT_VERBS =
      Set.of(
          "want",
          "intend",
          "plan",
          "hope",
          "seek",
          "aim",
          "expect",
          "try",
          "vow",
          "pledge",
          "promise",
          "prepare",
          "threaten",
          "wish",
          "propose",
          "offer",
          "agree",
          "willing",
          "ready",
          "prepared",
          "committed",
          "determined",
          "swear");

  /** "The EU is expected to discuss": others' expectation, not the actor's stated intent. */
  static boolean forecast(Sentence s, int verb) {
    return s.headOf(verb)
        .filter(h -> h.governor() >= 0 && h.baseRelation().equals("xcomp"))
        .map(h -> s.token(h.governor()).lemma().toLowerCase(Locale.ROOT).equals("expect"))
        .orElse(false);
  }

  static boolean negated(Sentence s, int i) {
    Optional<Dependency> head = s.headOf(i);
    if (head.isPresent()
        && head.get().governor() >= 0
        && DENIALS.contains(s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))
        && (head.get().baseRelation().equals("xcomp")
            || head.get().baseRelation().equals("ccomp")
            || head.get().baseRelation().equals("dep") && s.children(i, "cc").isEmpty())) {
      return true; // "denied targeting civilian sites"
    }
    if (head.isPresent()
        && head.get().governor() >= 0
        && head.get().baseRelation().equals("ccomp")
        && CARRIERS.contains(s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))
        && negatedHere(s, head.get().governor())) {
      return true; // "did not mean that Chile had cut its ties"
    }
    return negatedHere(s, i);
  }

  /**
   * Verbs whose "that" clause a negation leaves unasserted: "the sale did not mean that Chile had
   * cut its ties", "he did not say that troops attacked", "there is nothing to suggest that".
   */
  private static final Set<String> CARRIERS =
      Set.of(
          "mean",
          "imply",
          "suggest",
          "show",
          "prove",
          "indicate",
          "signal",
          "confirm",
          "say",
          "claim",
          "think",
          "believe");

  /** Whether token {@code i} has a negator of its own ("not", "never", "no"). */
  private static boolean negatedHere(Sentence s, int i) {
    for (Dependency d : s.childrenOf(i)) {
      String r = d.baseRelation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det"))
          && NEGATORS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An event noun that names a kind of act, not one that happened: an indefinite noun ("an attack",
   * "any strike") as the subject of a present-tense passive or copular clause ("An attack on a
   * member is treated as an attack on all", "A strike is an act of war"). Kept, flagged
   * hypothetical.
   */
  static boolean genericStatement(Sentence s, int noun) {
    boolean indefinite =
        s.childrenOf(noun).stream()
            .anyMatch(
                d ->
                    d.baseRelation().equals("det")
                        && INDEFINITES.contains(
                            s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    Optional<Dependency> head = s.headOf(noun);
    if (!indefinite || head.isEmpty() || head.get().governor() < 0) {
      return false;
    }
    String relation = head.get().relation();
    if (!relation.equals("nsubj:pass") && !relation.equals("nsubj")) {
      return false;
    }
    int verb = head.get().governor();
    for (Dependency d : s.childrenOf(verb)) {
      String r = d.relation();
      boolean present = PRESENT_TENSE.contains(s.token(d.dependent()).pos());
      if (present && (r.equals("aux:pass") || (r.equals("cop") && relation.equals("nsubj")))) {
        return true;
      }
    }
    return false;
  }

  static Modality modality(Sentence s, int i) {
    Optional<Dependency> up = s.headOf(i);
    boolean reported =
        up.isPresent()
            && up.get().governor() >= 0
            && up.get().baseRelation().equals("ccomp")
            && SPEECH_VERBS.contains(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    for (Dependency d : s.childrenOf(i)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.baseRelation().equals("aux") && w.equals("would") && reported) {
        // "said they would boycott": the future of the past; "would meet him if ...": an offer
        return Modality.INTENDED;
      }
      if (d.baseRelation().equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
        return Modality.HYPOTHETICAL;
      }
      if (d.baseRelation().equals("aux")
          && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
        return Modality.INTENDED;
      }
      if (d.baseRelation().equals("mark") && SUPPOSING_MARKS.contains(w)) {
        // "if they attack", "asked whether ministers approved": supposed or asked about
        return Modality.HYPOTHETICAL;
      }
    }
    Optional<Dependency> head = s.headOf(i);
    if (head.isPresent()
        && head.get().governor() >= 0
        && head.get().baseRelation().equals("xcomp")
        && INTENT_VERBS.contains(s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
      return Modality.INTENDED;
    }
    return Modality.ASSERTED;
  }
}
