package io.herald.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code herald eval ner}: not written yet. */
@Command(name = "ner", description = "Not available yet.")
public final class EvalNerCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("herald eval ner is not available in this build");
  }
}
