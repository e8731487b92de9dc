package io.herald.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code herald eval time}: not written yet. */
@Command(name = "time", description = "Not available yet.")
public final class EvalTimeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("herald eval time is not available in this build");
  }
}
