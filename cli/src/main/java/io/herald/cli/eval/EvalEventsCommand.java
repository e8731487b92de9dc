package io.herald.cli.eval;

import io.herald.eval.plover.PloverScorer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald eval events --plover FILE}: PLOVER type and dyad accuracy with confusion. */
@Command(
    name = "events",
    description =
        "Score event types, and types with source and target countries, on PLOVER gold records.")
public final class EvalEventsCommand implements Callable<Integer> {
  @Mixin PloverOptions gold;

  @Option(names = "--verbose", description = "Print every record whose event was missed.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PloverScorer.Report report =
        gold.run(out, verbose ? PloverRun.Misses.EVENTS : PloverRun.Misses.NONE);
    out.println();
    out.println("PLOVER events on " + report.records() + " records");
    out.println(report.eventLines());
    out.println();
    out.println("confusion (gold type -> Herald's main event type: count)");
    for (Map.Entry<String, Map<String, Integer>> e : report.confusion().entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      out.printf(Locale.ROOT, "  %-12s %3d  %s%n", e.getKey(), total, e.getValue());
    }
    return 0;
  }
}
