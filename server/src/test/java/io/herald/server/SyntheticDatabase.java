package io.herald.server;

import io.herald.model.AnalyzedArticle;
import io.herald.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Writes a database of many analysed copies of the test stories, for load runs of the API without
 * analysing a corpus first: {@code SyntheticDatabase OUT.duckdb COPIES} (COPIES per story, four
 * stories).
 */
final class SyntheticDatabase {
  private SyntheticDatabase() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SyntheticDatabase OUT.duckdb COPIES");
    }
    List<AnalyzedArticle> all = Corpus.copies(Integer.parseInt(args[1]));
    try (Store store = Store.open(Path.of(args[0]))) {
      for (int i = 0; i < all.size(); i += 500) {
        store.saveAll(all.subList(i, Math.min(all.size(), i + 500)));
      }
      LoggerFactory.getLogger(SyntheticDatabase.class).warn("{}", store.summary().format());
    }
  }
}
