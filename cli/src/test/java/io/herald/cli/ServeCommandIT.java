package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herald serve} as a user runs it: a separate process that prints its address, answers on
 * loopback, and on SIGTERM closes the database cleanly so that it opens again at once.
 */
class ServeCommandIT {
  private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir Path dir;

  @Test
  void serves_until_killed_and_leaves_the_database_closed() throws Exception {
    Path db = dir.resolve("herald.duckdb");
    Store.open(db).close();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.herald.cli.Main",
                "serve",
                "--db",
                db.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      URI address = null;
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        seen.append(line).append('\n');
        Matcher m = ADDRESS.matcher(line);
        if (line.startsWith("Serving") && m.find()) {
          address = URI.create(m.group(1));
          break;
        }
      }
      assertThat(address).as(seen.toString()).isNotNull();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(address.resolve("/api/health")).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"articles\":0");
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    try (Store again = Store.open(db)) {
      assertThat(again.summary().articles()).isZero();
    }
  }

  @Test
  void refuses_a_missing_database_with_a_clear_message() {
    Path missing = dir.resolve("nothing.duckdb");
    AnalyzeCommandIT.Run r = AnalyzeCommandIT.run("serve", "--db", missing.toString());
    assertThat(r.exit()).isNotZero();
    assertThat(missing).doesNotExist();
    assertThat(List.of(r.err(), r.out()).toString()).contains("no database at");
  }
}
