package io.herald.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code herald eval actors}: not written yet. */
@Command(name = "actors", description = "Not available yet.")
public final class EvalActorsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("herald eval actors is not available in this build");
  }
}
