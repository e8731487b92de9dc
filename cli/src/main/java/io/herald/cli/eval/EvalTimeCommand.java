package io.herald.cli.eval;

import io.herald.coding.time.TimeNormalizer;
import io.herald.eval.time.SystemTimex;
import io.herald.eval.time.TimeEvaluation;
import io.herald.eval.time.TimeMlDocument;
import io.herald.eval.time.TimeMlReader;
import io.herald.eval.time.TimeTrace;
import io.herald.eval.time.TimexAlignment;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.TimeMention;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.nlp.NlpConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald eval time}: TIMEX3 extraction and normalisation on TimeML gold files (TimeBank,
 * AQUAINT), Herald's normaliser and SUTime's own values side by side, each document anchored to its
 * creation time.
 */
@Command(
    name = "time",
    description = {
      "Score time expressions on TimeML files: extraction P/R/F1 (strict and relaxed), type and"
          + " value accuracy and value F1 (TempEval-3), Herald against SUTime, per corpus (the"
          + " directory holding each .tml file) and overall.",
      "Each document's creation time is its article date and is not scored."
    })
public final class EvalTimeCommand implements Callable<Integer> {
  /** SUTime runs inside the NER annotator; nothing after it is needed to score times. */
  static final NlpConfig NLP =
      new NlpConfig(
          List.of("tokenize", "ssplit", "pos", "lemma", "ner"), "statistical", true, false);

  private static final String HERALD = "Herald";
  private static final String SUTIME = "SUTime";

  @Parameters(
      paramLabel = "DIR",
      arity = "1..*",
      description = "TimeML files or directories (e.g. ../shared/data/time).")
  List<Path> inputs;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score at most N documents of each corpus (0: all).")
  int limit;

  @Option(
      names = "--errors",
      paramLabel = "N",
      defaultValue = "15",
      description = "Print the N commonest error kinds of Herald (default: ${DEFAULT-VALUE}).")
  int errorKinds;

  @Option(
      names = "--examples",
      paramLabel = "N",
      defaultValue = "3",
      description = "Examples printed per error kind (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's analyses in DIR and reuse them on later runs (for working on the"
              + " normaliser without re-parsing).")
  Path cache;

  @Option(
      names = "--trace",
      paramLabel = "FILE",
      description =
          "Write every gold and found expression of both systems as tab-separated lines to FILE.")
  Path trace;

  private final TimeMlReader reader = new TimeMlReader();
  private final TimeNormalizer normalizer = new TimeNormalizer();
  private CoreNlpAnalyzer analyzer;

  @Override
  public Integer call() {
    if (limit < 0 || errorKinds < 0 || examples < 0) {
      throw new IllegalArgumentException("--limit, --errors and --examples must not be negative");
    }
    Map<String, List<Path>> corpora = corpora();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    TimeEvaluation evaluation = new TimeEvaluation(List.of(HERALD, SUTIME));
    List<String> traceLines = new ArrayList<>(List.of(TimeTrace.HEADER));
    int total = corpora.values().stream().mapToInt(List::size).sum();
    int done = 0;
    int failed = 0;
    for (Map.Entry<String, List<Path>> corpus : corpora.entrySet()) {
      for (Path file : corpus.getValue()) {
        if (score(corpus.getKey(), file, evaluation, traceLines, err)) {
          done++;
        } else {
          failed++;
        }
        if ((done + failed) % 25 == 0) {
          err.printf(Locale.ROOT, "herald eval time: %d/%d documents%n", done + failed, total);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "herald eval time: %d TimeML documents (%d unreadable); CoreNLP %s, SUTime anchored to"
            + " each document's creation date, which is not scored; Herald = TimeNormalizer"
            + " over SUTime%n",
        done,
        failed,
        String.join(",", NLP.annotators()));
    out.print(evaluation.report(HERALD, errorKinds, examples));
    out.flush();
    if (trace != null) {
      try {
        Files.write(trace, traceLines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("cannot write " + trace + ": " + e.getMessage(), e);
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** Reads, analyses and scores one file; false (reported on {@code err}) when unreadable. */
  private boolean score(
      String corpus,
      Path file,
      TimeEvaluation evaluation,
      List<String> traceLines,
      PrintWriter err) {
    TimeMlDocument doc;
    try {
      doc = reader.read(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("herald eval time: skipped " + file + ": " + e.getMessage());
      return false;
    }
    if (doc.creationDate().isEmpty()) {
      err.println(
          "herald eval time: " + file + " has no creation time; relative dates stay unresolved");
    }
    ParsedArticle parsed =
        parse(new Article(doc.id(), doc.title(), doc.text(), doc.creationDate(), "", ""));
    evaluation.addDocument(corpus);
    List<TimeExpression> normalized = normalizer.normalize(parsed);
    TimexAlignment h = evaluation.add(corpus, doc, HERALD, herald(normalized));
    TimexAlignment s = evaluation.add(corpus, doc, SUTIME, sutime(parsed.times()));
    traceLines.addAll(TimeTrace.lines(doc, h, s));
    return true;
  }

  /** The .tml files of each input, grouped by the directory holding them, at most --limit each. */
  private Map<String, List<Path>> corpora() {
    Map<String, List<Path>> out = new LinkedHashMap<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException(
            input
                + " does not exist. The TimeML gold data (timebank/*.tml, aquaint/*.tml) is"
                + " expected under ../shared/data/time, next to the work tree; it is not part of"
                + " the repository.");
      }
      for (Path f : TimeMlReader.files(input)) {
        Path parent = f.toAbsolutePath().getParent();
        String corpus = parent == null ? "." : parent.getFileName().toString();
        List<Path> files = out.computeIfAbsent(corpus, c -> new ArrayList<>());
        if (limit == 0 || files.size() < limit) {
          files.add(f);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no .tml file in " + inputs);
    }
    return out;
  }

  private ParsedArticle parse(Article article) {
    if (cache == null) {
      return analyzer().analyze(article);
    }
    String key =
        ContentHash.of(NLP + "|" + article.date().map(Object::toString).orElse(""), article.text());
    Path file = cache.resolve(article.id() + "-" + key.substring(0, 16) + ".json");
    ParsedArticleCodec codec = new ParsedArticleCodec();
    try {
      if (Files.isRegularFile(file)) {
        return codec.read(Files.readString(file, StandardCharsets.UTF_8));
      }
      ParsedArticle parsed = analyzer().analyze(article);
      Files.createDirectories(cache);
      Files.writeString(file, codec.write(parsed), StandardCharsets.UTF_8);
      return parsed;
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot use the analysis cache " + file + ": " + e.getMessage(), e);
    }
  }

  private CoreNlpAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = new CoreNlpAnalyzer(NLP);
    }
    return analyzer;
  }

  private static List<SystemTimex> herald(List<TimeExpression> times) {
    return times.stream()
        .map(t -> new SystemTimex(t.span(), t.text(), t.type(), t.value(), t.evidence().rule()))
        .toList();
  }

  private static List<SystemTimex> sutime(List<TimeMention> times) {
    return times.stream()
        .map(t -> new SystemTimex(t.span(), t.text(), t.type(), t.value()))
        .toList();
  }
}
