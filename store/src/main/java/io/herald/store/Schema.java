package io.herald.store;

import static io.herald.store.Table.column;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The tables and indexes of schema version 1, documented column by column in SCHEMA.md. */
final class Schema {
  static final int VERSION = 1;

  private static final String TEXT = "VARCHAR";
  private static final String TEXT_REQUIRED = "VARCHAR NOT NULL";
  private static final String INT_REQUIRED = "INTEGER NOT NULL";
  private static final String HASH = "VARCHAR NOT NULL";

  static final Table ARTICLES =
      new Table(
          "articles",
          List.of(
              column("content_hash", "VARCHAR PRIMARY KEY"),
              column("id", TEXT_REQUIRED),
              column("title", TEXT),
              column("date", "DATE"),
              column("source", TEXT),
              column("url", TEXT),
              column("text", TEXT_REQUIRED),
              column("analyzed_at", "TIMESTAMP NOT NULL"),
              column("doc_json", TEXT_REQUIRED)));

  static final Table SENTENCES =
      new Table(
          "sentences",
          List.of(
              column("content_hash", HASH),
              column("idx", INT_REQUIRED),
              column("start_offset", INT_REQUIRED),
              column("end_offset", INT_REQUIRED),
              column("text", TEXT_REQUIRED)));

  static final Table ACTORS =
      new Table(
          "actors",
          List.of(
              column("content_hash", HASH),
              column("article_id", TEXT_REQUIRED),
              column("actor_id", TEXT_REQUIRED),
              column("name", TEXT_REQUIRED),
              column("kind", TEXT_REQUIRED),
              column("code", TEXT_REQUIRED),
              column("country", TEXT),
              column("sector", TEXT),
              column("role", TEXT),
              column("mention_count", INT_REQUIRED),
              column("mentions", TEXT_REQUIRED),
              column("rule", TEXT_REQUIRED)));

  static final Table EVENTS =
      new Table(
          "events",
          List.of(
              column("content_hash", HASH),
              column("article_id", TEXT_REQUIRED),
              column("event_id", TEXT_REQUIRED),
              column("cameo", TEXT_REQUIRED),
              column("cameo_name", TEXT_REQUIRED),
              column("root_code", TEXT_REQUIRED),
              column("quad_class", INT_REQUIRED),
              column("goldstein", "DOUBLE NOT NULL"),
              column("plover_type", TEXT_REQUIRED),
              column("plover_mode", TEXT),
              column("source_actor", TEXT),
              column("source_code", TEXT),
              column("source_country", TEXT),
              column("target_actor", TEXT),
              column("target_code", TEXT),
              column("target_country", TEXT),
              column("event_date", "DATE"),
              column("date_source", TEXT_REQUIRED),
              column("place_id", TEXT),
              column("negated", "BOOLEAN NOT NULL"),
              column("modality", TEXT_REQUIRED),
              column("sentence", INT_REQUIRED),
              column("sentence_text", TEXT),
              column("trigger_start", INT_REQUIRED),
              column("trigger_end", INT_REQUIRED),
              column("rule", TEXT_REQUIRED)));

  static final Table QUOTES =
      new Table(
          "quotes",
          List.of(
              column("content_hash", HASH),
              column("article_id", TEXT_REQUIRED),
              column("quote_id", TEXT_REQUIRED),
              column("text", TEXT_REQUIRED),
              column("start_offset", INT_REQUIRED),
              column("end_offset", INT_REQUIRED),
              column("direct", "BOOLEAN NOT NULL"),
              column("cue", TEXT),
              column("speaker_actor", TEXT),
              column("speaker_name", TEXT),
              column("speaker_start", "INTEGER"),
              column("speaker_end", "INTEGER"),
              column("rule", TEXT_REQUIRED),
              // Last, so that a schema-1 file that gains it on open (MIGRATIONS) keeps the
              // column order rows are inserted in.
              column("negated", "BOOLEAN DEFAULT false")));

