package io.herald.cli.eval;

import io.herald.eval.plover.PloverScorer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval actors --plover FILE}: source and target actor accuracy. */
@Command(
    name = "actors",
    description =
        "Score source and target actors (country, country+sector) on PLOVER gold records.")
public final class EvalActorsCommand implements Callable<Integer> {
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

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PloverScorer.Report report =
        PloverRun.run(plover, limit, Optional.ofNullable(cache), out, false);
    out.println();
    out.println(
        "PLOVER actors on "
            + report.records()
            + " records (scored on the event of the gold type, else the main event)");
    out.println(report.actorLines());
    return 0;
  }
}
