package io.herald.cli;

import io.herald.server.HeraldServer;
import io.herald.server.ServerConfig;
import io.herald.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Option;

/** Where {@code herald serve} and {@code herald demo} listen, and serving until killed. */
final class ServeOptions {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "TCP port of the API and UI (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description =
          "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  ServerConfig config() {
    return new ServerConfig(host, port);
  }

  /**
   * Serves the store, prints its address and blocks until the process is killed; a shutdown hook
   * then stops the server and closes the store, so the database file is left consistent.
   */
  static void serveUntilKilled(Store store, ServerConfig config, PrintWriter out) {
    HeraldServer server = HeraldServer.start(store, config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    store.close();
                  } finally {
                    stopped.countDown();
                  }
                },
                "herald-shutdown"));
    out.println("Serving the API and UI at " + server.address() + "  (Ctrl-C to stop)");
    out.println("  e.g. curl " + server.address() + "api/health");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
