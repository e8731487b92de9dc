package io.herald.coding.entities;

import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;

/**
 * Known names CoreNLP left untagged: country names, capitals, demonyms and international
 * organisations standing on their own ("the Koreans", "OSCE"), not inside a longer capitalised name
 * ("JAKARTA POST"); not in lines written in capitals, where every word looks like a name. A mention
 * written in capitals that spells a country's name is made a country ("UNITED STATES" tagged as an
 * organisation): CoreNLP's tagger reads case as a cue and fails on capitals.
 */
final class LexiconNames implements Rule {
  /** Shorter capitals are acronyms ("US", "UAE"), tagged by CoreNLP from their context. */
  private static final int MIN_SPELLED = 3;

  private final EntityLexicon lexicon;
  private final String text;

  LexiconNames(EntityLexicon lexicon, String text) {
    this.lexicon = lexicon;
    this.text = text;
  }

  @Override
  public void apply(Drafts drafts) {
    for (int s = 0; s < drafts.sentenceCount(); s++) {
      Sentence sentence = drafts.sentence(s);
      retypeCountries(drafts, s);
      if (Words.capitalsLine(sentence)) {
        continue;
      }
      for (PhraseMatcher.Match<String> m : lexicon.find(sentence, text)) {
        Token first = sentence.token(m.first());
        if (drafts.free(s, m.first(), m.last())
            && Words.capitalised(first.word())
            && (Words.properNoun(first) || m.value().equals("NATIONALITY"))
            && !drafts.untaggedName(s, m.first() - 1)
            && !drafts.untaggedName(s, m.last() + 1)) {
          drafts.claim(new Draft(s, m.first(), m.last(), m.value()));
        }
      }
    }
  }

  private void retypeCountries(Drafts drafts, int s) {
    for (Draft d : drafts.in(s)) {
      String words = drafts.words(d);
      if (d.named()
          && !d.type().equals("COUNTRY")
          && words.length() > MIN_SPELLED
          && Words.allCaps(words)
          && lexicon.typeOf(words).filter("COUNTRY"::equals).isPresent()) {
        drafts.replace(d, d.withType("COUNTRY"));
      }
    }
  }
}
