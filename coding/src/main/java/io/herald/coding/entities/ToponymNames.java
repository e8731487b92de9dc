package io.herald.coding.entities;

import io.herald.coding.entities.EntityLexicon.WordKind;
import io.herald.model.text.Token;
import java.util.Optional;

/**
 * Capitalised words before a capitalised place-name head make a place: "Wall Street", "Green
 * Square", "Red Sea". Found where CoreNLP tagged nothing, or tagged the words as places or an
 * organisation; not when a further capitalised word follows ("Wall Street Journal") or when a
 * person or another kind of name is involved.
 */
final class ToponymNames implements Rule {
  private static final int MAX_NAME_WORDS = 3;
  private final EntityLexicon lexicon;

  ToponymNames(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(Drafts drafts) {
    for (int s = 0; s < drafts.sentenceCount(); s++) {
      int size = drafts.sentence(s).tokens().size();
      for (int h = 1; h < size; h++) {
        if (lexicon.is(drafts.token(s, h).word(), WordKind.TOPONYM)) {
          place(drafts, s, h, size);
        }
      }
    }
  }

  private void place(Drafts drafts, int s, int h, int size) {
    int first = h;
    while (first > 0 && h - first < MAX_NAME_WORDS && nameWord(drafts, s, first - 1)) {
      first--;
    }
    if (first == h || !Words.properNoun(drafts.token(s, first))) {
      return;
    }
    if (h + 1 < size) {
      Token next = drafts.token(s, h + 1);
      if (Words.capitalised(next.word()) && !Words.punctuation(next.word())) {
        return;
      }
    }
    if (!drafts.onlyInside(s, first, h)) {
      return;
    }
    for (Draft d : drafts.in(s)) {
      if (d.overlaps(first, h)
          && d.entityClass() != EntityClass.PLACE
          && d.entityClass() != EntityClass.ORGANIZATION) {
        return;
      }
      if (d.first() == first && d.last() == h && d.entityClass() == EntityClass.PLACE) {
        return;
      }
    }
    drafts.claim(new Draft(s, first, h, "LOCATION"));
  }

  private boolean nameWord(Drafts drafts, int s, int i) {
    Token t = drafts.token(s, i);
    Optional<Draft> d = drafts.at(s, i);
    return Words.capitalised(t.word())
        && !Words.punctuation(t.word())
        && !lexicon.is(t.word(), WordKind.DESIGNATOR)
        && (d.isEmpty() || d.get().named());
  }
}
