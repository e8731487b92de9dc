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
  private final ResponseCache cache = new ResponseCache();

  Api(ConnectionPool pool, TextSearch search, String version) {
    this.pool = pool;
    this.version = version;
    this.articles = new ArticleQuery(pool, search);
    this.events = new EventQuery(pool, new Lookups());
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
    get(routes, "/api/health", false, (ctx, p) -> health().toString());
    get(
        routes,
        "/api/articles",
        true,
        (ctx, p) -> articles.search(p, ctx.path(), ctx.queryString()).toString());
    get(routes, "/api/articles/{id}", true, (ctx, p) -> articles.article(ctx.pathParam("id")));
    get(
        routes,
        "/api/events",
        true,
        (ctx, p) -> events.list(p, ctx.path(), ctx.queryString()).toString());
    get(
        routes,
        "/api/actors/{code}",
        true,
        (ctx, p) -> actors.actor(ctx.pathParam("code"), p).toString());
    get(
        routes,
        "/api/dyads",
        true,
        (ctx, p) -> actors.dyads(p, ctx.path(), ctx.queryString()).toString());
    get(
        routes,
        "/api/places",
        true,
        (ctx, p) -> places.list(p, ctx.path(), ctx.queryString()).toString());
    get(routes, "/api/network", true, (ctx, p) -> actors.network(p).toString());
    routes.get("/api/openapi.json", ctx -> ctx.contentType(HeraldServer.JSON_TYPE).result(openApi));
  }

  /** A handler given the request's parameters, restricted to those its route declares. */
  private interface Route {
    /** The JSON body of the answer. */
    String handle(Context ctx, Params params);
  }

  /**
   * Registers a GET route. Answers of cacheable routes are kept in the {@link ResponseCache} for
   * the state of the database they were computed in; refused requests are never kept.
   */
  private void get(RoutesConfig routes, String path, boolean cacheable, Route route) {
    Set<String> declared = Set.copyOf(PARAMETERS.get(path));
    Handler h =
        ctx -> {
          String request = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
          String stamp = cacheable ? pool.with(Lookups::stamp) : "";
          byte[] body = cacheable ? cache.get(stamp, request) : null;
          if (body == null) {
            body =
                route
                    .handle(ctx, new Params(ctx.queryParamMap(), declared))
                    .getBytes(StandardCharsets.UTF_8);
            if (cacheable) {
              cache.put(stamp, request, body);
            }
          }
          ctx.contentType(HeraldServer.JSON_TYPE).result(body);
        };
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
