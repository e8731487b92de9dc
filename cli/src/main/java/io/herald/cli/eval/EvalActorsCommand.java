package io.herald.cli.eval;

import io.herald.eval.plover.PloverScorer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald eval actors --plover FILE}: source and target actor accuracy. */
@Command(
    name = "actors",
    description =
        "Score source and target actors (country, country+sector) on PLOVER gold records.")
public final class EvalActorsCommand implements Callable<Integer> {
  @Mixin PloverOptions gold;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PloverScorer.Report report = gold.run(out, false);
    out.println();
    out.println(
        "PLOVER actors on "
            + report.records()
            + " records (scored on the event of the gold type, else the main event)");
    out.println(report.actorLines());
    return 0;
  }
}