  static final Table PLACES =
      new Table(
          "places",
          List.of(
              column("content_hash", HASH),
              column("article_id", TEXT_REQUIRED),
              column("place_id", TEXT_REQUIRED),
              column("name", TEXT_REQUIRED),
              column("start_offset", INT_REQUIRED),
              column("end_offset", INT_REQUIRED),
              column("lat", "DOUBLE NOT NULL"),
              column("lon", "DOUBLE NOT NULL"),
              column("country", TEXT),
              column("kind", TEXT_REQUIRED),
              column("geoname_id", "BIGINT"),
              column("adjectival", "BOOLEAN NOT NULL"),
              column("rule", TEXT_REQUIRED)));

  static final Table TIMES =
      new Table(
          "times",
          List.of(
              column("content_hash", HASH),
              column("article_id", TEXT_REQUIRED),
              column("time_id", TEXT_REQUIRED),
              column("text", TEXT_REQUIRED),
              column("start_offset", INT_REQUIRED),
              column("end_offset", INT_REQUIRED),
              column("type", TEXT_REQUIRED),
              column("value", TEXT_REQUIRED),
              column("rule", TEXT_REQUIRED)));

  static final Table ERRORS =
      new Table(
          "errors",
          List.of(
              column("source", TEXT_REQUIRED),
              column("problem", TEXT_REQUIRED),
              column("stage", TEXT_REQUIRED),
              column("recorded_at", "TIMESTAMP NOT NULL"),
              column("content_hash", TEXT)));

  static final Table SCHEMA_VERSION =
      new Table("schema_version", List.of(column("version", INT_REQUIRED)));

  /** Every table holding rows of a stored article, keyed by {@code content_hash}. */
  static final List<Table> ARTICLE_TABLES =
      List.of(ARTICLES, SENTENCES, ACTORS, EVENTS, QUOTES, PLACES, TIMES);

  static final List<Table> ALL =
      List.of(ARTICLES, SENTENCES, ACTORS, EVENTS, QUOTES, PLACES, TIMES, ERRORS, SCHEMA_VERSION);

  static final List<String> INDEXES =
      List.of(
          "CREATE INDEX IF NOT EXISTS articles_id ON articles(id)",
          "CREATE INDEX IF NOT EXISTS articles_date ON articles(date)",
          "CREATE INDEX IF NOT EXISTS actors_code ON actors(code)",
          "CREATE INDEX IF NOT EXISTS events_event_date ON events(event_date)",
          "CREATE INDEX IF NOT EXISTS events_source_code ON events(source_code)",
          "CREATE INDEX IF NOT EXISTS events_target_code ON events(target_code)",
          "CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo)",
          "CREATE INDEX IF NOT EXISTS events_root_code ON events(root_code)",
          "CREATE INDEX IF NOT EXISTS events_article_id ON events(article_id)",
          "CREATE INDEX IF NOT EXISTS places_name ON places(name)",
          // One article's rows, for the article view and for replacing an article.
          "CREATE INDEX IF NOT EXISTS sentences_content_hash ON sentences(content_hash)",
          "CREATE INDEX IF NOT EXISTS actors_content_hash ON actors(content_hash)",
          "CREATE INDEX IF NOT EXISTS events_content_hash ON events(content_hash)",
          "CREATE INDEX IF NOT EXISTS quotes_content_hash ON quotes(content_hash)",
          "CREATE INDEX IF NOT EXISTS places_content_hash ON places(content_hash)",
          "CREATE INDEX IF NOT EXISTS times_content_hash ON times(content_hash)");

  /**
   * Columns added to schema 1 after its first release, as (table, column, type): added on open to
   * files made before them, like the indexes, without changing the schema version, since readers of
   * the older layout select columns by name and never see them.
   */
  private static final List<String[]> ADDED_COLUMNS =
      List.<String[]>of(new String[] {"quotes", "negated", "BOOLEAN DEFAULT false"});

