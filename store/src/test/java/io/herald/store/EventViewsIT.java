package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events and Mentions views over the stored events. */
class EventViewsIT {
  @TempDir Path dir;

  @Test
  void clusters_count_mentions_and_articles_and_leave_out_negated_events() throws SQLException {
    Path db = dir.resolve("h.duckdb");
    try (Store store = Store.open(db)) {
      store.save(Fixtures.phoneCall());
      store.save(Fixtures.protest());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      long stored = count(s, "SELECT count(*) FROM events");
      long asserted =
          count(s, "SELECT count(*) FROM events WHERE NOT negated AND modality = 'asserted'");
      assertThat(count(s, "SELECT sum(num_mentions) FROM event_clusters")).isEqualTo(asserted);
      assertThat(count(s, "SELECT sum(mentions) FROM article_events")).isEqualTo(stored);
      assertThat(count(s, "SELECT max(num_articles) FROM event_clusters")).isEqualTo(1);
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
