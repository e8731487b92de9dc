package io.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code /api/places}: resolved toponyms grouped by name, kind and point, with how often they are
 * mentioned, in how many articles, and how many asserted events happened there.
 */
final class PlaceQuery {
  static final List<String> PARAMS = List.of("q", "kind", "limit", "offset");

  private final ConnectionPool pool;

  PlaceQuery(ConnectionPool pool) {
    this.pool = pool;
  }

  ObjectNode list(Params p, String path, String rawQuery) {
    PageRequest page = p.page();
    Where w = new Where();
    p.text("q").ifPresent(q -> w.add("starts_with(lower(pl.name), lower(?))", q));
    p.placeKind("kind").ifPresent(k -> w.add("pl.kind = ?", k));
    String sql =
        "WITH g AS (SELECT pl.name, pl.kind, pl.lat, pl.lon, max(pl.geoname_id) AS geoname_id,"
            + " count(*) AS mentions, count(DISTINCT pl.content_hash) AS articles,"
            + " max(pl.country) AS country"
            + " FROM places pl WHERE "
            + w.sql()
            + " GROUP BY pl.name, pl.kind, pl.lat, pl.lon),"
            + " ev AS (SELECT pl.name, pl.kind, pl.lat, pl.lon, count(*) AS events FROM events e"
            + " JOIN places pl ON pl.content_hash = e.content_hash AND pl.place_id = e.place_id"
            + " WHERE "
            + EventQuery.ASSERTED
            + " AND "
            + w.sql()
            + " GROUP BY pl.name, pl.kind, pl.lat, pl.lon)"
            + " SELECT g.name, g.kind, g.lat, g.lon, g.geoname_id, g.mentions, g.articles,"
            + " coalesce(ev.events, 0), count(*) OVER (), g.country FROM g"
            + " LEFT JOIN ev ON ev.name = g.name AND ev.kind = g.kind AND ev.lat = g.lat"
            + " AND ev.lon = g.lon"
            + " ORDER BY g.mentions DESC, g.name, g.kind, g.lat, g.lon LIMIT ? OFFSET ?";
    return pool.with(
        c -> {
          long[] total = {-1};
          ArrayNode items = JsonNodeFactory.instance.arrayNode();
          Sql.list(
              c,
              sql,
              Sql.values(w.values(), w.values(), List.of(page.limit(), page.offset())),
              rs -> {
                ObjectNode n = items.addObject();
                n.put("name", rs.getString(1));
                n.put("kind", rs.getString(2));
                n.put("lat", rs.getDouble(3));
                n.put("lon", rs.getDouble(4));
                n.put("geonamesId", Sql.nullableLong(rs, 5));
                n.put("mentions", rs.getLong(6));
                n.put("events", rs.getLong(8));
                n.put("articles", rs.getLong(7));
                String country = rs.getString(10);
                n.put("country", country == null ? "" : country);
                total[0] = rs.getLong(9);
                return n;
              });
          if (total[0] < 0) {
            total[0] =
                Sql.count(
                    c,
                    "SELECT count(*) FROM (SELECT DISTINCT pl.name, pl.kind, pl.lat, pl.lon"
                        + " FROM places pl WHERE "
                        + w.sql()
                        + ")",
                    w.values());
          }
          return new ListPage(items, total[0], page).toJson(path, rawQuery);
        });
  }
}
