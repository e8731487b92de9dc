package io.herald.coding.events;

import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.deepTarget;
import static io.herald.coding.events.Participants.without;

import io.herald.coding.actors.ActorTable;
import io.herald.model.codes.CameoCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Officials said lifting the embargo on X is out of the question": a speaker who reports that a
 * course is out of the question, off the table or not negotiable rejects it (CAMEO 120), and the
 * actor the course concerns is the target. The speech verb itself reports; since the reported
 * clause has no event verb of its own, the idiom is the event.
 */
final class RefusalIdioms {
  private RefusalIdioms() {}

  /** Predicates of a copular clause that refuse its subject, as lower-case word sequences. */
  private static final Set<String> IDIOMS =
      Set.of("out of the question", "off the table", "not negotiable", "non-negotiable");

  /** The rejection that speech verb {@code v} reports, if its complement is such an idiom. */
  static Optional<EventDraft> of(Sentence s, Token v, ActorTable actors, CameoCode reject) {
    if (!Modalities.SPEECH_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int c : s.children(v.index(), "ccomp")) {
      if (!idiom(s, c)) {
        continue;
      }
      List<ActorTable.Draft> sources = actorsOf(s, s.children(v.index(), "nsubj"), actors);
      if (sources.isEmpty()) {
        return Optional.empty();
      }
      List<ActorTable.Draft> targets = List.of();
      for (Dependency d : s.childrenOf(c)) {
        if (d.baseRelation().startsWith("nsubj") || d.baseRelation().startsWith("csubj")) {
          targets = without(actorsOf(s, List.of(d.dependent()), actors), sources);
          if (targets.isEmpty()) {
            targets = deepTarget(s, d.dependent(), sources, actors);
          }
        }
      }
      return Optional.of(
          new EventDraft(
              reject,
              Optional.empty(),
              sources,
              targets,
              false,
              s.index(),
              c,
              s.token(c).span(),
              Modalities.negated(s, v.index()),
              Modalities.modality(s, v.index()),
              "event.refusal.idiom"));
    }
    return Optional.empty();
  }

  /** Whether clause head {@code c} with a copula reads as one of the idioms. */
  private static boolean idiom(Sentence s, int c) {
    if (s.children(c, "cop").isEmpty()) {
      return false;
    }
    List<Integer> words = s.subtree(c);
    words.removeIf(
        i ->
            s.headOf(i)
                .map(
                    h ->
                        h.governor() == c
                            && (h.baseRelation().startsWith("nsubj")
                                || h.baseRelation().startsWith("csubj")
                                || h.baseRelation().equals("cop")
                                || h.baseRelation().equals("mark")
                                || h.baseRelation().equals("advmod")
                                    && !s.token(i).lemma().equalsIgnoreCase("not")))
                .orElse(false));
    // the subject's and other dependents' own words are not the predicate
    String text =
        words.stream()
            .filter(i -> i >= firstPredicateWord(s, c))
            .map(i -> s.token(i).word().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" "));
    return IDIOMS.stream().anyMatch(text::startsWith);
  }

  /** The first word after the copula of clause {@code c}. */
  private static int firstPredicateWord(Sentence s, int c) {
    int cop = s.children(c, "cop").get(0);
    return cop + 1;
  }
}
