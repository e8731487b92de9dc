package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command explains itself with --help, without running. */
class HelpTest {
  private static String help(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute(args)).as("exit code of %s", List.of(args)).isZero();
    return out.toString();
  }

  @Test
  void every_command_and_evaluation_takes_help() {
    for (String command :
        List.of("analyze", "ingest", "demo", "serve", "bench", "export", "igo", "eval")) {
      assertThat(help(command, "--help")).contains("Usage: herald " + command);
    }
    for (String eval :
        List.of("ner", "events", "actors", "petrarch-suite", "quotes", "time", "geo")) {
      assertThat(help("eval", eval, "--help")).contains("Usage: herald eval " + eval);
    }
  }

  @Test
  void help_lists_the_options_of_the_command() {
    assertThat(help("analyze", "--help")).contains("--format", "--headline", "--db");
  }
}
