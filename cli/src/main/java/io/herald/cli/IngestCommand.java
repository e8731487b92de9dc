package io.herald.cli;

import io.herald.ingest.ArticleReader;
import io.herald.ingest.ArticleStream;
import io.herald.model.Article;
import io.herald.model.IngestError;
import io.herald.store.IndexRepair;
import io.herald.store.Store;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald ingest}: a corpus into the database, with progress, on several threads, in batches
 * that survive a kill; a re-run skips what is stored.
 */
@Command(
    name = "ingest",
    description =
        "Analyse a corpus into the database: files, directories (recursively) and JSON Lines."
            + " Re-runs skip stored articles; killing it loses at most the batch in progress.")
final class IngestCommand implements Callable<Integer> {
  private static final long LOG_EVERY_NANOS = 30_000_000_000L;

  @Mixin InputOptions input;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = "herald-data/herald.duckdb",
      description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Articles analysed at once; each needs heap (about 1.5 GB with coreference)."
              + " Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "16",
      description = "Articles per commit (default: ${DEFAULT-VALUE}); also commits every minute.")
  int batch;

  @Option(
      names = "--progress",
      paramLabel = "auto|bar|log|none",
      defaultValue = "auto",
      description =
          "bar: one line redrawn on a terminal; log: a line per commit and per 30 s; auto: bar on"
              + " a terminal, else log (default: ${DEFAULT-VALUE}).")
  String progress;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Text, JSON Lines, HTML or RSS/Atom files, or directories (walked recursively).")
  List<Path> paths;

  @Override
  public Integer call() {
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("--threads: expected 1 to 64, got " + threads);
    }
    if (batch < 1 || batch > 10_000) {
      throw new IllegalArgumentException("--batch: expected 1 to 10000, got " + batch);
    }
    Progress.Mode mode = mode(progress);
    long start = System.nanoTime();
    HeraldConfig config = input.config();
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    config.codersWarning().ifPresent(err::println);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    ArticleReader reader = new ArticleReader(input.readOptions(config));
    // First pass: only each article's key is kept, so the corpus never has to fit in memory.
    List<IngestPlan.Key> keys = new ArrayList<>();
    List<IngestError> unreadable = new ArrayList<>();
    try (ArticleStream stream = reader.stream(paths)) {
      while (stream.hasNext()) {
        ArticleStream.Item item = stream.next();
        if (item instanceof ArticleStream.Read r) {
          keys.add(IngestPlan.Key.of(r.article()));
        } else if (item instanceof ArticleStream.Failed f) {
          unreadable.add(f.error());
          err.println("herald: skipped " + f.error());
        }
      }
    }
    try (Store store = Store.open(db)) {
      IndexRepair repair = store.indexRepair();
      if (repair.changed()) {
        err.printf(
            Locale.ROOT,
            "herald: full-text index brought in step with the database (%d indexed, %d removed)%n",
            repair.added(),
            repair.removed());
      }
      store.recordErrors(unreadable, "ingest");
      IngestPlan plan = IngestPlan.ofKeys(keys, store::storedHashes);
      for (String id : plan.idClashes()) {
        err.println(
            "herald: article id " + id + " is given to different texts; the last one is kept");
      }
      err.printf(
          Locale.ROOT,
          "herald: %d articles read, %d already stored, %d to analyse%n",
          keys.size(),
          plan.alreadyStored(),
          plan.todoCount());
      Ingester.Tally tally = new Ingester.Tally(0, 0);
      long loadNanos = 0;
      long analysisStart = System.nanoTime();
      if (plan.todoCount() > 0) {
        err.println("herald: loading language models and dictionaries...");
        Wiring wiring = Wiring.build(config);
        loadNanos = System.nanoTime() - analysisStart;
        analysisStart = System.nanoTime();
        Progress bar = new Progress(err, mode, plan.todoCount(), System::nanoTime, LOG_EVERY_NANOS);
        Ingester ingester =
            new Ingester(
                store,
                a -> wiring.pipeline.analyze(a, store::roles),
                threads,
                batch,
                60_000_000_000L,
                System::nanoTime,
                bar);
        // Second pass: the same inputs again, analysing what the plan chose.
        try (ArticleStream stream = reader.stream(paths)) {
          tally = ingester.run(new Planned(stream, plan, err));
        }
        bar.finish();
      }
      double analysis = (System.nanoTime() - analysisStart) / 1e9;
      out.println(
          summary(
              tally,
              plan,
              unreadable.size(),
              (System.nanoTime() - start) / 1e9,
              loadNanos / 1e9,
              analysis));
      return unreadable.isEmpty() && tally.failed() == 0 ? 0 : 1;
    }
  }

  /**
   * {@code herald ingest: 48 stored, 2 skipped as already present, 1 failed (plus 2 unreadable
   * inputs); elapsed 83.2 s (models 25.1 s), 0.83 articles/s}.
   */
  static String summary(
      Ingester.Tally tally,
      IngestPlan plan,
      int unreadable,
      double elapsed,
      double models,
      double analysis) {
    StringBuilder s = new StringBuilder("herald ingest: ");
    s.append(tally.stored()).append(" stored, ");
    s.append(plan.alreadyStored()).append(" skipped as already present, ");
    if (plan.superseded() > 0) {
      s.append(plan.superseded()).append(" repeated in the input, ");
    }
    s.append(tally.failed() + unreadable).append(" failed");
    if (unreadable > 0) {
      s.append(" (").append(unreadable).append(" unreadable inputs)");
    }
    s.append(String.format(Locale.ROOT, "; elapsed %.1f s", elapsed));
    if (models > 0) {
      // Models are loaded only when something is analysed; the rate leaves their loading out.
      s.append(String.format(Locale.ROOT, " (models %.1f s)", models));
      double rate = analysis > 0 ? tally.stored() / analysis : 0;
      s.append(String.format(Locale.ROOT, ", %.3f articles/s", rate));
    }
    return s.toString();
  }

  /**
   * Whether the user watches a terminal. Java 17's {@code System.console()} is null unless stdin
   * and stdout are terminals; from Java 22 it may exist without one, and {@code isTerminal()}
   * tells.
   */
  private static boolean terminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private static Progress.Mode mode(String progress) {
    return switch (progress.toLowerCase(Locale.ROOT)) {
      case "bar" -> Progress.Mode.BAR;
      case "log" -> Progress.Mode.LOG;
      case "none" -> Progress.Mode.NONE;
      case "auto" -> terminal() ? Progress.Mode.BAR : Progress.Mode.LOG;
      default ->
          throw new IllegalArgumentException(
              "--progress: expected auto, bar, log or none, got " + progress);
    };
  }

  /**
   * The articles of the second pass that the plan chose. A file edited between the passes is not
   * analysed (its new text was never checked against the store); the next run picks it up.
   */
  private static final class Planned implements Iterator<Article> {
    private final ArticleStream stream;
    private final IngestPlan plan;
    private final PrintWriter err;
    private int position = -1;
    private Article next;

    Planned(ArticleStream stream, IngestPlan plan, PrintWriter err) {
      this.stream = stream;
      this.plan = plan;
      this.err = err;
    }

    @Override
    public boolean hasNext() {
      while (next == null && stream.hasNext()) {
        if (stream.next() instanceof ArticleStream.Read r) {
          position++;
          if (plan.analyses(position, r.article())) {
            next = r.article();
          } else if (plan.todo().get(position)) {
            err.println(
                "herald: " + r.origin() + " changed while ingesting; left for the next run");
          }
        }
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article a = next;
      next = null;
      return a;
    }
  }
}
