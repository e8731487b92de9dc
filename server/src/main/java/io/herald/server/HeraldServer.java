package io.herald.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.herald.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API and the web UI over one {@link Store}, in the process that holds the database file.
 * JSON under {@code /api/}, the static UI from the classpath folder {@code web/} at {@code /}.
 * Every refused request answers with one error shape: {@code {"error":{"status":400,"message":
 * "..."}}}.
 *
 * <p>Close the server before the store: it holds read connections to the store's database.
 */
public final class HeraldServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HeraldServer.class);
  static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final int POOL_SIZE = 8;
  private static final String ERROR_WRITTEN = "herald.error-written";

  private final Javalin app;
  private final ConnectionPool pool;
  private final ServerConfig config;

  private HeraldServer(Javalin app, ConnectionPool pool, ServerConfig config) {
    this.app = app;
    this.pool = pool;
    this.config = config;
  }

  /**
   * Starts serving the store on the configured host and port.
   *
   * @throws IllegalStateException when the port cannot be bound
   */
  public static HeraldServer start(Store store, ServerConfig config) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    ConnectionPool pool = new ConnectionPool(store, POOL_SIZE);
    oneThreadPerQuery(pool);
    Api api = new Api(pool, new StoreTextSearch(store), version());
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.staticFiles.add("/web", Location.CLASSPATH);
              c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              c.routes.before(HeraldServer::securityHeaders);
              api.register(c.routes);
              c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e));
              c.routes.exception(
                  HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e));
              c.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal error; the server log has the details");
                  });
              // Paths matching no route and no static file; errors already written stay as they
              // are.
              c.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(ERROR_WRITTEN) == null) {
                      error(ctx, 404, "no such path: " + ctx.path());
                    }
                  });
            });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException(
          "cannot serve on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    return new HeraldServer(app, pool, config);
  }

  /**
   * Requests run in parallel on Jetty's threads, so each query runs on its calling thread: DuckDB's
   * own worker threads would only contend with the other requests for the same cores (measured:
   * slower under concurrent load). The setting is DuckDB-wide, so it also applies to writes made
   * later in this process.
   */
  private static void oneThreadPerQuery(ConnectionPool pool) {
    pool.with(
        s -> {
          try (java.sql.Statement st = s.connection().createStatement()) {
            st.execute("SET threads = 1");
          }
          return null;
        });
  }

  /**
   * The policy the UI's page also states in a meta tag, sent as headers on every response so it
   * holds for every asset and error page and can forbid framing (which a meta tag cannot): article
   * text is untrusted, so no inline script or style and nothing from another origin.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static void error(Context ctx, int status, Exception e) {
    error(ctx, status, e.getMessage() == null ? "error " + status : e.getMessage());
  }

  /** Writes the one error shape: {@code {"error":{"status":N,"message":"..."}}}. */
  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status).contentType(JSON_TYPE).result(errorBody(status, message));
  }

  /** The one error shape: {@code {"error":{"status":N,"message":"..."}}}. */
  static String errorBody(int status, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode err = body.putObject("error");
    err.put("status", status);
    err.put("message", message);
    return body.toString();
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The address of the UI, e.g. {@code http://127.0.0.1:7070/}. */
  public URI address() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Herald's version, from the build. */
  static String version() {
    try (InputStream in = HeraldServer.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the server's version.properties", e);
    }
  }

  /** Stops serving and closes the read connections; the store stays open. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      pool.close();
    }
  }
}
