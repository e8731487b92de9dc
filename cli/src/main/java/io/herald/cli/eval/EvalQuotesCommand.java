package io.herald.cli.eval;

import io.herald.cli.HeraldConfig;
import io.herald.cli.Wiring;
import io.herald.eval.quotes.GoldArticle;
import io.herald.eval.quotes.GoldAttribution;
import io.herald.eval.quotes.PolnearCorpus;
import io.herald.eval.quotes.QuoteScorer;
import io.herald.eval.quotes.QuoteScores;
import io.herald.eval.quotes.SpeakerCounts;
import io.herald.eval.quotes.SystemQuote;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.text.ParsedArticle;
import io.herald.nlp.NlpConfig;
import io.herald.pipeline.AnalysisException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald eval quotes DIR}: Herald's quotations and CoreNLP's own quote attribution, side by
 * side, against PolNeAR's brat attribution annotations. Each article is parsed once by CoreNLP with
 * its quote attribution switched on; Herald codes that same parse.
 */
@Command(
    name = "quotes",
    description = {
      "Score quotation spans and speakers on PolNeAR brat files (DIR holds text/ and"
          + " attributions/), Herald and CoreNLP's quote attribution side by side.",
      "Content spans match exactly (after trimming quotation marks and punctuation) or by overlap;"
          + " a gold direct quotation is a content inside double quotation marks throughout."
    })
