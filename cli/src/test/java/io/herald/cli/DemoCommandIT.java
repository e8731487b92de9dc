package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald demo} on a fresh checkout: the bundled sample analysed and stored. */
class DemoCommandIT {
  @TempDir Path dir;

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void analyses_the_bundled_sample_into_the_database_and_summarises_it() throws SQLException {
    Path db = dir.resolve("herald-data/herald.duckdb");
    AnalyzeCommandIT.Run r = AnalyzeCommandIT.run("demo", "--no-serve", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("[8/8]").contains("Stored in");
    Properties ro = new Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, ro)) {
      assertThat(count(c, "select count(*) from articles")).isEqualTo(8);
      assertThat(count(c, "select count(*) from actors")).isPositive();
      assertThat(count(c, "select count(*) from places where lat is not null")).isPositive();
      assertThat(count(c, "select count(*) from events")).isPositive();
      assertThat(count(c, "select count(*) from quotes where speaker_actor is not null"))
          .isPositive();
    }
  }
}
