package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.actors.RoleStore;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.json.AnalyzedArticleJson;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import io.herald.pipeline.Pipeline;
import io.herald.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worker threads and batched commits, on the parsed stories of {@code testdata/parsed} (the
 * language analysis is replaced by the stored CoreNLP output; everything after it is real).
 */
class IngesterIT {
  private static final Map<String, ParsedArticle> PARSED = new HashMap<>();
  private static Pipeline pipeline;

  @BeforeAll
  static void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "testdata", "parsed"))) {
      for (Path f : files.sorted().toList()) {
        ParsedArticle p =
            new ParsedArticleCodec().read(Files.readString(f, StandardCharsets.UTF_8));
        PARSED.put(p.article().id(), p);
      }
    }
    Countries countries = Countries.load();
    LanguageAnalyzer fixtures =
        new LanguageAnalyzer() {
          @Override
          public ParsedArticle analyze(Article article) {
            ParsedArticle p = PARSED.get(article.id());
            if (p == null) {
              throw new IllegalStateException("no parse for " + article.id());
            }
            return p;
          }

          @Override
          public Map<String, Long> annotatorMillis() {
            return Map.of();
          }
        };
    pipeline =
        new Pipeline(
            fixtures,
            ArticleCoder.withBundledDictionaries(countries, CameoCodebook.load()),
            new Geoparser(Gazetteer.load(countries), countries));
  }

  private static List<Article> articles() {
    return PARSED.values().stream()
        .map(ParsedArticle::article)
        .sorted(java.util.Comparator.comparing(Article::id))
        .toList();
  }

  @Test
  void coding_on_many_threads_gives_what_one_thread_gives() throws Exception {
    AnalyzedArticleJson json = new AnalyzedArticleJson();
    Map<String, String> serial = new HashMap<>();
    for (Article a : articles()) {
      serial.put(a.id(), json.write(pipeline.analyze(a, RoleStore.NONE)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String[]>> runs = new ArrayList<>();
      for (int round = 0; round < 25; round++) {
        for (Article a : articles()) {
          runs.add(
              pool.submit(
                  () -> new String[] {a.id(), json.write(pipeline.analyze(a, RoleStore.NONE))}));
        }
      }
      for (Future<String[]> r : runs) {
        String[] idAndDoc = r.get();
        assertThat(idAndDoc[1]).as(idAndDoc[0]).isEqualTo(serial.get(idAndDoc[0]));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void stores_every_article_once_in_batches_and_records_the_one_that_fails() throws Exception {
    List<Article> input = new ArrayList<>(articles());
    Article unparsable =
        new Article(
            "no-parse",
            "A story",
            "No parse is stored for this text.",
            java.util.Optional.empty(),
            "",
            "");
    input.add(1, unparsable);
    StringWriter messages = new StringWriter();
    Progress progress =
        new Progress(
            new PrintWriter(messages),
            Progress.Mode.LOG,
            input.size(),
            System::nanoTime,
            Long.MAX_VALUE);

    try (Store store = Store.inMemory()) {
      Ingester.Tally tally =
          new Ingester(
                  store,
                  a -> pipeline.analyze(a, store::roles),
                  3,
                  2,
                  Long.MAX_VALUE,
                  System::nanoTime,
                  progress)
              .run(input);

      int n = articles().size();
      assertThat(tally).isEqualTo(new Ingester.Tally(n, 1));
      for (Article a : articles()) {
        assertThat(store.containsHash(ContentHash.of(a))).as(a.id()).isTrue();
      }
      assertThat(store.containsHash(ContentHash.of(unparsable))).isFalse();
      assertThat(store.summary().articles()).isEqualTo(n);
      assertThat(store.indexedCount()).isEqualTo(n);
      assertThat(store.search("Odesa", 0, 10).total()).isEqualTo(1);
      // Two batches of two: a line per commit, with the running count.
      assertThat(messages.toString())
          .contains("herald: failed no-parse: language analysis failed on no-parse")
          .contains(", 2 stored,")
          .contains(", 4 stored,");
    }
  }
}
