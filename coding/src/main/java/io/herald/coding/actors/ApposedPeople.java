package io.herald.coding.actors;

import io.herald.model.Evidence;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.List;

/**
 * "Rick Palmer, Ford's chief executive, said", "Qatar's emir, Sheikh Tamim, met": a person the text
 * names beside a descriptive noun phrase in apposition is what that phrase says. A person for whom
 * the person finder found no country nor organisation takes the code the phrase was composed into
 * ("Qatar's emir" {@code QATGOV}); a person already placed keeps what the finder read.
 */
final class ApposedPeople {
  private ApposedPeople() {}

  static void mark(Sentence s, ActorTable table) {
    for (Dependency d : s.dependencies()) {
      if (!d.baseRelation().equals("appos") || d.governor() < 0) {
        continue;
      }
      place(s, table, d.governor(), d.dependent());
      place(s, table, d.dependent(), d.governor());
    }
  }

  /** Gives the unplaced people at token {@code person} the code of the phrase at {@code phrase}. */
  private static void place(Sentence s, ActorTable table, int person, int phrase) {
    List<ActorTable.Draft> described =
        table.at(s.index(), phrase).stream()
            .filter(x -> !x.isPerson() && (!x.country.isEmpty() || hasCode(x)))
            .toList();
    if (described.size() != 1) {
      return; // nothing to read, or several actors the phrase could mean
    }
    ActorTable.Draft by = described.get(0);
    for (ActorTable.Draft p : table.at(s.index(), person)) {
      if (!p.isPerson() || !p.country.isEmpty() || hasCode(p)) {
        continue;
      }
      p.country = by.country;
      p.sector = by.sector;
      p.code = by.code;
      p.evidence = new Evidence(s.index(), s.token(phrase).span(), "person.appos-phrase");
    }
  }

  private static boolean hasCode(ActorTable.Draft d) {
    return d.code != null && !d.code.isEmpty();
  }
}
