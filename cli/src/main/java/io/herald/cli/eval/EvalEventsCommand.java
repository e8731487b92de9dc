package io.herald.cli.eval;

import io.herald.eval.plover.PloverScorer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald eval events --plover FILE}: PLOVER type and dyad accuracy with confusion. */
@Command(
    name = "events",
    description =
        "Score event types, and types with source and target countries, on PLOVER gold records.")
public final class EvalEventsCommand implements Callable<Integer> {
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

  @Option(names = "--verbose", description = "Print every record whose event was missed.")
  boolean verbose;

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
        PloverRun.run(plover, limit, Optional.ofNullable(cache), out, verbose);
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
