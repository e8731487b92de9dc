package io.herald.coding.entities;

import io.herald.model.text.Token;

/**
 * Two clean-ups that make CoreNLP's mentions names: pronouns that its entity-mention annotator adds
 * as PERSON mentions (their tokens carry no NER tag) are dropped; punctuation and plain lower-case
 * words at the edges of a named mention are trimmed ("-- Luli Popescu", "Huize county", "the Jewish
 * state"), and a named mention with no capital letter left is dropped ("nationalist", "separatist",
 * tagged IDEOLOGY). Numbers, dates, titles and the like are not touched.
 */
final class Cleanup {
  private Cleanup() {}

  /** Drops named mentions whose tokens all carry the NER tag {@code O}. */
  static final class UntaggedMentions implements Rule {
    @Override
    public void apply(Drafts drafts) {
      for (Draft d : drafts.all()) {
        if (!d.named()) {
          continue;
        }
        boolean tagged = false;
        for (int i = d.first(); i <= d.last(); i++) {
          tagged |= !drafts.token(d.sentence(), i).ner().equals("O");
        }
        if (!tagged) {
          drafts.remove(d);
        }
      }
    }
  }

  /**
   * Trims punctuation and lower-case words from the edges of named mentions, keeping a name
   * particle that begins a personal name ("de Silva").
   */
  static final class Edges implements Rule {
    private final EntityLexicon lexicon;

    Edges(EntityLexicon lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public void apply(Drafts drafts) {
      for (Draft d : drafts.all()) {
        if (!d.named()) {
          continue;
        }
        int first = d.first();
        int last = d.last();
        while (first < last
            && edge(drafts.token(d.sentence(), first))
            && !particle(drafts, d, first)) {
          first++;
        }
        if (first == last && edge(drafts.token(d.sentence(), first))) {
          first++;
        }
        while (last >= first
            && edge(drafts.token(d.sentence(), last))
            && !closesBracket(drafts, d.sentence(), first, last)) {
          last--;
        }
        boolean capital = false;
        for (int i = first; i <= last; i++) {
          capital |= Words.hasUpper(drafts.token(d.sentence(), i).word());
        }
        if (!capital) {
          drafts.remove(d);
        } else if (first != d.first() || last != d.last()) {
          drafts.replace(d, d.withTokens(first, last));
        }
      }
    }

    private boolean particle(Drafts drafts, Draft d, int i) {
      return d.entityClass() == EntityClass.PERSON
          && lexicon.is(drafts.token(d.sentence(), i).word(), EntityLexicon.WordKind.PARTICLE)
          && Words.capitalised(drafts.token(d.sentence(), i + 1).word());
    }

    /** Token {@code last} closes a bracket opened inside the mention: "Mladost ( L )". */
    private static boolean closesBracket(Drafts drafts, int s, int first, int last) {
      if (!drafts.token(s, last).word().equals(")")) {
        return false;
      }
      for (int i = first; i < last; i++) {
        if (drafts.token(s, i).word().equals("(")) {
          return true;
        }
      }
      return false;
    }

    private static boolean edge(Token t) {
      return Words.punctuation(t.word()) || Words.lowercaseWord(t.word());
    }
  }
}
