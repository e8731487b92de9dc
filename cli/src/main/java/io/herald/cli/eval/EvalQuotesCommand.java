package io.herald.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code herald eval quotes}: not written yet. */
@Command(name = "quotes", description = "Not available yet.")
public final class EvalQuotesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("herald eval quotes is not available in this build");
  }
}