public final class EvalQuotesCommand implements Callable<Integer> {
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  @Parameters(paramLabel = "DIR", description = "A PolNeAR compartment, e.g. .../polnear/dev.")
  Path dir;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score at most N articles (0: all).")
  int limit;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each article's parse (CoreNLP with quote attribution) as JSON in DIR and reuse it;"
              + " when every article is cached the models are not loaded.")
  Path cache;

  @Option(
      names = "--errors",
      paramLabel = "herald|corenlp",
      description = "Also list the gold direct quotations whose speaker this system got wrong.")
  String errors;

  @Option(
      names = "--misses",
      description =
          "Also list Herald's content errors on every attribution: gold contents missed (MISS),"
              + " overlapped but not equal (PART, with Herald's span), and Herald quotations"
              + " overlapping no gold content (FP).")
  boolean misses;

  @Option(
      names = "--all-speaker-errors",
      description =
          "With --errors, list speaker errors on every gold attribution, not only direct ones.")
  boolean allSpeakerErrors;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or positive: " + limit);
    }
    if (errors != null && !errors.equals("herald") && !errors.equals("corenlp")) {
      throw new IllegalArgumentException("--errors: expected herald or corenlp, got " + errors);
    }
    if (!Files.isDirectory(dir)) {
      err.println(
          "herald: PolNeAR data not found: "
              + dir
              + " does not exist (the shared data directory, ../shared, is absent or elsewhere)");
      return 1;
    }
    PolnearCorpus corpus = PolnearCorpus.read(dir, limit);
    corpus.problems().forEach(p -> err.println("herald: gold annotation left out: " + p));
    if (corpus.articles().isEmpty()) {
      err.println("herald: no annotated article in " + dir);
      return 1;
    }
    ParsedArticleCodec codec = new ParsedArticleCodec();
    Map<GoldArticle, ParsedArticle> cached = new LinkedHashMap<>();
    for (GoldArticle g : corpus.articles()) {
      readCache(codec, g).ifPresent(p -> cached.put(g, p));
    }
    Wiring wiring = Wiring.build(config(cached.size() < corpus.articles().size()));
    err.printf(
        Locale.ROOT,
        "herald: %d articles (%d parsed already); loaded in %.1f s%n",
        corpus.articles().size(),
        cached.size(),
        wiring.loadMillis() / 1000.0);
    long start = System.nanoTime();
    Tally tally = scoreAll(corpus, cached, wiring, codec, err, allSpeakerErrors);
    report(out, corpus, tally);
    out.printf(
        Locale.ROOT,
        "%nTime: %.1f s for %d articles (%d parsed in this run).%n",
        (System.nanoTime() - start) / 1e9,
        tally.articles,
        corpus.articles().size() - cached.size());
    return listErrors(out, tally);
  }

  /** Lists speaker errors when asked and the articles not scored; the exit code. */
  private int listErrors(PrintWriter out, Tally tally) {
    if (errors != null) {
      out.println();
      out.println(
          "Speaker errors of "
              + errors
              + (allSpeakerErrors ? " on all gold attributions:" : " on gold direct quotations:"));
      (errors.equals("herald") ? tally.herald : tally.corenlp)
          .speakerErrors()
          .forEach(out::println);
    }
    if (misses) {
      out.println();
      out.println("Content errors of herald on all attributions:");
      tally.contentErrors.forEach(out::println);
    }
    if (!tally.failed.isEmpty()) {
      out.println();
      out.println("Not scored (analysis failed):");
      tally.failed.forEach(f -> out.println("  " + f));
      return 1;
    }
    return 0;
  }

  /** Parses (or reads from the cache) and scores every article; failures are recorded. */
  private Tally scoreAll(
      PolnearCorpus corpus,
      Map<GoldArticle, ParsedArticle> cached,
      Wiring wiring,
      ParsedArticleCodec codec,
      PrintWriter err,
      boolean allErrors) {
    Tally tally = new Tally(allErrors);
    for (GoldArticle g : corpus.articles()) {
      ParsedArticle parsed = cached.get(g);
      if (parsed == null) {
        try {
          parsed = wiring.analyzer().analyze(article(g));
        } catch (RuntimeException e) { // CoreNLP fails with any runtime exception
          tally.failed.add(g.name() + ": language analysis failed: " + e);
          continue;
        }
        writeCache(codec, g, parsed);
      }
      try {
        tally.add(g, parsed, wiring.pipeline().code(parsed));
      } catch (AnalysisException e) {
        tally.failed.add(g.name() + ": " + e.getMessage());
        continue;
      }
      if (tally.articles % 10 == 0) {
        err.printf(
            Locale.ROOT, "herald: %d/%d articles%n", tally.articles, corpus.articles().size());
      }
    }
    return tally;
  }

  /** Scores and gold counts summed over the articles scored so far. */
  private static final class Tally {
    QuoteScores herald = QuoteScores.ZERO;
    QuoteScores corenlp = QuoteScores.ZERO;
    int articles;
    int attributions;
    int direct;
    int directWithSource;
    final List<String> failed = new ArrayList<>();
    final List<String> contentErrors = new ArrayList<>();
    private final boolean allErrors;

    Tally(boolean allErrors) {
      this.allErrors = allErrors;
    }

    /** Herald's quotes and CoreNLP's, both from the same parse, against the gold. */
    void add(GoldArticle g, ParsedArticle parsed, AnalyzedArticle analyzed) {
      List<SystemQuote> ours =
          analyzed.quotes().stream().map(q -> SystemQuote.ofHerald(q, g.text())).toList();
      List<SystemQuote> theirs = parsed.quotes().stream().map(SystemQuote::ofCoreNlp).toList();
      herald = herald.plus(QuoteScorer.score(g, parsed, ours, allErrors));
      corenlp = corenlp.plus(QuoteScorer.score(g, parsed, theirs, allErrors));
      contentErrors.addAll(QuoteScorer.contentErrors(g, ours));
      articles++;
      attributions += g.attributions().size();
      for (GoldAttribution a : g.attributions()) {
        direct += a.direct() ? 1 : 0;
        directWithSource += a.direct() && a.hasSource() ? 1 : 0;
      }
    }
  }

  /** The full pipeline with CoreNLP's attribution on, or a tokenizer alone when all is cached. */
  private static HeraldConfig config(boolean parseNeeded) {
    NlpConfig nlp =
        parseNeeded
            ? new NlpConfig(NlpConfig.defaults().annotators(), "statistical", true, true)
            : new NlpConfig(List.of("tokenize", "ssplit"), "statistical", false, false);
    return new HeraldConfig(nlp, HeraldConfig.defaults().maxInputBytes(), "", "", "", "", "", "");
  }

  private static Article article(GoldArticle g) {
    Optional<LocalDate> date = Optional.empty();
    Matcher m = DATE.matcher(g.name());
    if (m.find()) {
      try {
        date = Optional.of(LocalDate.parse(m.group(1)));
      } catch (DateTimeParseException e) {
        date = Optional.empty(); // a name that only looks dated: analyse without a date
      }
    }
    String publisher = g.name().contains("_") ? g.name().substring(0, g.name().indexOf('_')) : "";
    return new Article(g.name(), "", g.text(), date, publisher, "");
  }

  private Optional<ParsedArticle> readCache(ParsedArticleCodec codec, GoldArticle g) {
    if (cache == null) {
      return Optional.empty();
    }
    Path f = cache.resolve(g.name() + ".json");
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      ParsedArticle p = codec.read(Files.readString(f, StandardCharsets.UTF_8));
      return p.text().equals(g.text()) ? Optional.of(p) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cached parse " + f, e);
    }
  }

  private void writeCache(ParsedArticleCodec codec, GoldArticle g, ParsedArticle p) {
    if (cache == null) {
      return;
    }
    try {
      Files.createDirectories(cache);
      Files.writeString(cache.resolve(g.name() + ".json"), codec.write(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cached parse to " + cache, e);
    }
  }

  private static void report(PrintWriter out, PolnearCorpus corpus, Tally t) {
    out.printf(
        Locale.ROOT,
        "PolNeAR quotations: %d articles, %d attributions, %d direct quotations (%d with a"
            + " source)%n",
        t.articles,
        t.attributions,
        t.direct,
        t.directWithSource);
    if (!corpus.unusedAnnotations().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "(articles annotated several times are scored against their first annotation file;"
              + " %d files unused)%n",
          corpus.unusedAnnotations().size());
    }
    out.println();
    out.println("Content spans (exact: equal after trimming quotation marks and punctuation;");
    out.println("overlap: sharing a character, paired one-to-one)");
    QuoteScores herald = t.herald;
    QuoteScores corenlp = t.corenlp;
    row(out, "direct  exact    Herald ", herald.directExact().format());
    row(out, "                 CoreNLP", corenlp.directExact().format());
    row(out, "        overlap  Herald ", herald.directOverlap().format());
    row(out, "                 CoreNLP", corenlp.directOverlap().format());
    row(out, "all     exact    Herald ", herald.allExact().format());
    row(out, "                 CoreNLP", corenlp.allExact().format());
    row(out, "        overlap  Herald ", herald.allOverlap().format());
    row(out, "                 CoreNLP", corenlp.allOverlap().format());
    out.println();
    out.println("Speaker accuracy on gold direct quotations with a source (a quotation not found");
    out.println("counts as wrong; right = speaker span overlaps the gold source, or same person)");
    SpeakerCounts h = herald.directSpeaker();
    SpeakerCounts c = corenlp.directSpeaker();
    row(out, "  Herald ", h.format());
    row(out, "  CoreNLP", c.format());
    out.printf(
        Locale.ROOT, "  Herald - CoreNLP: %+.1f points%n", 100 * (h.accuracy() - c.accuracy()));
    out.println();
    out.println("Speaker accuracy on all gold attributions with a source (direct and indirect)");
    row(out, "  Herald ", herald.allSpeaker().format());
    row(out, "  CoreNLP", corenlp.allSpeaker().format());
  }

  private static void row(PrintWriter out, String label, String value) {
    out.println(label + "  " + value);
  }
}
