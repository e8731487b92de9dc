package io.herald.cli;

import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.IngestError;
import io.herald.store.Store;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Analyses articles on worker threads and saves them in batches, each batch one transaction: a
 * process killed at any moment loses at most the batch in progress, and since a re-run skips stored
 * content hashes ({@link IngestPlan}) it redoes exactly that.
 *
 * <p>The analysis function must be safe to call from several threads at once: Herald's {@link
 * io.herald.pipeline.Pipeline} is (its stages keep no state between articles, and CoreNLP's {@code
 * StanfordCoreNLP.annotate} may be called concurrently). Saving happens on the calling thread only.
 */
final class Ingester {
  /** Stage recorded in the errors table for articles whose analysis failed. */
  static final String ANALYZE = "analyze";

  /** Stage recorded for articles that analysed but whose records the store rejected. */
  static final String STORE = "store";

  /** How often the caller's thread wakes up to refresh the progress line. */
  private static final long TICK_MILLIS = 1000;

  /**
   * What one run did.
   *
   * @param stored articles saved
   * @param failed articles whose analysis or saving failed (recorded in the errors table)
   */
  record Tally(int stored, int failed) {}

  private sealed interface Outcome permits Analyzed, Failed {
    Article article();
  }

  private record Analyzed(Article article, AnalyzedArticle result) implements Outcome {}

  private record Failed(Article article, String problem) implements Outcome {}

  private final Store store;
  private final Function<Article, AnalyzedArticle> analyze;
  private final int threads;
  private final int batchSize;
  private final long maxBatchNanos;
  private final LongSupplier nanos;
  private final Progress progress;

  /**
   * @param analyze the analysis of one article; may throw for a bad article
   * @param batchSize articles per commit
   * @param maxBatchNanos longest time an analysed article waits for its batch to commit
   */
  Ingester(
      Store store,
      Function<Article, AnalyzedArticle> analyze,
      int threads,
      int batchSize,
      long maxBatchNanos,
      LongSupplier nanos,
      Progress progress) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "threads and batch size must be positive: " + threads + ", " + batchSize);
    }
    this.store = store;
    this.analyze = analyze;
    this.threads = threads;
    this.batchSize = batchSize;
    this.maxBatchNanos = maxBatchNanos;
    this.nanos = nanos;
    this.progress = progress;
  }

  /**
   * Analyses and stores {@code articles}; failures are reported through the progress messages and
   * recorded in the errors table, and the rest goes on.
   *
   * @throws io.herald.store.StoreException when the database fails; committed batches stay
   */
  Tally run(List<Article> articles) {
    return run(articles.iterator());
  }

  /**
   * Analyses and stores the articles {@code articles} yields, pulling only a few more than there
   * are threads: a corpus of any size streams through in bounded memory.
   *
   * @throws io.herald.store.StoreException when the database fails; committed batches stay
   */
  Tally run(Iterator<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
    try {
      return collect(new ExecutorCompletionService<>(pool), articles);
    } finally {
      pool.shutdownNow();
    }
  }

  private Tally collect(CompletionService<Outcome> results, Iterator<Article> articles) {
    // Enough queued work to keep every thread busy while the caller saves a batch.
    int window = threads * 2;
    List<AnalyzedArticle> batch = new ArrayList<>();
    long batchStart = nanos.getAsLong();
    int stored = 0;
    int failed = 0;
    int inFlight = 0;
    while (true) {
      while (inFlight < window && articles.hasNext()) {
        Article a = articles.next();
        results.submit(() -> analyse(a));
        inFlight++;
      }
      if (inFlight == 0) {
        break;
      }
      Future<Outcome> next;
      try {
        next = results.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted; committed batches are kept", e);
      }
      if (next != null) {
        inFlight--;
        Outcome o = outcome(next);
        if (o instanceof Analyzed a) {
          if (batch.isEmpty()) {
            batchStart = nanos.getAsLong();
          }
          batch.add(a.result());
          progress.articleDone(true);
        } else if (o instanceof Failed f) {
          failed++;
          record(f.article(), f.problem(), ANALYZE);
          progress.articleDone(false);
        }
      } else {
        progress.tick();
      }
      boolean due = batch.size() >= batchSize || (inFlight == 0 && !articles.hasNext());
      if (!batch.isEmpty() && (due || nanos.getAsLong() - batchStart >= maxBatchNanos)) {
        int saved = save(batch);
        stored += saved;
        failed += batch.size() - saved;
        batch.clear();
      }
    }
    return new Tally(stored, failed);
  }

  private Outcome analyse(Article a) {
    try {
      return new Analyzed(a, analyze.apply(a));
    } catch (RuntimeException e) {
      return new Failed(a, e.getMessage() == null ? e.toString() : e.getMessage());
    } catch (OutOfMemoryError e) {
      // One very long article must not end a run of thousands; the heap is free again once this
      // article's annotations are dropped.
      return new Failed(
          a, "out of memory while analysing it (give Java more heap or use fewer --threads)");
    } catch (StackOverflowError e) {
      return new Failed(a, "stack overflow while analysing it (a pathological sentence?)");
    }
  }

  private static Outcome outcome(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted; committed batches are kept", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    }
  }

  /** Saves one batch in one transaction; returns how many were stored. */
  private int save(List<AnalyzedArticle> batch) {
    try {
      store.saveAll(batch);
      progress.committed(batch.size());
      return batch.size();
    } catch (IllegalArgumentException malformed) {
      // One article's records are inconsistent: save the others one by one.
      int saved = 0;
      for (AnalyzedArticle a : batch) {
        try {
          store.save(a);
          saved++;
        } catch (IllegalArgumentException e) {
          record(a.article(), e.getMessage(), STORE);
        }
      }
      progress.committed(saved);
      progress.storeFailed(batch.size() - saved);
      return saved;
    }
  }

  private void record(Article a, String problem, String stage) {
    progress.message("herald: failed " + a.id() + ": " + problem);
    store.recordErrors(List.of(new IngestError(a.id(), problem)), stage);
  }

  private static ThreadFactory workers() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "herald-ingest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
