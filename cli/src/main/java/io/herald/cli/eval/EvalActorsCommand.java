package io.herald.cli.eval;

import io.herald.eval.plover.PloverScorer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald eval actors --plover FILE}: source and target actor accuracy. */
@Command(
    name = "actors",
    description =
        "Score source and target actors (country, country+sector) on PLOVER gold records.")
public final class EvalActorsCommand implements Callable<Integer> {
  @Mixin PloverOptions gold;

  @Option(
      names = "--verbose",
      description = "Print every record whose gold source or target country is not on the event.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PloverScorer.Report report =
        gold.run(out, verbose ? PloverRun.Misses.ACTORS : PloverRun.Misses.NONE);
    out.println();
    out.println(
        "PLOVER actors on "
            + report.records()
            + " records (scored on the event of the gold type, else the main event)");
    out.println(report.actorLines());
    return 0;
  }
}
