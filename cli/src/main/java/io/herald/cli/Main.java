package io.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command. Exit codes: 0 success, 1 failure, 2 usage error. */
@Command(
    name = "herald",
    mixinStandardHelpOptions = true,
    // every subcommand takes --help and --version as well
    scope = CommandLine.ScopeType.INHERIT,
    version = "herald 0.1.0",
    description = "Turns news into coded events, actors, quotes, places and dates.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      ExportCommand.class,
      IgoCommand.class,
      io.herald.cli.eval.EvalCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with its error handling: bad values and store failures print one line ({@code
   * herald: ...}) and exit 1.
   */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof IllegalArgumentException
              || ex instanceof IllegalStateException
              || ex instanceof io.herald.store.StoreException) {
            cmd.getErr().println("herald: " + ex.getMessage());
            return 1;
          }
          throw ex;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
