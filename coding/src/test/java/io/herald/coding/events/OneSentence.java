package io.herald.coding.events;

import io.herald.coding.quotes.Parse;
import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hand-built parse of one sentence, so event patterns are tested without loading models. Tokens
 * are written {@code word/POS}, {@code word/POS/lemma} or {@code word/POS/lemma/NER} (the lemma
 * defaults to the lower-cased word, the NER tag to O; a PERSON token is also an entity mention).
 * Dependencies are {@code "governor>dependent:relation"} with token indices, {@code -1} for the
 * root, in the enhanced form CoreNLP gives ({@code obl:with}, {@code nmod:of}).
 */
final class OneSentence {
  private OneSentence() {}

  static ParsedArticle parse(String text, String tokens, String... dependencies) {
    List<Token> list = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    int cursor = 0;
    for (String spec : tokens.split(" ")) {
      String[] f = spec.split("/");
      String word = f[0];
      int start = text.indexOf(word, cursor);
      if (start < 0) {
        throw new IllegalArgumentException("\"" + word + "\" not found after " + cursor);
      }
      cursor = start + word.length();
      String pos = f.length > 1 ? f[1] : "NN";
      String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : word.toLowerCase(Locale.ROOT);
      String ner = f.length > 3 ? f[3] : "O";
      Span span = new Span(start, cursor);
      list.add(new Token(list.size(), word, lemma, pos, ner, "", span));
      if (ner.equals("PERSON")) {
        entities.add(new EntityMention(word, ner, span, 0, list.size() - 1, list.size() - 1));
      }
    }
    List<Dependency> deps = Parse.dependencies(dependencies);
    Span span = new Span(list.get(0).span().start(), list.get(list.size() - 1).span().end());
    Article a = new Article("test", "", text, Optional.of(LocalDate.of(2024, 5, 6)), "test", "");
    return new ParsedArticle(
        a, List.of(new Sentence(0, span, list, deps)), entities, List.of(), List.of(), List.of());
  }
}
