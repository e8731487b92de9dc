package io.herald.coding.actors;

import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pronoun subjects of embedded clauses that coreference left unresolved, resolved as PETRARCH
 * resolves pronouns: to the subject of the clause above.
 */
final class ClausePronouns {
  private ClausePronouns() {}

  /** Third-person pronouns that may stand for a country, an organisation or a person. */
  private static final Set<String> THIRD_PERSON = Set.of("it", "they", "he", "she");

  /** Clauses whose subject, when a pronoun, is most often the subject of the clause above. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "xcomp", "advcl", "parataxis");

  /**
   * "Ethiopia indicated it deplored Libya": a pronoun subject that coreference left unresolved
   * refers to the subject of the clause its own clause depends on, as PETRARCH resolves pronouns
   * (the nearest noun phrase above the pronoun's clause); when that subject comes after the
   * pronoun, a subject naming an actor before the pronoun is taken first.
   */
  static void mark(Sentence s, ActorTable table) {
    for (Token t : s.tokens()) {
      if (!t.pos().equals("PRP")
          || !THIRD_PERSON.contains(t.word().toLowerCase(Locale.ROOT))
          || table.isMarked(s.index(), t.index())) {
        continue;
      }
      Optional<Dependency> subj = s.headOf(t.index());
      if (subj.isEmpty()
          || subj.get().governor() < 0
          || !subj.get().baseRelation().startsWith("nsubj")) {
        continue;
      }
      Optional<Dependency> clause = s.headOf(subj.get().governor());
      if (clause.isEmpty()
          || clause.get().governor() < 0
          || !EMBEDDED.contains(clause.get().baseRelation())) {
        continue;
      }
      for (int above : s.children(clause.get().governor(), "nsubj")) {
        List<ActorTable.Draft> antecedents = table.at(s.index(), above);
        if (above > t.index()) {
          // "Ethiopia indicated it would act, a senior official said": a clause hung under a
          // reporting verb that follows takes an actor named before the pronoun first
          antecedents = precedingSubject(s, t.index(), table).orElse(antecedents);
        }
        if (!antecedents.isEmpty()) {
          table.markGroup(s.index(), t.index(), t.span(), antecedents);
          break;
        }
      }
    }
  }

  /** The actors of the subject nearest before token {@code i}, if one names an actor. */
  private static Optional<List<ActorTable.Draft>> precedingSubject(
      Sentence s, int i, ActorTable table) {
    for (int j = i - 1; j >= 0; j--) {
      boolean subject =
          s.headOf(j).map(h -> h.relation().equals("nsubj")).orElse(false)
              && !s.token(j).pos().equals("PRP");
      List<ActorTable.Draft> actors = table.at(s.index(), j);
      if (subject && !actors.isEmpty()) {
        return Optional.of(actors);
      }
    }
    return Optional.empty();
  }
}
