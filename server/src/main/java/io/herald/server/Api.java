package io.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.ResultSet;
import java.sql.Statement;

/** The routes of the REST API; each handler parses its parameters, queries, and writes JSON. */
final class Api {
  private final ConnectionPool pool;
  private final ObjectMapper mapper;
  private final String version;

  Api(ConnectionPool pool, ObjectMapper mapper, String version) {
    this.pool = pool;
    this.mapper = mapper;
    this.version = version;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
  }

  private void health(Context ctx) {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "ok");
    pool.with(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events"
                          + " WHERE NOT negated AND modality = 'asserted')")) {
            rs.next();
            body.put("articles", rs.getLong(1));
            body.put("events", rs.getLong(2));
          }
          return null;
        });
    body.put("version", version);
    send(ctx, body);
  }

  private static void send(Context ctx, Object body) {
    ctx.contentType(HeraldServer.JSON_TYPE).result(body.toString());
  }
}
