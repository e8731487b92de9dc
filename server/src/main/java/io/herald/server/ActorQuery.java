package io.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actors and their relations: {@code /api/actors/{code}} (counts, roles over time, counterparts),
 * {@code /api/dyads} (daily counts between two actors) and {@code /api/network} (who acts on whom).
 * Every count is of asserted events.
 */
final class ActorQuery {
  static final List<String> ACTOR_PARAMS = List.of("from", "to");
  static final List<String> DYAD_PARAMS = List.of("a", "b", "from", "to", "limit", "offset");
  static final List<String> NETWORK_PARAMS = List.of("from", "to", "limit");

  private static final String ASSERTED = EventQuery.ASSERTED;
  private static final int COUNTERPARTS = 20;
  private static final int DEFAULT_EDGES = 100;
  private static final int MAX_EDGES = 1000;
  private static final String UNKNOWN = "UNK";

  private final ConnectionPool pool;

  ActorQuery(ConnectionPool pool) {
    this.pool = pool;
  }

  /** The page of one actor code (exact), or 404 when the code occurs in no event or actor. */
  ObjectNode actor(String rawCode, Params p) {
    String code = Params.actorCode("code", rawCode);
    Where dates = new Where();
    p.dates().addTo(dates, "e.event_date");
    Where roleDates = new Where();
    p.dates().addTo(roleDates, "ar.date");
    return pool.with(
        c -> {
          long seen =
              Sql.count(
                  c,
                  "SELECT (SELECT count(*) FROM events WHERE source_code = ? OR target_code = ?)"
                      + " + (SELECT count(*) FROM actors WHERE code = ?)",
                  List.of(code, code, code));
          if (seen == 0) {
            throw ApiException.notFound("actor code " + code + " occurs in no stored article");
          }
          ObjectNode body = JsonNodeFactory.instance.objectNode();
          body.put("code", code);
          body.put("name", CodeNames.of(c, List.of(code)).getOrDefault(code, code));
          Sql.list(
              c,
              "SELECT count(*), count(*) FILTER (WHERE e.source_code = ?),"
                  + " count(*) FILTER (WHERE e.target_code = ?) FROM events e WHERE "
                  + ASSERTED
                  + " AND (e.source_code = ? OR e.target_code = ?) AND "
                  + dates.sql(),
              Sql.values(List.of(code, code, code, code), dates.values()),
              rs -> {
                body.put("events", rs.getLong(1));
                body.put("asSource", rs.getLong(2));
                body.put("asTarget", rs.getLong(3));
                return body;
              });
          body.set("roles", roles(c, code, roleDates));
          body.set("counterparts", counterparts(c, code, dates));
          return body;
        });
  }

  /**
   * Offices the text gave persons whose code starts with {@code code}, one per person, office and
   * country; {@code current} when the latest article did not call it former and nobody was seen
   * later in the same office of the same country.
   */
  private static ArrayNode roles(Session c, String code, Where dates) throws SQLException {
    String sql =
        "WITH r AS (SELECT a.name AS person,"
            + " CASE WHEN a.role LIKE 'former %' THEN substr(a.role, 8) ELSE a.role END AS office,"
            + " a.code, a.country, a.role LIKE 'former %' AS former, ar.date AS seen"
            + " FROM actors a JOIN articles ar ON ar.content_hash = a.content_hash"
            + " WHERE a.kind = 'person' AND a.role IS NOT NULL AND ar.date IS NOT NULL"
            + " AND a.rule NOT LIKE 'person.role-store%' AND starts_with(a.code, ?) AND "
            + dates.sql()
            + "), g AS (SELECT person, office, country, mode(code) AS code, min(seen) AS first_seen,"
            + " max(seen) AS last_seen, arg_max(former, seen) AS last_former FROM r"
            + " GROUP BY person, office, country)"
            + " SELECT person, office, code, country, CAST(first_seen AS VARCHAR),"
            + " CAST(last_seen AS VARCHAR), NOT last_former AND last_seen = max(last_seen)"
            + " OVER (PARTITION BY office, country) FROM g ORDER BY first_seen, person, office";
    ArrayNode roles = JsonNodeFactory.instance.arrayNode();
    Sql.list(
        c,
        sql,
        Sql.values(List.of(code), dates.values()),
        rs -> {
          ObjectNode r = roles.addObject();
          r.put("person", rs.getString(1));
          r.put("office", rs.getString(2));
          r.put("code", rs.getString(3));
          r.put("country", rs.getString(4));
          r.put("firstSeen", rs.getString(5));
          r.put("lastSeen", rs.getString(6));
          r.put("current", rs.getBoolean(7));
          return r;
        });
    return roles;
  }

