package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.without;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "declined to resign despite growing pressure by the Anti-Corruption Commission", "gave in under
 * pressure from the unions": a refusal made despite someone's pressure is a refusal of that party,
 * and a concession made under it is a concession to them. The pressing party, named in the "by",
 * "from" or possessive of the pressure noun, is the target of a refusal (CAMEO 12) or a yielding
 * (08) that has none. Other acts made despite calls ("attacked despite calls from the UN") are not
 * aimed at the callers, and are left alone.
 */
final class Pressures {
  private Pressures() {}

  /** CAMEO roots of refusing and yielding. */
  private static final Set<String> ROOTS = Set.of("12", "08");

  /** Prepositions that put an act against or under pressure. */
  private static final Set<String> CIRCUMSTANCE =
      Set.of("obl:despite", "obl:in_spite_of", "obl:under", "obl:amid");

  /** Nouns of pressing another party. */
  private static final Set<String> PRESSURE =
      Set.of("pressure", "call", "demand", "appeal", "request", "plea", "ultimatum", "urging");

  /** Relations that name who presses: "by", "from", a possessive. */
  private static final Set<String> PRESSING = Set.of("nmod:by", "nmod:from", "nmod:poss");

  /**
   * The draft aimed at the party pressing its doer when it is a refusal or a yielding with none.
   */
  static EventDraft aimed(ParsedArticle p, EventDraft d, ActorTable actors) {
    if (!d.targets().isEmpty() || d.clauseVerb() < 0 || !ROOTS.contains(d.code().root())) {
      return d;
    }
    Sentence s = p.sentences().get(d.sentence());
    List<ActorTable.Draft> found = new ArrayList<>();
    for (Dependency c : s.childrenOf(d.clauseVerb())) {
      if (!CIRCUMSTANCE.contains(c.relation())
          || !PRESSURE.contains(lower(s.token(c.dependent()).lemma()))) {
        continue;
      }
      List<Integer> pressing = new ArrayList<>();
      for (Dependency m : s.childrenOf(c.dependent())) {
        if (PRESSING.contains(m.relation())) {
          pressing.add(m.dependent());
        }
      }
      found.addAll(without(actorsOf(s, pressing, actors), d.sources()));
    }
    if (found.isEmpty()) {
      return d;
    }
    return d.withTargets(found, ".pressed");
  }
}
