package io.herald.cli;

import io.herald.ingest.ArticleReader;
import io.herald.ingest.ReadResult;
import io.herald.model.Article;
import io.herald.model.text.ParsedArticle;
import io.herald.pipeline.AnalysisException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald bench}: throughput of the full pipeline and of its CoreNLP annotators alone,
 * measured in one pass over the same articles (each article's language analysis is timed apart from
 * its coding), with peak heap.
 */
@Command(
    name = "bench",
    description =
        "Measure articles/s and tokens/s of the pipeline and of CoreNLP alone, and peak heap.")
final class BenchCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Analyse at most N articles (0: all).")
  int limit;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Files or directories of articles.")
  List<Path> inputs;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or positive: " + limit);
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    HeraldConfig config = input.config();
    ReadResult read = new ArticleReader(input.readOptions(config)).read(inputs);
    List<Article> articles = read.articles();
    if (limit > 0 && articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no readable article in " + inputs);
    }
    Wiring wiring = Wiring.build(config);
    long nlpNanos = 0;
    long codingNanos = 0;
    long tokens = 0;
    int done = 0;
    long wallStart = System.nanoTime();
    for (Article a : articles) {
      long t0 = System.nanoTime();
      ParsedArticle parsed;
      try {
        parsed = wiring.analyzer.analyze(a);
      } catch (RuntimeException e) {
        continue;
      }
      long t1 = System.nanoTime();
      try {
        wiring.pipeline.code(parsed);
      } catch (AnalysisException e) {
        continue;
      }
      long t2 = System.nanoTime();
      nlpNanos += t1 - t0;
      codingNanos += t2 - t1;
      tokens += parsed.tokenCount();
      done++;
    }
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double nlp = nlpNanos / 1e9;
    double full = (nlpNanos + codingNanos) / 1e9;
    out.printf(
        Locale.ROOT,
        "herald bench: %d articles, %,d tokens (%d input errors); models and dictionaries loaded in %.1f s%n",
        done,
        tokens,
        read.errors().size(),
        wiring.loadMillis / 1000.0);
    out.printf(Locale.ROOT, "%-34s %10s %12s %12s%n", "stage", "seconds", "articles/s", "tokens/s");
    row(out, "CoreNLP annotators alone", nlp, done, tokens);
    row(out, "Herald coding + geo (after NLP)", codingNanos / 1e9, done, tokens);
    row(out, "full pipeline", full, done, tokens);
    out.printf(
        Locale.ROOT,
        "wall time %.1f s; Java %s; %d processors%n",
        wall,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    out.println("CoreNLP time per annotator:");
    Map<String, Long> per = wiring.analyzer.annotatorMillis();
    long sum = per.values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<String, Long> e : per.entrySet()) {
      out.printf(
          Locale.ROOT,
          "  %-28s %8.1f s %5.1f%%%n",
          e.getKey(),
          e.getValue() / 1000.0,
          sum == 0 ? 0 : 100.0 * e.getValue() / sum);
    }
    out.printf(
        Locale.ROOT,
        "peak heap %,d MB (sum of heap pool peaks since start, models included; -Xmx %,d MB)%n",
        peakHeapBytes() / (1 << 20),
        Runtime.getRuntime().maxMemory() / (1 << 20));
    return 0;
  }

  private static void row(PrintWriter out, String name, double seconds, int articles, long tokens) {
    out.printf(
        Locale.ROOT,
        "%-34s %10.1f %12.2f %12.0f%n",
        name,
        seconds,
        seconds == 0 ? 0 : articles / seconds,
        seconds == 0 ? 0 : tokens / seconds);
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
