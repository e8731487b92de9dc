package io.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /api/articles}: search with facets, and one article as schema v1. */
final class ArticleQuery {
  static final List<String> PARAMS =
      List.of("q", "from", "to", "actor", "country", "place", "source", "root", "limit", "offset");

  private static final int SNIPPET = 240;

  /** Lucene operators and field names: not words to place a snippet on. */
  private static final java.util.Set<String> OPERATORS =
      java.util.Set.of("AND", "OR", "NOT", "TO", "title", "text", "source", "id", "date");

  private static final int FACET_VALUES = 20;
  private static final String ASSERTED = "NOT e.negated AND e.modality = 'asserted'";

  private final ConnectionPool pool;
  private final TextSearch search;

  ArticleQuery(ConnectionPool pool, TextSearch search) {
    this.pool = pool;
    this.search = search;
  }

  /** The filter of a search and, for a text query, the ranked content hashes. */
  private record Filter(Where where, Optional<String[]> ranked) {}

  private Filter filter(Params p) {
    Where w = new Where();
    Optional<String> q = p.text("q");
    // Parse every parameter before running the text search, so a bad one fails fast.
    DateRange dates = p.dates();
    Optional<String> actor = p.actorCode("actor");
    Optional<String> country = p.country("country");
    Optional<String> place = p.text("place");
    Optional<String> source = p.text("source");
    Optional<String> root = p.root("root");
    Optional<String[]> ranked = q.map(text -> search.matching(text).toArray(new String[0]));
    ranked.ifPresent(h -> w.add("a.content_hash IN (SELECT unnest(?))", (Object) h));
    dates.addTo(w, "a.date");
    actor.ifPresent(
        code ->
            w.add(
                "a.content_hash IN (SELECT content_hash FROM actors WHERE starts_with(code, ?))",
                code));
    country.ifPresent(
        c ->
            w.add(
                "a.content_hash IN (SELECT content_hash FROM actors WHERE country = ?"
                    + " UNION SELECT content_hash FROM places WHERE country = ?)",
                c,
                c));
    place.ifPresent(
        name ->
            w.add(
                "a.content_hash IN (SELECT content_hash FROM places WHERE lower(name) = lower(?))",
                name));
    source.ifPresent(s -> w.add("lower(a.source) = lower(?)", s));
    // the root facet counts asserted events, so its filter does too
    root.ifPresent(
        r ->
            w.add(
                "a.content_hash IN (SELECT content_hash FROM events e WHERE e.root_code = ? AND "
                    + ASSERTED
                    + ")",
                r));
    return new Filter(w, ranked);
  }

  /** One page of matching articles with facets over all of them. */
  ObjectNode search(Params p, String path, String rawQuery) {
    PageRequest page = p.page();
    Filter f = filter(p);
    Optional<String> q = p.text("q");
    List<String> words = q.map(ArticleQuery::words).orElse(List.of());
    String order;
    List<Object> orderValues;
    if (f.ranked().isPresent()) {
      order = "list_position(?, a.content_hash), a.id";
      orderValues = List.of((Object) f.ranked().get());
    } else {
      order = "a.date DESC NULLS LAST, a.id";
      orderValues = List.of();
    }
    String sql =
        "WITH page AS (SELECT a.content_hash, a.id, a.title, a.date, a.source, count(*) OVER ()"
            + " AS total, row_number() OVER (ORDER BY "
            + order
            + ") AS rank FROM articles a WHERE "
            + f.where().sql()
            + " ORDER BY rank LIMIT ? OFFSET ?)"
            + " SELECT p.id, p.title, CAST(p.date AS VARCHAR), p.source, p.total,"
            + " (SELECT count(*) FROM events e WHERE e.content_hash = p.content_hash AND "
            + ASSERTED
            + "), (SELECT count(*) FROM actors x WHERE x.content_hash = p.content_hash),"
            + " ar.text FROM page p JOIN articles ar ON ar.content_hash = p.content_hash"
            + " ORDER BY p.rank";
    List<Object> values =
        Sql.values(orderValues, f.where().values(), List.of(page.limit(), page.offset()));
    ObjectNode body =
        pool.with(
            c -> {
              long[] total = {-1};
              ArrayNode items = JsonNodeFactory.instance.arrayNode();
              Sql.list(
                  c,
                  sql,
                  values,
                  rs -> {
                    ObjectNode item = items.addObject();
                    item.put("id", rs.getString(1));
                    item.put("title", rs.getString(2));
                    item.put("date", rs.getString(3));
                    item.put("source", rs.getString(4));
                    total[0] = rs.getLong(5);
                    item.put("snippet", snippet(rs.getString(8), words));
                    item.put("events", rs.getLong(6));
                    item.put("actors", rs.getLong(7));
                    return item;
                  });
              if (total[0] < 0) {
                total[0] =
                    Sql.count(
                        c,
                        "SELECT count(*) FROM articles a WHERE " + f.where().sql(),
                        f.where().values());
              }
              ObjectNode b = new ListPage(items, total[0], page).toJson(path, rawQuery);
              b.set("facets", facets(c, f.where()));
              return b;
            });
    return body;
  }

