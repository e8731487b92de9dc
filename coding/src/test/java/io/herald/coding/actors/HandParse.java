package io.herald.coding.actors;

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
 * A hand-built one-sentence parse for actor tests, so they need no models. Tokens are written
 * {@code word/POS} or {@code word/POS/NER}; a token tagged {@code PERSON} is also a PERSON entity
 * mention (consecutive ones form one mention). Dependencies are {@code
 * "governor>dependent:relation"} with token indices, {@code -1} for the root.
 */
final class HandParse {
  private HandParse() {}

  static ParsedArticle of(String text, String tokens, String... dependencies) {
    List<Token> list = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    int cursor = 0;
    int personStart = -1;
    for (String spec : tokens.split(" ")) {
      String[] f = spec.split("/");
      String word = f[0];
      int start = text.indexOf(word, cursor);
      if (start < 0) {
        throw new IllegalArgumentException("\"" + word + "\" not found after " + cursor);
      }
      cursor = start + word.length();
      String ner = f.length > 2 ? f[2] : "O";
      list.add(
          new Token(
              list.size(),
              word,
              word.toLowerCase(Locale.ROOT),
              f[1],
              ner,
              "",
              new Span(start, cursor)));
      int i = list.size() - 1;
      boolean person = ner.equals("PERSON");
      if (person && personStart < 0) {
        personStart = i;
      }
      if (personStart >= 0 && (!person || i == tokens.split(" ").length - 1)) {
        int last = person ? i : i - 1;
        Span span = new Span(list.get(personStart).span().start(), list.get(last).span().end());
        entities.add(new EntityMention(span.of(text), "PERSON", span, 0, personStart, last));
        personStart = -1;
      }
    }
    List<Dependency> deps = Parse.dependencies(dependencies);
    Span span = new Span(list.get(0).span().start(), list.get(list.size() - 1).span().end());
    Sentence s = new Sentence(0, span, list, deps);
    Article a =
        new Article("test", "", text, Optional.of(LocalDate.parse("1995-01-01")), "test", "");
    return new ParsedArticle(a, List.of(s), entities, List.of(), List.of(), List.of());
  }
}
