package io.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code /api/events}: coded events with their evidence, filtered, newest first. One query gives
 * the page and the total; names, titles and places are joined to the page rows only.
 */
final class EventQuery {
  static final List<String> PARAMS =
      List.of(
          "actor", "source", "target", "cameo", "root", "quad", "from", "to", "place", "article",
          "all", "limit", "offset");

  /** Asserted: neither negated nor intended or hypothetical; the default of every count. */
  static final String ASSERTED = "NOT e.negated AND e.modality = 'asserted'";

  private static final String ORDER =
      "e.event_date DESC NULLS LAST, e.article_id, length(e.event_id), e.event_id";

  private final ConnectionPool pool;

  EventQuery(ConnectionPool pool) {
    this.pool = pool;
  }

  private static Where filter(Params p) {
    Where w = new Where();
    p.actorCode("actor")
        .ifPresent(
            a -> w.add("starts_with(e.source_code, ?) OR starts_with(e.target_code, ?)", a, a));
    p.actorCode("source").ifPresent(a -> w.add("starts_with(e.source_code, ?)", a));
    p.actorCode("target").ifPresent(a -> w.add("starts_with(e.target_code, ?)", a));
    p.cameo("cameo").ifPresent(c -> w.add("e.cameo = ?", c));
    p.root("root").ifPresent(r -> w.add("e.root_code = ?", r));
    p.quad("quad").ifPresent(q -> w.add("e.quad_class = ?", q));
    p.dates().addTo(w, "e.event_date");
    p.text("place")
        .ifPresent(
            name ->
                w.add(
                    "EXISTS (SELECT 1 FROM places pl WHERE pl.content_hash = e.content_hash"
                        + " AND pl.place_id = e.place_id AND lower(pl.name) = lower(?))",
                    name));
    p.text("article").ifPresent(id -> w.add("e.article_id = ?", id));
    if (!p.bool("all", false)) {
      w.add(ASSERTED);
    }
    return w;
  }

  ObjectNode list(Params p, String path, String rawQuery) {
    PageRequest page = p.page();
    Where w = filter(p);
    String sql =
        "SELECT e.article_id, a.title, e.event_id, CAST(e.event_date AS VARCHAR),"
            + " e.source_code, sa.name, e.target_code, ta.name, e.cameo, e.cameo_name, e.root_code,"
            + " e.quad_class, e.goldstein, e.plover_type, e.negated, e.modality,"
            + " pl.name, pl.lat, pl.lon, e.sentence, e.sentence_text, e.trigger_start,"
            + " e.trigger_end, e.rule, e.total"
            + " FROM (SELECT e.*, count(*) OVER () AS total FROM events e WHERE "
            + w.sql()
            + " ORDER BY "
            + ORDER
            + " LIMIT ? OFFSET ?) e"
            + " JOIN articles a ON a.content_hash = e.content_hash"
            + " LEFT JOIN actors sa ON sa.content_hash = e.content_hash"
            + " AND sa.actor_id = e.source_actor"
            + " LEFT JOIN actors ta ON ta.content_hash = e.content_hash"
            + " AND ta.actor_id = e.target_actor"
            + " LEFT JOIN places pl ON pl.content_hash = e.content_hash AND pl.place_id = e.place_id"
            + " ORDER BY "
            + ORDER;
    List<Object> values = Sql.values(w.values(), List.of(page.limit(), page.offset()));
    return pool.with(
        c -> {
          long[] total = {-1};
          ArrayNode items = JsonNodeFactory.instance.arrayNode();
          Sql.list(
              c,
              sql,
              values,
              rs -> {
                total[0] = rs.getLong(25);
                return item(rs, items.addObject());
              });
          if (total[0] < 0) {
            total[0] = Sql.count(c, "SELECT count(*) FROM events e WHERE " + w.sql(), w.values());
          }
          return new ListPage(items, total[0], page).toJson(path, rawQuery);
        });
  }

  private static ObjectNode item(ResultSet rs, ObjectNode n) throws SQLException {
    n.put("articleId", rs.getString(1));
    n.put("articleTitle", rs.getString(2));
    n.put("eventId", rs.getString(3));
    n.put("date", rs.getString(4));
    actor(n, "source", rs.getString(5), rs.getString(6));
    actor(n, "target", rs.getString(7), rs.getString(8));
    n.put("cameo", rs.getString(9));
    n.put("cameoName", rs.getString(10));
    n.put("root", rs.getString(11));
    n.put("quadClass", rs.getInt(12));
    n.put("goldstein", rs.getDouble(13));
    n.put("plover", rs.getString(14));
    n.put("status", rs.getBoolean(15) ? "negated" : rs.getString(16));
    String place = rs.getString(17);
    if (place == null) {
      n.putNull("place");
    } else {
      ObjectNode pl = n.putObject("place");
      pl.put("name", place);
      pl.put("lat", rs.getDouble(18));
      pl.put("lon", rs.getDouble(19));
    }
    n.put("sentence", rs.getInt(20));
    n.put("evidence", rs.getString(21));
    ArrayNode trigger = n.putArray("trigger");
    trigger.add(rs.getInt(22));
    trigger.add(rs.getInt(23));
    n.put("rule", rs.getString(24));
    return n;
  }

  private static void actor(ObjectNode n, String field, String code, String name) {
    if (code == null) {
      n.putNull(field);
      return;
    }
    ObjectNode a = n.putObject(field);
    a.put("code", code);
    a.put("name", name);
  }
}
