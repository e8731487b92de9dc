package io.herald.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code herald eval geo}: not written yet. */
@Command(name = "geo", description = "Not available yet.")
public final class EvalGeoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("herald eval geo is not available in this build");
  }
}
