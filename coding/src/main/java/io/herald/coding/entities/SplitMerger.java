package io.herald.coding.entities;

import java.util.List;
import java.util.Optional;

/**
 * Joins adjacent mentions that CoreNLP's fine-grained classes split apart: a place followed by a
 * place is one place ("East" + "Jerusalem", "Federal Republic of" + "Yugoslavia", "U.S." + "Gulf");
 * a place, nationality or other name followed by a MISC name or nationality is one MISC name
 * ("U.S." + "Open", "American" + "League", "North" + "American"), unless either is a religion or
 * ideology ("Italian" "Roman Catholic"). A nationality before a person stays apart ("Australian"
 * "Tom Moody"), and so does anything joined by a lower-case word other than a connector such as
 * "of" ("Jiangsu" "province").
 */
final class SplitMerger implements Rule {
  private final EntityLexicon lexicon;

  SplitMerger(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(Drafts drafts) {
    for (int s = 0; s < drafts.sentenceCount(); s++) {
      boolean merged = true;
      while (merged) {
        merged = false;
        List<Draft> list = drafts.in(s);
        for (int i = 0; i + 1 < list.size() && !merged; i++) {
          Draft a = list.get(i);
          Draft b = list.get(i + 1);
          Optional<String> type = mergedType(drafts, a, b);
          if (type.isPresent()) {
            drafts.remove(a);
            drafts.replace(b, new Draft(s, a.first(), b.last(), type.get()));
            merged = true;
          }
        }
      }
    }
  }

  private Optional<String> mergedType(Drafts drafts, Draft a, Draft b) {
    if (b.first() != a.last() + 1 || !a.named() || !b.named()) {
      return Optional.empty();
    }
    if (!joins(drafts.token(a.sentence(), a.last()).word())
        || !joins(drafts.token(b.sentence(), b.first()).word())) {
      return Optional.empty();
    }
    EntityClass ca = a.entityClass();
    EntityClass cb = b.entityClass();
    if (ca == EntityClass.PLACE && cb == EntityClass.PLACE) {
      return Optional.of(a.type().equals(b.type()) ? a.type() : "LOCATION");
    }
    if ((ca == EntityClass.PLACE || ca == EntityClass.MISC && !belief(a))
        && cb == EntityClass.MISC
        && !belief(b)) {
      return Optional.of(a.type().equals(b.type()) ? a.type() : "MISC");
    }
    return Optional.empty();
  }

  /**
   * Religions and ideologies qualify a name rather than belong to it: "Italian" "Roman Catholic".
   */
  private static boolean belief(Draft d) {
    return d.type().equals("RELIGION") || d.type().equals("IDEOLOGY");
  }

  private boolean joins(String w) {
    return Words.hasUpper(w) || lexicon.is(w, EntityLexicon.WordKind.CONNECTOR);
  }
}
