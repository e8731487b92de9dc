package io.herald.model.text;

import io.herald.model.Article;
import java.util.List;
import java.util.Objects;

/** An article with the linguistic analysis that the coders read. */
public record ParsedArticle(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<CorefChain> corefChains,
    List<TimeMention> times,
    List<QuoteMention> quotes) {
  public ParsedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    corefChains = List.copyOf(corefChains);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
