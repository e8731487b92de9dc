package io.herald.cli;

import io.herald.ingest.ArticleReader;
import io.herald.ingest.ReadOptions;
import io.herald.ingest.ReadResult;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.IngestError;
import io.herald.pipeline.AnalysisException;
import io.herald.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald demo}: analyses the bundled Wikinews sample into a database and summarises it. */
@Command(
    name = "demo",
    description =
        "Analyse the bundled sample of Wikinews stories (CC BY 4.0) into ./herald-data/herald.duckdb,"
            + " then serve the UI on it until killed (--no-serve to exit instead).")
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "/io/herald/cli/demo/meantime-sample.jsonl";

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = "herald-data/herald.duckdb",
      description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--no-serve",
      description = "Exit after analysing instead of serving the UI on the result (for scripts).")
  boolean noServe;

  @Mixin ServeOptions serve;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    ReadResult read =
        new ArticleReader(ReadOptions.defaults()).readJsonLines("bundled sample", sample());
    out.println(
        "Herald demo: "
            + read.articles().size()
            + " Wikinews stories from the MEANTIME corpus (CC BY 4.0; see NOTICE).");
    out.println("Loading language models and dictionaries (about a minute on first use)...");
    Wiring wiring = Wiring.build(HeraldConfig.defaults());
    out.printf(Locale.ROOT, "Loaded in %.1f s.%n", wiring.loadMillis / 1000.0);
    int failures = 0;
    try (Store store = Store.open(db)) {
      int n = 0;
      for (Article a : read.articles()) {
        long t = System.nanoTime();
        try {
          AnalyzedArticle analyzed = wiring.pipeline.analyze(a, store::roles);
          store.save(analyzed);
          out.printf(
              Locale.ROOT,
              "  [%d/%d] %-70s %2d events %2d actors %2d places (%.1f s)%n",
              ++n,
              read.articles().size(),
              shorten(a.title()),
              analyzed.events().size(),
              analyzed.actors().size(),
              analyzed.places().size(),
              (System.nanoTime() - t) / 1e9);
        } catch (AnalysisException e) {
          failures++;
          store.recordError(new IngestError(a.id(), e.getMessage()), "analyze");
          out.println("  skipped " + a.id() + ": " + e.getMessage());
        }
      }
      out.println();
      out.println("Stored in " + db.toAbsolutePath().normalize());
      out.println(store.summary().format());
      if (!noServe) {
        out.println(
            "Next: browse the stories and their events in the UI below; stop it with Ctrl-C,");
        out.println("  then open the database from Python:");
        out.println("  duckdb.connect('" + db + "', read_only=True).sql('select * from events')");
        ServeOptions.serveUntilKilled(store, serve.config(), out);
        return failures == 0 ? 0 : 1;
      }
    }
    out.println(
        "Next: ./herald serve --db " + db + "   (the UI), ./herald analyze --format text FILE,");
    out.println("  or open the database from Python:");
    out.println("  duckdb.connect('" + db + "', read_only=True).sql('select * from events')");
    return failures == 0 ? 0 : 1;
  }

  private static String shorten(String s) {
    return s.length() <= 70 ? s : s.substring(0, 69) + "…";
  }

  static String sample() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled demo sample " + SAMPLE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled demo sample", e);
    }
  }
}
