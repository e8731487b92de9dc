package io.herald.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes of the REST API. Each handler validates its query parameters (see {@link Params}),
 * runs its queries on a pooled connection and writes JSON; {@link #PARAMETERS} lists what each
 * route reads, and {@code openapi.json} describes the same.
 */
final class Api {
  /** Every route with the query parameters it reads, in the order of the OpenAPI document. */
  static final Map<String, List<String>> PARAMETERS = parameters();

  private final ConnectionPool pool;
  private final String version;
  private final ArticleQuery articles;
  private final EventQuery events;
  private final ActorQuery actors;
  private final PlaceQuery places;
  private final byte[] openApi;

  Api(ConnectionPool pool, TextSearch search, String version) {
    this.pool = pool;
    this.version = version;
    this.articles = new ArticleQuery(pool, search);
    this.events = new EventQuery(pool);
    this.actors = new ActorQuery(pool);
    this.places = new PlaceQuery(pool);
    this.openApi = openApiDocument(version);
  }

  private static Map<String, List<String>> parameters() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("/api/health", List.of());
    m.put("/api/articles", ArticleQuery.PARAMS);
    m.put("/api/articles/{id}", List.of());
    m.put("/api/events", EventQuery.PARAMS);
    m.put("/api/actors/{code}", ActorQuery.ACTOR_PARAMS);
    m.put("/api/dyads", ActorQuery.DYAD_PARAMS);
    m.put("/api/places", PlaceQuery.PARAMS);
    m.put("/api/network", ActorQuery.NETWORK_PARAMS);
    m.put("/api/openapi.json", List.of());
    return java.util.Collections.unmodifiableMap(m);
  }

  void register(RoutesConfig routes) {
    get(routes, "/api/health", (ctx, p) -> send(ctx, health()));
    get(
        routes,
        "/api/articles",
        (ctx, p) -> send(ctx, articles.search(p, ctx.path(), ctx.queryString())));
    get(
        routes,
        "/api/articles/{id}",
        (ctx, p) -> sendJson(ctx, articles.article(ctx.pathParam("id"))));
    get(
        routes,
        "/api/events",
        (ctx, p) -> send(ctx, events.list(p, ctx.path(), ctx.queryString())));
    get(
        routes,
        "/api/actors/{code}",
        (ctx, p) -> send(ctx, actors.actor(ctx.pathParam("code"), p)));
    get(
        routes,
        "/api/dyads",
        (ctx, p) -> send(ctx, actors.dyads(p, ctx.path(), ctx.queryString())));
    get(
        routes,
        "/api/places",
        (ctx, p) -> send(ctx, places.list(p, ctx.path(), ctx.queryString())));
    get(routes, "/api/network", (ctx, p) -> send(ctx, actors.network(p)));
    get(
        routes,
        "/api/openapi.json",
        (ctx, p) -> ctx.contentType(HeraldServer.JSON_TYPE).result(openApi));
  }

  /** A handler given the request's parameters, restricted to those its route declares. */
  private interface Route {
    void handle(Context ctx, Params params);
  }

  private static void get(RoutesConfig routes, String path, Route route) {
    Set<String> declared = Set.copyOf(PARAMETERS.get(path));
    Handler h = ctx -> route.handle(ctx, new Params(ctx.queryParamMap(), declared));
    routes.get(path, h);
  }

  private ObjectNode health() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", "ok");
    pool.with(
        c ->
            Sql.list(
                c,
                "SELECT (SELECT count(*) FROM articles),"
                    + " (SELECT count(*) FROM events e WHERE "
                    + EventQuery.ASSERTED
                    + ")",
                List.of(),
                rs -> {
                  body.put("articles", rs.getLong(1));
                  body.put("events", rs.getLong(2));
                  return body;
                }));
    body.put("version", version);
    return body;
  }

  private static void send(Context ctx, ObjectNode body) {
    sendJson(ctx, body.toString());
  }

  private static void sendJson(Context ctx, String json) {
    ctx.contentType(HeraldServer.JSON_TYPE).result(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] openApiDocument(String version) {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("the server's openapi.json resource is missing");
      }
      String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return doc.replace("\"version\": \"HERALD_VERSION\"", "\"version\": \"" + version + "\"")
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the server's openapi.json", e);
    }
  }
}