  /**
   * GDELT's Events and Mentions model over the stored events. {@code article_events}: within an
   * article, the same dyad and code on the same day is one event with several mentions. {@code
   * event_clusters}: across articles, asserted events grouped by (date, source, target, code) with
   * mention, article and source counts.
   */
  private static final List<String> VIEWS =
      List.of(
          "CREATE OR REPLACE VIEW article_events AS"
              + " SELECT content_hash, article_id, event_date, source_code, target_code, cameo,"
              + " any_value(cameo_name) AS cameo_name, any_value(root_code) AS root_code,"
              + " any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein,"
              + " bool_and(negated) AS negated, min(modality) AS modality,"
              + " count(*) AS mentions, min(event_id) AS first_event_id"
              + " FROM events GROUP BY content_hash, article_id, event_date, source_code,"
              + " target_code, cameo",
          "CREATE OR REPLACE VIEW event_clusters AS"
              + " SELECT e.event_date, e.source_code, e.target_code, e.cameo,"
              + " any_value(e.cameo_name) AS cameo_name, any_value(e.root_code) AS root_code,"
              + " any_value(e.quad_class) AS quad_class, avg(e.goldstein) AS goldstein,"
              + " count(*) AS num_mentions, count(DISTINCT e.content_hash) AS num_articles,"
              + " count(DISTINCT a.source) AS num_sources, min(a.analyzed_at) AS first_seen"
              + " FROM events e JOIN articles a USING (content_hash)"
              + " WHERE NOT e.negated AND e.modality = 'asserted'"
              + " GROUP BY e.event_date, e.source_code, e.target_code, e.cameo",
          // The role store: every office the text of a dated article gave a person. Offices the
          // coder itself projected from this store are not evidence, or tenures would never end.
          "CREATE OR REPLACE VIEW roles AS"
              + " SELECT a.name AS person,"
              + " CASE WHEN a.role LIKE 'former %' THEN substr(a.role, 8) ELSE a.role END AS title,"
              + " a.country, a.sector, a.role LIKE 'former %' AS former, ar.date AS seen,"
              + " a.article_id, a.content_hash, a.rule"
              + " FROM actors a JOIN articles ar USING (content_hash)"
              + " WHERE a.kind = 'person' AND a.role IS NOT NULL AND ar.date IS NOT NULL"
              + " AND a.rule NOT LIKE 'person.role-store%'",
          "CREATE OR REPLACE VIEW person_offices AS"
              + " SELECT person, title, country, former, min(seen) AS first_seen,"
              + " max(seen) AS last_seen, count(DISTINCT content_hash) AS articles,"
              + " min(article_id) AS example_article"
              + " FROM roles GROUP BY person, title, country, former");

  private Schema() {}

  /**
   * Creates whatever is missing, in the caller's transaction, and records version 1 in a new
   * database.
   *
   * @throws IllegalStateException when the database has another schema version
   */
  static void ensure(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(SCHEMA_VERSION.createSql());
      Integer found = storedVersion(connection);
      if (found != null && found != VERSION) {
        throw new IllegalStateException(
            "database has schema version " + found + ", this Herald reads version " + VERSION);
      }
      for (Table t : ALL) {
        s.execute(t.createSql());
      }
      addMissingColumns(connection, s);
      for (String index : INDEXES) {
        s.execute(index);
      }
      for (String view : VIEWS) {
        s.execute(view);
      }
      if (found == null) {
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO schema_version VALUES (?)")) {
          insert.setInt(1, VERSION);
          insert.executeUpdate();
        }
      }
    }
  }

  /**
   * Adds the {@link #ADDED_COLUMNS} an older file lacks. DuckDB alters no table an index depends
   * on, so the table's indexes are dropped first; {@link #INDEXES} recreates them right after.
   */
  private static void addMissingColumns(Connection connection, Statement s) throws SQLException {
    for (String[] added : ADDED_COLUMNS) {
      if (hasColumn(connection, added[0], added[1])) {
        continue;
      }
      List<String> indexes = new ArrayList<>();
      try (PreparedStatement q =
          connection.prepareStatement(
              "SELECT index_name FROM duckdb_indexes() WHERE table_name = ?")) {
        q.setString(1, added[0]);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            indexes.add(rs.getString(1));
          }
        }
      }
      for (String index : indexes) {
        s.execute("DROP INDEX " + index);
      }
      s.execute("ALTER TABLE " + added[0] + " ADD COLUMN " + added[1] + " " + added[2]);
    }
  }

  private static boolean hasColumn(Connection connection, String table, String column)
      throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = ? AND column_name = ?")) {
      q.setString(1, table);
      q.setString(2, column);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  /** The recorded version, or null in a new database. */
  static Integer storedVersion(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      rs.next();
      int v = rs.getInt(1);
      return rs.wasNull() ? null : v;
    }
  }
}
