package io.herald.cli.eval;

import io.herald.cli.HeraldConfig;
import io.herald.cli.Wiring;
import io.herald.eval.plover.PloverReader;
import io.herald.eval.plover.PloverRecord;
import io.herald.eval.plover.PloverScorer;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.pipeline.AnalysisException;
import io.herald.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs the full pipeline over PLOVER gold sentences and scores each. */
final class PloverRun {
  private PloverRun() {}

  /** Which misses to print while scoring. */
  enum Misses {
    NONE,
    /** Records whose event of the gold type lacks the gold dyad. */
    EVENTS,
    /**
     * Records where a gold source or target country is not on the scored event ("actor miss"), or
     * is there with another sector ("sector miss").
     */
    ACTORS
  }

  static PloverScorer.Report run(
      Path file, int limit, Optional<Path> cache, PrintWriter out, Misses misses) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "PLOVER gold file not found: "
              + file
              + " (the gold records live in ../shared/data/events/plover-gsr/)");
    }
    List<PloverRecord> records = new PloverReader().read(file);
    if (limit > 0 && records.size() > limit) {
      records = records.subList(0, limit);
    }
    out.printf(
        Locale.ROOT, "%d PLOVER gold records from %s; loading models...%n", records.size(), file);
    out.flush();
    HeraldConfig config = HeraldConfig.defaults();
    Pipeline pipeline =
        Wiring.pipeline(config, new CachedAnalyzer(cache, () -> new CoreNlpAnalyzer(config.nlp())));
    PloverScorer scorer = new PloverScorer();
    List<PloverScorer.Outcome> outcomes = new ArrayList<>();
    for (PloverRecord r : records) {
      Article a = new Article(r.id(), "", r.text(), r.date(), "PLOVER gold", "");
      AnalyzedArticle analyzed;
      try {
        analyzed = pipeline.analyze(a);
      } catch (AnalysisException e) {
        out.println("  failed " + r.id() + ": " + e.getMessage());
        continue;
      }
      PloverScorer.Outcome o = scorer.score(r, analyzed);
      outcomes.add(o);
      boolean countryMiss =
          o.sourceCountry() < o.sourceActors() || o.targetCountry() < o.targetActors();
      boolean sectorMiss = o.sourceCode() < o.sourceActors() || o.targetCode() < o.targetActors();
      if (misses == Misses.ACTORS && (countryMiss || sectorMiss)) {
        out.printf(
            Locale.ROOT,
            "  %s miss %s gold %s %s->%s src %d/%d tgt %d/%d | %s%n    %s%n",
            countryMiss ? "actor" : "sector",
            r.id(),
            r.type(),
            r.source().stream().map(g -> g.code() + g.sector() + "(" + g.text() + ")").toList(),
            r.target().stream().map(g -> g.code() + g.sector() + "(" + g.text() + ")").toList(),
            o.sourceCountry(),
            o.sourceActors(),
            o.targetCountry(),
            o.targetActors(),
            r.text(),
            describe(analyzed));
      }
      if (misses == Misses.EVENTS && !o.anyDyad()) {
        out.printf(
            Locale.ROOT,
            "  miss %-28s gold %-11s main %-11s | %s%n",
            r.id(),
            r.type(),
            o.mainType(),
            describe(analyzed));
      }
    }
    return new PloverScorer.Report(outcomes);
  }

  private static String describe(AnalyzedArticle analyzed) {
    return analyzed.events().stream()
            .map(
                e ->
                    e.cameo().code()
                        + ":"
                        + e.plover().type()
                        + " "
                        + e.source().stream()
                            .map(p -> p.actorId() + "=" + p.code().value())
                            .toList()
                        + "->"
                        + e.target().stream()
                            .map(p -> p.actorId() + "=" + p.code().value())
                            .toList()
                        + (e.negated() ? " NEG" : "")
                        + " "
                        + e.modality()
                        + " "
                        + e.evidence().rule())
            .toList()
        + " ACTORS "
        + analyzed.actors().stream()
            .map(x -> x.id() + ":" + x.name() + "=" + x.code().value())
            .toList();
  }
}
