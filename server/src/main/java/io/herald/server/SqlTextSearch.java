package io.herald.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Full-text search with SQL {@code ILIKE}: every word of the query must occur in the title or the
 * text, newest articles first. Lucene operators and quotes are read as word separators; {@code
 * AND}, {@code OR}, {@code NOT} are dropped. A stand-in until the store has a full-text index.
 */
final class SqlTextSearch implements TextSearch {
  private static final Set<String> OPERATORS = Set.of("and", "or", "not");

  private final ConnectionPool pool;

  SqlTextSearch(ConnectionPool pool) {
    this.pool = pool;
  }

  @Override
  public List<String> matching(String query) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      throw ApiException.badRequest("q: no words to search for in " + Params.quote(query));
    }
    Where w = new Where();
    for (String word : words) {
      String like = "%" + escapeLike(word) + "%";
      w.add("title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\'", like, like);
    }
    return pool.with(
        c ->
            Sql.list(
                c,
                "SELECT content_hash FROM articles WHERE "
                    + w.sql()
                    + " ORDER BY date DESC NULLS LAST, id",
                w.values(),
                rs -> rs.getString(1)));
  }

  static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    for (String w : query.split("[\\s+\\-\"()*?~^:!{}\\[\\]/\\\\&|]+")) {
      if (!w.isEmpty() && !OPERATORS.contains(w.toLowerCase(Locale.ROOT))) {
        words.add(w);
      }
    }
    return words;
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
