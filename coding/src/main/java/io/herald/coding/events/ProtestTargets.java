package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whom a protest is aimed at when nobody is its object: the party its stated purpose addresses.
 * Protesters say what they want and from whom; the purpose clause names the addressee: "staged
 * demonstrations to demand political reforms by President Suharto's government", "continued their
 * hunger strike to demand the resignation of President Ben Bella", "blocked roads to press their
 * demands for greater freedom from President Bouteflika's government", "a hunger strike in protest
 * of the Russian government's refusal". The nearest actor in that clause (or phrase) that is not a
 * protester is the target, found as {@link Participants#deepTarget} finds one below a verb.
 */
final class ProtestTargets {
  private ProtestTargets() {}

  /** CAMEO root of protest. */
  private static final String PROTEST = "14";

  /** Clauses that can state a purpose: "to demand", adverbial or complement of the verb or noun. */
  private static final Set<String> PURPOSE_CLAUSES = Set.of("advcl", "xcomp", "acl");

  /** The draft with the target its purpose names, or the draft itself. */
  static EventDraft aimed(ParsedArticle p, EventDraft d, ActorTable actors) {
    if (!d.targets().isEmpty() || !d.code().root().equals(PROTEST) || d.sources().isEmpty()) {
      return d;
    }
    Sentence s = p.sentences().get(d.sentence());
    Set<Integer> anchors = new LinkedHashSet<>();
    anchors.add(d.clauseVerb());
    int trigger = s.tokenAt(d.trigger().end() - 1);
    if (trigger >= 0) {
      anchors.add(trigger);
    }
    for (int anchor : anchors) {
      if (anchor < 0) {
        continue;
      }
      for (Dependency c : s.childrenOf(anchor)) {
        if (!purpose(s, c)) {
          continue;
        }
        List<ActorTable.Draft> found =
            Participants.deepTarget(s, c.dependent(), d.sources(), actors);
        if (!found.isEmpty()) {
          return new EventDraft(
              d.code(),
              d.reverse(),
              d.sources(),
              found,
              d.reciprocal(),
              d.sentence(),
              d.clauseVerb(),
              d.trigger(),
              d.negated(),
              d.modality(),
              d.rule() + "+purpose-target",
              d.plover());
        }
      }
    }
    return d;
  }

  /** "to demand ..." (an infinitive of purpose) or "in protest of/against ...". */
  private static boolean purpose(Sentence s, Dependency c) {
    if (c.relation().equals("acl:relcl")) {
      return false;
    }
    if (PURPOSE_CLAUSES.contains(c.baseRelation())) {
      return s.token(c.dependent()).isVerb()
          && s.children(c.dependent(), "mark").stream()
              .anyMatch(m -> lower(s.token(m).word()).equals("to"));
    }
    return (c.relation().equals("obl:in") || c.relation().equals("nmod:in"))
        && lower(s.token(c.dependent()).lemma()).equals("protest");
  }
}
