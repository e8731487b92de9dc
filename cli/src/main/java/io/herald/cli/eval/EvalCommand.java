package io.herald.cli.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code herald eval ...}: score Herald against gold data and print the figures. */
@Command(
    name = "eval",
    description = "Score Herald against gold data; each subcommand prints its figures.",
    subcommands = {
      EvalNerCommand.class,
      EvalActorsCommand.class,
      EvalEventsCommand.class,
      EvalQuotesCommand.class,
      EvalTimeCommand.class,
      EvalGeoCommand.class,
      EvalPetrarchSuiteCommand.class
    })
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
