package io.herald.eval.geo;

import java.util.List;

/**
 * A geoparsing gold set as read.
 *
 * @param articles the articles in file order
 * @param realigned gold spans whose offsets did not give their phrase and were moved to the nearest
 *     place that does (GeoVirus's offsets are one character late)
 * @param dropped gold toponyms left out because their phrase is not near their offsets
 */
public record GoldCorpus(List<GoldArticle> articles, int realigned, int dropped) {
  public GoldCorpus {
    articles = List.copyOf(articles);
  }

  public int toponymCount() {
    return articles.stream().mapToInt(a -> a.toponyms().size()).sum();
  }

  public int unlocatedCount() {
    return articles.stream().mapToInt(a -> a.unlocated().size()).sum();
  }

  /** The first {@code n} articles (all when {@code n} is 0 or larger than the corpus). */
  public GoldCorpus limit(int n) {
    if (n <= 0 || n >= articles.size()) {
      return this;
    }
    return new GoldCorpus(articles.subList(0, n), realigned, dropped);
  }
}
