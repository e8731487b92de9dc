package io.herald.cli.eval;

import io.herald.eval.plover.PloverScorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every PLOVER evaluation takes: the gold file, a record limit, a parse cache. */
final class PloverOptions {
  @Option(
      names = "--plover",
      paramLabel = "FILE",
      required = true,
      description = "PLOVER gold JSON (e.g. ../shared/data/events/plover-gsr/PLOVER_GSR_dev.json).")
  Path plover;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score at most N records.")
  int limit;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each sentence's parse in DIR and reuse it on later runs (CoreNLP loads only for"
              + " sentences not there yet).")
  Path cache;

  /** Codes the gold records and scores them, printing progress to {@code out}. */
  PloverScorer.Report run(PrintWriter out, PloverRun.Misses misses) {
    return PloverRun.run(plover, limit, Optional.ofNullable(cache), out, misses);
  }
}