  private static ArrayNode counterparts(Session c, String code, Where dates) throws SQLException {
    String sql =
        "SELECT other, count(*) AS n, round(avg(goldstein), 3) FROM (SELECT CASE WHEN"
            + " e.source_code = ? THEN e.target_code ELSE e.source_code END AS other, e.goldstein"
            + " FROM events e WHERE "
            + ASSERTED
            + " AND (e.source_code = ? OR e.target_code = ?) AND "
            + dates.sql()
            + ") WHERE other IS NOT NULL AND other <> '"
            + UNKNOWN
            + "' GROUP BY other ORDER BY n DESC, other LIMIT "
            + COUNTERPARTS;
    record Row(String code, long count, double mean) {}
    List<Row> rows =
        Sql.list(
            c,
            sql,
            Sql.values(List.of(code, code, code), dates.values()),
            rs -> new Row(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
    Map<String, String> names = CodeNames.of(c, rows.stream().map(Row::code).toList());
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (Row r : rows) {
      ObjectNode o = out.addObject();
      o.put("code", r.code());
      o.put("name", names.getOrDefault(r.code(), r.code()));
      o.put("count", r.count());
      o.put("meanGoldstein", r.mean());
    }
    return out;
  }

  /** Daily counts of events between {@code a} and {@code b}, both directions, oldest first. */
  ObjectNode dyads(Params p, String path, String rawQuery) {
    String a = Params.actorCode("a", p.required("a", "an actor code or prefix such as JPN"));
    String b = Params.actorCode("b", p.required("b", "an actor code or prefix such as USA"));
    PageRequest page = p.page();
    Where w = new Where();
    w.add(ASSERTED);
    w.add("e.event_date IS NOT NULL");
    w.add(
        "(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
            + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))",
        a,
        b,
        b,
        a);
    p.dates().addTo(w, "e.event_date");
    String sql =
        "SELECT CAST(e.event_date AS VARCHAR), count(*), round(avg(e.goldstein), 3),"
            + " count(*) FILTER (WHERE e.quad_class <= 2),"
            + " count(*) FILTER (WHERE e.quad_class >= 3), count(*) OVER ()"
            + " FROM events e WHERE "
            + w.sql()
            + " GROUP BY e.event_date ORDER BY e.event_date LIMIT ? OFFSET ?";
    return pool.with(
        c -> {
          long[] total = {-1};
          ArrayNode items = JsonNodeFactory.instance.arrayNode();
          Sql.list(
              c,
              sql,
              Sql.values(w.values(), List.of(page.limit(), page.offset())),
              rs -> {
                ObjectNode d = items.addObject();
                d.put("date", rs.getString(1));
                d.put("count", rs.getLong(2));
                d.put("meanGoldstein", rs.getDouble(3));
                d.put("cooperation", rs.getLong(4));
                d.put("conflict", rs.getLong(5));
                total[0] = rs.getLong(6);
                return d;
              });
          if (total[0] < 0) {
            total[0] =
                Sql.count(
                    c,
                    "SELECT count(DISTINCT e.event_date) FROM events e WHERE " + w.sql(),
                    w.values());
          }
          return new ListPage(items, total[0], page).toJson(path, rawQuery);
        });
  }

  /**
   * The actor network: the {@code limit} most frequent directed source-target pairs (unknown actors
   * left out) and the actors they join, each with its number of events in the range.
   */
  ObjectNode network(Params p) {
    int limit = p.integer("limit", DEFAULT_EDGES, 1, MAX_EDGES);
    Where w = new Where();
    w.add(ASSERTED);
    w.add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL");
    w.add("e.source_code <> ? AND e.target_code <> ?", UNKNOWN, UNKNOWN);
    Where dates = new Where();
    p.dates().addTo(dates, "e.event_date");
    p.dates().addTo(w, "e.event_date");
    return pool.with(
        c -> {
          record Edge(String source, String target, long count, double mean) {}
          List<Edge> edges =
              Sql.list(
                  c,
                  "SELECT e.source_code, e.target_code, count(*) AS n, round(avg(e.goldstein), 3)"
                      + " FROM events e WHERE "
                      + w.sql()
                      + " GROUP BY e.source_code, e.target_code"
                      + " ORDER BY n DESC, e.source_code, e.target_code LIMIT ?",
                  Sql.values(w.values(), List.of(limit)),
                  rs -> new Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
          Set<String> codes = new LinkedHashSet<>();
          for (Edge e : edges) {
            codes.add(e.source());
            codes.add(e.target());
          }
          List<String> sorted = new ArrayList<>(codes);
          sorted.sort(null);
          Object[] array = {sorted.toArray(new String[0])};
          Map<String, Long> counts = new java.util.HashMap<>();
          Sql.list(
              c,
              "SELECT code, count(*) FROM (SELECT e.content_hash, e.event_id, e.source_code AS code"
                  + " FROM events e WHERE "
                  + ASSERTED
                  + " AND "
                  + dates.sql()
                  + " UNION SELECT e.content_hash, e.event_id, e.target_code FROM events e WHERE "
                  + ASSERTED
                  + " AND "
                  + dates.sql()
                  + ") WHERE code IN (SELECT unnest(?)) GROUP BY code",
              Sql.values(dates.values(), dates.values(), List.of(array)),
              rs -> counts.put(rs.getString(1), rs.getLong(2)));
          Map<String, String> names = CodeNames.of(c, sorted);
          ObjectNode body = JsonNodeFactory.instance.objectNode();
          ArrayNode nodes = body.putArray("nodes");
          for (String code : sorted) {
            ObjectNode n = nodes.addObject();
            n.put("code", code);
            n.put("name", names.getOrDefault(code, code));
            n.put("events", counts.getOrDefault(code, 0L));
          }
          ArrayNode out = body.putArray("edges");
          for (Edge e : edges) {
            ObjectNode o = out.addObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("count", e.count());
            o.put("meanGoldstein", e.mean());
          }
          return body;
        });
  }
}