  private static ObjectNode facets(Session c, Where w) throws java.sql.SQLException {
    String sql =
        "WITH hit AS (SELECT a.content_hash, a.source FROM articles a WHERE "
            + w.sql()
            + "), pairs AS ("
            + "SELECT 'country' AS facet, country AS value, content_hash FROM actors"
            + " WHERE country IS NOT NULL AND content_hash IN (SELECT content_hash FROM hit)"
            + " UNION SELECT 'country', country, content_hash FROM places"
            + " WHERE country IS NOT NULL AND content_hash IN (SELECT content_hash FROM hit)"
            + " UNION SELECT 'source', source, content_hash FROM hit WHERE source IS NOT NULL"
            + " UNION SELECT 'root', root_code, content_hash FROM events e WHERE "
            + ASSERTED
            + " AND content_hash IN (SELECT content_hash FROM hit))"
            + " SELECT facet, value, count(*) AS n FROM pairs GROUP BY facet, value"
            + " QUALIFY row_number() OVER (PARTITION BY facet ORDER BY count(*) DESC, value) <= "
            + FACET_VALUES
            + " ORDER BY facet, n DESC, value";
    ObjectNode facets = JsonNodeFactory.instance.objectNode();
    ArrayNode country = facets.putArray("country");
    ArrayNode source = facets.putArray("source");
    ArrayNode root = facets.putArray("root");
    Sql.list(
        c,
        sql,
        w.values(),
        rs -> {
          ArrayNode target =
              switch (rs.getString(1)) {
                case "country" -> country;
                case "source" -> source;
                default -> root;
              };
          ObjectNode v = target.addObject();
          v.put("value", rs.getString(2));
          v.put("count", rs.getLong(3));
          return v;
        });
    return facets;
  }

  /**
   * About {@value #SNIPPET} characters of the text: around the first word of the query found in it,
   * else its beginning; cut at word boundaries.
   */
  static String snippet(String text, List<String> words) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= SNIPPET) {
      return flat;
    }
    int hit = -1;
    String lower = flat.toLowerCase(Locale.ROOT);
    for (String w : words) {
      int i = lower.indexOf(w.toLowerCase(Locale.ROOT));
      if (i >= 0 && (hit < 0 || i < hit)) {
        hit = i;
      }
    }
    int start = hit < SNIPPET / 2 ? 0 : hit - SNIPPET / 3;
    start = start == 0 ? 0 : flat.indexOf(' ', start) + 1;
    int end = Math.min(flat.length(), start + SNIPPET);
    if (end < flat.length()) {
      int space = flat.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
  }

  /** The words of a query, for placing the snippet: Lucene operators and syntax dropped. */
  static List<String> words(String query) {
    List<String> words = new java.util.ArrayList<>();
    for (String w : query.split("[\\s+\\-\"()*?~^:!{}\\[\\]/\\\\&|]+")) {
      if (!w.isEmpty() && !OPERATORS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** The stored schema-v1 JSON of the article with this id. */
  String article(String id) {
    List<String> docs =
        pool.with(
            c ->
                Sql.list(
                    c,
                    "SELECT doc_json FROM articles WHERE id = ?",
                    List.of(id),
                    rs -> rs.getString(1)));
    if (docs.isEmpty()) {
      throw ApiException.notFound("no article with id " + Params.quote(id));
    }
    return docs.get(0);
  }
}
