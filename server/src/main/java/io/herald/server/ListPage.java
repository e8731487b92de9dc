package io.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A page of a list: its items, the total over all pages, and the link to the next page. */
record ListPage(ArrayNode items, long total, PageRequest page) {
  /**
   * The response body {@code {"items":[...],"total":N,"next":URL-or-null}}. {@code next} is the
   * request's own path and query with {@code offset} advanced by {@code limit}, or null on the last
   * page.
   *
   * @param path the request path, e.g. {@code /api/events}
   * @param rawQuery the request's query string as sent (still URL-encoded), or null
   */
  ObjectNode toJson(String path, String rawQuery) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("items", items);
    body.put("total", total);
    if (page.hasMore(total)) {
      body.put("next", nextLink(path, rawQuery, page.offset() + page.limit()));
    } else {
      body.putNull("next");
    }
    return body;
  }

  /** The path and query with {@code offset} replaced; other parameters keep their order. */
  static String nextLink(String path, String rawQuery, long offset) {
    List<String> parts = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String p : rawQuery.split("&", -1)) {
        if (!p.isEmpty() && !p.equals("offset") && !p.startsWith("offset=")) {
          parts.add(p);
        }
      }
    }
    parts.add("offset=" + offset);
    return path + "?" + String.join("&", parts);
  }
}
