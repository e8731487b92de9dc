package io.herald.cli;

import io.herald.coding.actors.RoleStore;
import io.herald.ingest.ArticleReader;
import io.herald.ingest.ReadResult;
import io.herald.json.AnalyzedArticleJson;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.IngestError;
import io.herald.pipeline.AnalysisException;
import io.herald.store.Store;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald analyze}: articles in, JSON Lines or a readable report out, optionally stored. */
@Command(
    name = "analyze",
    description = "Analyse news files and print events, actors, quotes, places, dates.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Option(
      names = "--format",
      paramLabel = "json|text",
      defaultValue = "json",
      description =
          "json: one schema-v1 document per line; text: a readable report (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Also store the results in this DuckDB file.")
  Path db;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Text, JSON Lines, HTML or RSS/Atom files, or directories.")
  List<Path> files;

  @Override
  public Integer call() {
    if (!format.equals("json") && !format.equals("text")) {
      throw new IllegalArgumentException("--format: expected json or text, got " + format);
    }
    HeraldConfig config = input.config();
    ReadResult read = new ArticleReader(input.readOptions(config)).read(files);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    config.codersWarning().ifPresent(err::println);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (IngestError e : read.errors()) {
      err.println("herald: skipped " + e);
    }
    if (read.articles().isEmpty()) {
      err.println("herald: no readable article among the inputs");
      return 1;
    }
    Wiring wiring = Wiring.build(config);
    AnalyzedArticleJson json = new AnalyzedArticleJson();
    TextReport report = new TextReport();
    int failures = read.errors().size();
    try (Store store = db == null ? null : Store.open(db)) {
      if (store != null) {
        read.errors().forEach(e -> store.recordError(e, "ingest"));
      }
      for (Article a : read.articles()) {
        AnalyzedArticle analyzed;
        try {
          analyzed = wiring.pipeline.analyze(a, store == null ? RoleStore.NONE : store::roles);
        } catch (AnalysisException e) {
          failures++;
          err.println("herald: skipped " + a.id() + ": " + e.getMessage());
          if (store != null) {
            store.recordError(new IngestError(a.id(), e.getMessage()), "analyze");
          }
          continue;
        }
        out.println(format.equals("json") ? json.write(analyzed) : report.render(analyzed));
        out.flush();
        if (store != null) {
          store.save(analyzed);
        }
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }
}
