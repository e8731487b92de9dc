package io.herald.server;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable name for actor codes: the most frequent name stored with the code, preferring
 * countries, organisations and groups over persons ({@code JPNGOV} reads "Japan government" rather
 * than the name of one minister when both occur).
 */
final class CodeNames {
  private CodeNames() {}

  static Map<String, String> of(Session c, Collection<String> codes) throws SQLException {
    Map<String, String> names = new HashMap<>();
    if (codes.isEmpty()) {
      return names;
    }
    Sql.list(
        c,
        "SELECT code, first(name ORDER BY kind = 'person', n DESC, name) FROM"
            + " (SELECT code, name, kind, count(*) AS n FROM actors"
            + " WHERE code IN (SELECT unnest(?)) GROUP BY code, name, kind) GROUP BY code",
        List.of((Object) codes.toArray(new String[0])),
        rs -> names.put(rs.getString(1), rs.getString(2)));
    return names;
  }
}
