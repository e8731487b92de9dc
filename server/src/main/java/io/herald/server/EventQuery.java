package io.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** {@code /api/events}: coded events with their evidence, filtered, newest first. */
final class EventQuery {
  static final List<String> PARAMS =
      List.of(
          "actor", "source", "target", "cameo", "root", "quad", "from", "to", "place", "article",
          "all", "limit", "offset");

  /** Asserted: neither negated nor intended or hypothetical; the default of every count. */
  static final String ASSERTED = "NOT e.negated AND e.modality = 'asserted'";

  /**
   * Newest first; within a day, by article and event in the order they were stored (an article's
   * events are stored together, in id order). The row id is an integer tie-break, much cheaper to
   * sort on than the id strings.
   */
  private static final String ORDER = "e.event_date DESC NULLS LAST, e.rowid";

  private final ConnectionPool pool;
  private final Lookups lookups;

  EventQuery(ConnectionPool pool, Lookups lookups) {
    this.pool = pool;
    this.lookups = lookups;
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

  /**
   * A page in two cheap queries: the total from the filtered rows, and the page itself by a top-N
   * sort on the event columns alone. Titles, actor names and places come from {@link Lookups}
   * rather than joins, which would scan those tables whole for a page of twenty.
   */
  ObjectNode list(Params p, String path, String rawQuery) {
    PageRequest page = p.page();
    Where w = filter(p);
    String sql =
        "SELECT e.content_hash, e.article_id, e.event_id, CAST(e.event_date AS VARCHAR),"
            + " e.source_code, e.source_actor, e.target_code, e.target_actor, e.cameo,"
            + " e.cameo_name, e.root_code, e.quad_class, e.goldstein, e.plover_type, e.negated,"
            + " e.modality, e.place_id, e.sentence, e.sentence_text, e.trigger_start,"
            + " e.trigger_end, e.rule FROM events e WHERE "
            + w.sql()
            + " ORDER BY "
            + ORDER
            + " LIMIT ? OFFSET ?";
    return pool.with(
        c -> {
          Lookups.Snapshot names = lookups.get(c);
          long total = Sql.count(c, "SELECT count(*) FROM events e WHERE " + w.sql(), w.values());
          ArrayNode items = JsonNodeFactory.instance.arrayNode();
          if ((long) page.offset() < total) {
            Sql.list(
                c,
                sql,
                Sql.values(w.values(), List.of(page.limit(), page.offset())),
                rs -> item(rs, names, items.addObject()));
          }
          return new ListPage(items, total, page).toJson(path, rawQuery);
        });
  }

  private static ObjectNode item(ResultSet rs, Lookups.Snapshot names, ObjectNode n)
      throws SQLException {
    String hash = rs.getString(1);
    n.put("articleId", rs.getString(2));
    n.put("articleTitle", names.title(hash));
    n.put("eventId", rs.getString(3));
    n.put("date", rs.getString(4));
    actor(n, "source", rs.getString(5), names.actorName(hash, rs.getString(6)));
    actor(n, "target", rs.getString(7), names.actorName(hash, rs.getString(8)));
    n.put("cameo", rs.getString(9));
    n.put("cameoName", rs.getString(10));
    n.put("root", rs.getString(11));
    n.put("quadClass", rs.getInt(12));
    n.put("goldstein", rs.getDouble(13));
    n.put("plover", rs.getString(14));
    n.put("status", rs.getBoolean(15) ? "negated" : rs.getString(16));
    Lookups.Point place = names.place(hash, rs.getString(17));
    if (place == null) {
      n.putNull("place");
    } else {
      ObjectNode pl = n.putObject("place");
      pl.put("name", place.name());
      pl.put("lat", place.lat());
      pl.put("lon", place.lon());
    }
    n.put("sentence", rs.getInt(18));
    n.put("evidence", rs.getString(19));
    ArrayNode trigger = n.putArray("trigger");
    trigger.add(rs.getInt(20));
    trigger.add(rs.getInt(21));
    n.put("rule", rs.getString(22));
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
