package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Bosnian Serbs said their forces had completed their withdrawal": an agent noun possessed by a
 * pronoun ("their forces", "its army") in a reported or embedded clause is the agent of the actor
 * the pronoun stands for, the subject of the clause above when coreference left the pronoun
 * unresolved, as PETRARCH resolves pronouns to the nearest noun phrase above their clause. The
 * composed actor (the country with the agent's sector) marks the noun.
 */
final class PossessedAgents {
  private PossessedAgents() {}

  /** Possessive pronouns that may stand for a country or a group. */
  private static final Set<String> POSSESSIVES = Set.of("their", "its");

  /** Clauses whose subject's possessor is most often the subject of the clause above. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "xcomp", "advcl", "parataxis");

  static void mark(Sentence s, ActorTable table, ActorLexicon lexicon) {
    for (Token t : s.tokens()) {
      Optional<Dependency> poss = s.headOf(t.index());
      if (!t.pos().equals("PRP$")
          || !POSSESSIVES.contains(t.word().toLowerCase(Locale.ROOT))
          || poss.isEmpty()
          || poss.get().governor() < 0
          || !poss.get().relation().equals("nmod:poss")) {
        continue;
      }
      int noun = poss.get().governor();
      Token n = s.token(noun);
      Optional<String> sector =
          lexicon.agentSector(n.word()).or(() -> lexicon.agentSector(n.lemma()));
      if (!n.isNoun() || sector.isEmpty() || table.isMarked(s.index(), noun)) {
        continue;
      }
      List<ActorTable.Draft> owners = table.at(s.index(), t.index());
      if (owners.isEmpty()) {
        owners = subjectAbove(s, noun, table);
      }
      Span span = s.spanOf(t.index(), noun);
      for (ActorTable.Draft owner : owners) {
        if (owner.kind != ActorKind.COUNTRY || owner.country.isEmpty()) {
          continue;
        }
        ActorTable.Draft d =
            table.intern(
                owner.country + sector.get(),
                owner.country + " " + CountryMentions.sectorName(sector.get()),
                ActorKind.COUNTRY,
                owner.country,
                sector.get(),
                new Evidence(s.index(), span, "actor.possessed-agent"));
        table.mark(s.index(), noun, noun, span, d);
      }
    }
  }

  /** The actors of the subject of the clause above the clause whose subject is {@code noun}. */
  private static List<ActorTable.Draft> subjectAbove(Sentence s, int noun, ActorTable table) {
    Optional<Dependency> subj = s.headOf(noun);
    if (subj.isEmpty()
        || subj.get().governor() < 0
        || !subj.get().baseRelation().startsWith("nsubj")) {
      return List.of();
    }
    Optional<Dependency> clause = s.headOf(subj.get().governor());
    if (clause.isEmpty()
        || clause.get().governor() < 0
        || !EMBEDDED.contains(clause.get().baseRelation())) {
      return List.of();
    }
    for (int above : s.children(clause.get().governor(), "nsubj")) {
      List<ActorTable.Draft> found = table.at(s.index(), above);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
