package io.herald.coding.quotes;

import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built parses for attribution tests, so they need no models. Tokens are written {@code
 * word/POS} or {@code word/POS/lemma} (a lemma defaults to the lower-cased word); a word tagged
 * {@code NNP} is a PERSON entity. Dependencies are {@code "governor>dependent:relation"} with token
 * indices of the sentence, {@code -1} for the root. A fourth field sets the NER tag ({@code
 * British/JJ/british/NATIONALITY}); other packages' coder tests use it too.
 */
public final class Parse {
  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private int cursor;

  public Parse(String text) {
    this.text = text;
  }

  public Parse sentence(String tokens, String... dependencies) {
    List<Token> list = new ArrayList<>();
    int index = sentences.size();
    for (String spec : tokens.split(" ")) {
      String[] f = spec.split("/");
      String word = f[0];
      int start = text.indexOf(word, cursor);
      if (start < 0) {
        throw new IllegalArgumentException("\"" + word + "\" not found after " + cursor);
      }
      cursor = start + word.length();
      String pos = f.length > 1 ? f[1] : "NN";
      String lemma = f.length > 2 ? f[2] : word.toLowerCase(java.util.Locale.ROOT);
      String ner = f.length > 3 ? f[3] : pos.equals("NNP") ? "PERSON" : "O";
      Span span = new Span(start, cursor);
      list.add(new Token(list.size(), word, lemma, pos, ner, "", span));
      if (!ner.equals("O")) {
        entities.add(new EntityMention(word, ner, span, index, list.size() - 1, list.size() - 1));
      }
    }
    List<Dependency> deps = dependencies(dependencies);
    Span span = new Span(list.get(0).span().start(), list.get(list.size() - 1).span().end());
    sentences.add(new Sentence(index, span, list, deps));
    return this;
  }

  public ParsedArticle build() {
    Article a = new Article("test", "", text, Optional.empty(), "", "");
    return new ParsedArticle(a, sentences, entities, List.of(), List.of(), List.of());
  }

  /**
   * Dependencies written {@code "governor>dependent:relation"} with token indices, {@code -1} for
   * the root; shared by the hand-built parses of the other coder tests.
   */
  public static List<Dependency> dependencies(String... specs) {
    List<Dependency> deps = new ArrayList<>();
    for (String d : specs) {
      String[] gd = d.split(":", 2);
      String[] ends = gd[0].split(">");
      deps.add(new Dependency(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), gd[1]));
    }
    return deps;
  }
}
