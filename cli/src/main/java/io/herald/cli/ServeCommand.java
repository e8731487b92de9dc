package io.herald.cli;

import io.herald.store.Store;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald serve}: the REST API and web UI over a database, until killed. */
@Command(
    name = "serve",
    description =
        "Serve the REST API (/api/...) and the web UI over a Herald database until killed."
            + " Listens on loopback unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = "herald-data/herald.duckdb",
      description = "Database file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Mixin ServeOptions serve;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException(
          "no database at " + db + ": create one with herald demo or herald analyze --db " + db);
    }
    Store store = Store.open(db);
    try {
      out.println("Database " + db.toAbsolutePath().normalize());
      ServeOptions.serveUntilKilled(store, serve.config(), out);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return 0;
  }
}
