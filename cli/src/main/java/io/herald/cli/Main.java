package io.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command. Exit codes: 0 success, 1 failure, 2 usage error. */
@Command(
    name = "herald",
    mixinStandardHelpOptions = true,
    version = "herald 0.1.0",
    description = "Turns news into coded events, actors, quotes, places and dates.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      io.herald.cli.eval.EvalCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            cmd.getErr().println("herald: " + ex.getMessage());
            return 1;
          }
          throw ex;
        });
    System.exit(cl.execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
