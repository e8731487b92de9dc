package io.herald.eval.ner;

import io.herald.model.Span;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entity, gold or predicted, as scored: characters and type. Two mentions match when both are
 * equal (exact span and type, as conlleval counts).
 *
 * @param span characters in the document text
 * @param type CoNLL type
 * @param text the covered text, for error reports
 */
public record NerMention(Span span, ConllType type, String text) {
  public NerMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  /**
   * CoreNLP's own named entities in {@code parsed}: its entity mentions whose tokens carry an NER
   * tag. CoreNLP's entity-mention annotator also adds pronouns ("he", "his") as PERSON mentions
   * although their tokens are tagged {@code O}; they are not named entities and are left out, so
   * the baseline is CoreNLP's NER tagger as such.
   */
  public static List<NerMention> ofCoreNlp(ParsedArticle parsed) {
    List<EntityMention> named = new ArrayList<>();
    for (EntityMention e : parsed.entities()) {
      Sentence s = parsed.sentences().get(e.sentence());
      boolean tagged = true;
      for (int i = e.firstToken(); i <= e.lastToken(); i++) {
        tagged &= !s.token(i).ner().equals("O");
      }
      if (tagged) {
        named.add(e);
      }
    }
    return ofEntities(named, parsed.text());
  }

  /**
   * The entities of a CoreNLP-style list that CoNLL annotates, with their CoNLL types ({@link
   * ConllType#ofCoreNlp}); numbers, dates, titles and the like are left out.
   */
  public static List<NerMention> ofEntities(List<EntityMention> entities, String text) {
    List<NerMention> out = new ArrayList<>();
    for (EntityMention e : entities) {
      Optional<ConllType> type = ConllType.ofCoreNlp(e.type());
      type.ifPresent(t -> out.add(new NerMention(e.span(), t, e.span().of(text))));
    }
    return out;
  }
}
