package io.herald.coding.entities;

import io.herald.coding.entities.EntityLexicon.WordKind;
import io.herald.model.text.Token;
import java.util.Optional;

/**
 * An adjective built on a name with a hyphen ("Hong Kong-based", "St. Louis-based", "Ohio-born",
 * "Communist-led") is a MISC name of its own, as nationality adjectives are: it is cut out of the
 * mention CoreNLP gave it ("St. Louis-based Mercantile Bancorp Inc." becomes "St. Louis-based" and
 * "Mercantile Bancorp Inc.") or added when CoreNLP missed it.
 */
final class DerivedAdjectives implements Rule {
  private static final int MAX_NAME_WORDS = 3;
  private final EntityLexicon lexicon;

  DerivedAdjectives(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(Drafts drafts) {
    for (int s = 0; s < drafts.sentenceCount(); s++) {
      for (int i = 0; i < drafts.sentence(s).tokens().size(); i++) {
        if (derived(drafts.token(s, i).word())) {
          mark(drafts, s, i);
        }
      }
    }
  }

  private boolean derived(String w) {
    int dash = w.lastIndexOf('-');
    return dash > 0 && Words.capitalised(w) && lexicon.is(w.substring(dash + 1), WordKind.SUFFIX);
  }

  private static void mark(Drafts drafts, int s, int i) {
    Optional<Draft> own = drafts.at(s, i);
    if (own.isPresent() && own.get().entityClass() == EntityClass.OTHER) {
      return;
    }
    if (own.isEmpty() && i == 0) {
      return; // "Family-controlled" opening a sentence: capitalised for the sentence, not a name
    }
    int first = i;
    while (first > 0 && i - first < MAX_NAME_WORDS - 1 && nameWordBefore(drafts, s, first, own)) {
      first--;
    }
    for (Draft d : drafts.in(s)) {
      if (!d.overlaps(first, i)) {
        continue;
      }
      drafts.remove(d);
      if (d.first() < first) {
        drafts.claim(d.withTokens(d.first(), first - 1));
      }
      if (d.last() > i && Words.capitalised(drafts.token(s, i + 1).word())) {
        drafts.claim(d.withTokens(i + 1, d.last()));
      }
    }
    drafts.claim(new Draft(s, first, i, "MISC"));
  }

  /** The token before {@code i} is a capitalised part of the same name. */
  private static boolean nameWordBefore(Drafts drafts, int s, int i, Optional<Draft> own) {
    Token t = drafts.token(s, i - 1);
    if (!Words.capitalised(t.word()) || Words.punctuation(t.word())) {
      return false;
    }
    Optional<Draft> d = drafts.at(s, i - 1);
    if (d.isEmpty()) {
      return Words.properNoun(t);
    }
    return own.isPresent() && d.get().equals(own.get())
        || d.get().entityClass() == EntityClass.PLACE && d.get().last() == i - 1;
  }
}
