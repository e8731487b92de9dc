package io.herald.coding.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In a line of sports results or standings — names each followed by figures and nothing else
 * ("Lotte 6 Hyundai 2", "NEW YORK 74 59 .556 -") — a name is a team. A town, region or single name
 * there is the club's (ORGANIZATION); a country stays a place (national teams, as CoNLL and most
 * news annotate them) and a full personal name stays a person (golf and athletics tables).
 */
final class ScoreTables implements Rule {
  private record Run(int first, int last) {}

  @Override
  public void apply(Drafts drafts) {
    for (int s = 0; s < drafts.sentenceCount(); s++) {
      List<Run> runs = teams(drafts, s);
      for (Run r : runs) {
        team(drafts, s, r);
      }
    }
  }

  /** The name runs of a results or standings line, or nothing when the line is not one. */
  private static List<Run> teams(Drafts drafts, int s) {
    List<Run> runs = new ArrayList<>();
    int size = drafts.sentence(s).tokens().size();
    int numbers = 0;
    int i = 0;
    while (i < size) {
      int first = i;
      while (i < size && nameWord(drafts, s, i)) {
        i++;
      }
      if (i == first) {
        return List.of();
      }
      int nameEnd = i - 1;
      int figures = 0;
      while (i < size && figure(drafts, s, i)) {
        figures += Words.number(drafts.token(s, i).word()) ? 1 : 0;
        i++;
      }
      if (figures == 0) {
        return List.of();
      }
      numbers += figures;
      runs.add(new Run(first, nameEnd));
    }
    boolean table = runs.size() >= 2 || numbers >= 3;
    return table ? runs : List.of();
  }

  private static boolean nameWord(Drafts drafts, int s, int i) {
    String w = drafts.token(s, i).word();
    Optional<Draft> d = drafts.at(s, i);
    return Words.capitalised(w)
        && (d.isEmpty() ? Words.properNoun(drafts.token(s, i)) : d.get().named());
  }

  private static boolean figure(Drafts drafts, int s, int i) {
    String w = drafts.token(s, i).word();
    return Words.number(w) || w.equals("-");
  }

  private static void team(Drafts drafts, int s, Run r) {
    if (!drafts.onlyInside(s, r.first(), r.last())) {
      return;
    }
    List<Draft> inside =
        drafts.in(s).stream().filter(d -> d.overlaps(r.first(), r.last())).toList();
    for (Draft d : inside) {
      EntityClass c = d.entityClass();
      if (d.type().equals("COUNTRY")
          || c == EntityClass.MISC
          || c == EntityClass.PERSON && d.length() > 1) {
        return;
      }
    }
    drafts.claim(new Draft(s, r.first(), r.last(), "ORGANIZATION"));
  }
}
