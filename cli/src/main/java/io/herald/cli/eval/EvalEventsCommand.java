package io.herald.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code herald eval events}: not written yet. */
@Command(name = "events", description = "Not available yet.")
public final class EvalEventsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("herald eval events is not available in this build");
  }
}
