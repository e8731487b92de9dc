package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a protest is aimed at when nobody is its object: the party its stated purpose addresses.
 * Protesters say what they want and from whom; the purpose clause names the addressee: "staged
 * rallies to demand reforms from the president's government", "kept up their fast to demand the
 * minister's resignation", "blocked roads to press the government for more freedom", "a hunger
 * strike in protest at the ministry's refusal". The nearest actor in that clause (or phrase) that
 * is not a protester is the target, found as {@link Participants#deepTarget} finds one below a
 * verb.
 */
final class ProtestTargets {
  private ProtestTargets() {}

  /** CAMEO root of protest. */
  private static final String PROTEST = "14";

  /** Clauses that can state a purpose: "to demand", adverbial or complement of the verb or noun. */
  private static final Set<String> PURPOSE_CLAUSES = Set.of("advcl", "xcomp", "acl");

  /** Relations of a grievance: "over a bill", "against a law". */
  private static final Set<String> GRIEVANCE =
      Set.of("obl:over", "nmod:over", "obl:against", "nmod:against");

  /** Nouns of protest whose grievance may hang from them rather than from the verb. */
  private static final Set<String> PROTEST_NOUNS =
      Set.of("strike", "protest", "demonstration", "boycott", "rally", "march", "sit-in");

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
    if (d.clauseVerb() >= 0) {
      // "stopped work on the first day of a strike over a bill": the protest noun below the verb
      for (int i = d.clauseVerb() + 1; i < s.tokens().size(); i++) {
        if (PROTEST_NOUNS.contains(lower(s.token(i).lemma())) && below(s, i, d.clauseVerb())) {
          anchors.add(i);
        }
      }
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
          return d.withTargets(found, "+purpose-target");
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
    // "a strike over a bill signed by the labour minister", "protests against a law passed by
    // parliament": the grievance names whom the protest is aimed at
    return (c.relation().equals("obl:in") || c.relation().equals("nmod:in"))
            && lower(s.token(c.dependent()).lemma()).equals("protest")
        || GRIEVANCE.contains(c.relation());
  }

  /** Whether token {@code i} is below {@code top} within three steps. */
  private static boolean below(Sentence s, int i, int top) {
    int node = i;
    for (int step = 0; step < 3; step++) {
      Optional<Dependency> h = s.headOf(node);
      if (h.isEmpty() || h.get().governor() < 0) {
        return false;
      }
      node = h.get().governor();
      if (node == top) {
        return true;
      }
    }
    return false;
  }
}
