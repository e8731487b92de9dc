package io.herald.store;

import io.herald.json.AnalyzedArticleJson;
import io.herald.model.AnalyzedArticle;
import io.herald.model.IngestError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * A DuckDB database of analysed articles: one row per article, sentence, actor, event, quote, place
 * and time expression, plus an errors table. The tables are documented in {@code store/SCHEMA.md}.
 *
 * <p>Articles are keyed by {@link io.herald.model.ContentHash}: saving an article whose content
 * hash or article id is already stored replaces the old version, so analysing the same input twice
 * never duplicates it.
 *
 * <p>A store holds one read-write connection; while it is open no other process can open the file,
 * not even read-only. Methods are synchronized, so one store may be shared by threads. Every
 * failure of the database is a {@link StoreException} naming the file and the operation.
 */
public final class Store implements AutoCloseable {
  private static final String MEMORY = ":memory:";

  private final String location;
  private final DuckDBConnection connection;
  private final Clock clock;
  private final AnalyzedArticleJson json = new AnalyzedArticleJson();
  private boolean closed;

  private Store(String location, DuckDBConnection connection, Clock clock) {
    this.location = location;
    this.connection = connection;
    this.clock = clock;
  }

  /**
   * Opens the database file, creating it, its parent directories and the schema when absent.
   *
   * @throws StoreException when the file cannot be created or opened (for instance because another
   *     process holds it) or holds another schema version
   */
  public static Store open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps {@code analyzed_at} and errors. */
  static Store open(Path file, Clock clock) {
    Path path = file.toAbsolutePath();
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the directory of " + path + ": " + e.getMessage(), e);
    }
    return connect("jdbc:duckdb:" + path, path.toString(), clock);
  }

  /** A fresh database in memory, gone when closed; for tests and one-off runs. */
  public static Store inMemory() {
    return connect("jdbc:duckdb:", MEMORY, Clock.systemUTC());
  }

  private static Store connect(String url, String location, Clock clock) {
    DuckDBConnection connection;
    try {
      connection = DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + location + ": " + e.getMessage(), e);
    }
    Store store = new Store(location, connection, clock);
    try {
      store.inTransaction(() -> Schema.ensure(connection));
    } catch (SQLException | RuntimeException e) {
      store.closeQuietly(e);
      throw store.failure("open", e);
    }
    return store;
  }

  /**
   * Saves one analysed article in one transaction, first deleting every row of an older version
   * with the same content hash or article id. The article's {@code problems} go to the errors table
   * with stage {@code analyze}.
   *
   * @throws IllegalArgumentException when a sentence span lies outside the article text
   * @throws StoreException when the database fails; nothing is changed then
   */
  public synchronized SaveResult save(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    return write(List.of(article), "save article " + article.article().id()).get(0);
  }

  /**
   * Saves several articles in one transaction with the Appender, with the same effect as saving
   * them one by one in list order: a later article replaces an earlier one with the same content
   * hash or id. All rows are built in memory first, so callers choose the batch size.
   *
   * @return one result per input article, in input order
   * @throws IllegalArgumentException when a sentence span lies outside an article's text
   * @throws StoreException when the database fails; nothing is changed then
   */
  public synchronized List<SaveResult> saveAll(List<AnalyzedArticle> articles) {
    List<AnalyzedArticle> copy = List.copyOf(articles);
    if (copy.isEmpty()) {
      return List.of();
    }
    return write(copy, "save " + copy.size() + " articles");
  }

  private List<SaveResult> write(List<AnalyzedArticle> articles, String operation) {
    requireOpen();
    // Rows are built before the transaction: a malformed article leaves the database untouched.
    Batch batch = Batch.of(articles, json, now());
    Set<String> storedHashes = new HashSet<>();
    Set<String> storedIds = new HashSet<>();
    try {
      inTransaction(
          () -> {
            // This query opens the transaction, which the Appenders below then join.
            findStored(batch, storedHashes, storedIds);
            Set<String> doomed = new HashSet<>(storedHashes);
            doomed.addAll(batch.allHashes());
            delete(doomed);
            for (Map.Entry<Table, List<Object[]>> rows : batch.rows().entrySet()) {
              TableAppender.append(connection, rows.getKey(), rows.getValue());
            }
          });
    } catch (SQLException | RuntimeException e) {
      throw failure(operation, e);
    }
    List<SaveResult> results = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      boolean replaced =
          batch.replacedInBatch(i)
              || storedHashes.contains(batch.hash(i))
              || storedIds.contains(batch.id(i));
      results.add(new SaveResult(batch.hash(i), batch.id(i), replaced));
    }
    return List.copyOf(results);
  }

  private void findStored(Batch batch, Set<String> hashes, Set<String> ids) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT content_hash, id FROM articles"
                + " WHERE content_hash IN (SELECT unnest(?)) OR id IN (SELECT unnest(?))")) {
      q.setArray(1, varchars(batch.allHashes()));
      q.setArray(2, varchars(batch.allIds()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          hashes.add(rs.getString(1));
          ids.add(rs.getString(2));
        }
      }
    }
  }

  private void delete(Set<String> hashes) throws SQLException {
    List<Table> tables = new ArrayList<>(Schema.ARTICLE_TABLES);
    tables.add(Schema.ERRORS);
    Array keys = varchars(hashes);
    for (Table t : tables) {
      try (PreparedStatement d =
          connection.prepareStatement(
              "DELETE FROM " + t.name() + " WHERE content_hash IN (SELECT unnest(?))")) {
        d.setArray(1, keys);
        d.executeUpdate();
      }
    }
  }

  private Array varchars(Set<String> values) throws SQLException {
    return connection.createArrayOf("VARCHAR", values.toArray());
  }

  /**
   * Records an input that could not be turned into an article.
   *
   * @param stage where it failed, e.g. {@code ingest} or {@code analyze}
   * @throws IllegalArgumentException when {@code stage} is blank
   * @throws StoreException when the database fails
   */
  public synchronized void recordError(IngestError error, String stage) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(stage, "stage");
    if (stage.isBlank()) {
      throw new IllegalArgumentException("error stage is blank for " + error);
    }
    requireOpen();
    Object[] row = {error.source(), error.problem(), stage, now(), null};
    try {
      TableAppender.append(connection, Schema.ERRORS, List.<Object[]>of(row));
    } catch (SQLException e) {
      throw failure("record error for " + error.source(), e);
    }
  }

  /**
   * Every office the stored articles' text gave a person whose name has the word {@code nameWord}
   * (case-insensitive), from the {@code roles} view.
   */
  public synchronized List<io.herald.model.Role> roles(String nameWord) {
    requireOpen();
    String sql =
        "SELECT person, title, country, sector, former, seen, article_id FROM roles"
            + " WHERE list_contains(string_split(lower(person), ' '), lower(?))"
            + " ORDER BY seen";
    try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, nameWord.strip());
      List<io.herald.model.Role> out = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new io.herald.model.Role(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3) == null ? "" : rs.getString(3),
                  rs.getString(4) == null ? "" : rs.getString(4),
                  rs.getBoolean(5),
                  rs.getObject(6, java.time.LocalDate.class),
                  rs.getString(7)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read roles of " + nameWord, e);
    }
  }

  /** Whether an article with this content hash is stored. */
  public synchronized boolean containsHash(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    requireOpen();
    try (PreparedStatement q =
        connection.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
      q.setString(1, contentHash);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("look up hash " + contentHash, e);
    }
  }

  /**
   * A new connection to this store's database for read queries from another thread (DuckDB's {@code
   * duplicate()}): it sees every committed write of this store. The caller closes it, and must
   * close it before closing the store.
   *
   * @throws StoreException when the database fails
   */
  public synchronized java.sql.Connection newReadConnection() {
    requireOpen();
    try {
      return connection.duplicate();
    } catch (SQLException e) {
      throw failure("open a read connection", e);
    }
  }

  /** Row counts and the most frequent codes. */
  public synchronized Summary summary() {
    requireOpen();
    try {
      return SummaryQuery.read(connection);
    } catch (SQLException e) {
      throw failure("summarise", e);
    }
  }

  /** Closes the connection, releasing the file; further calls fail. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  @Override
  public String toString() {
    return "Store[" + location + "]";
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  private void inTransaction(SqlWork work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("store " + location + " is closed");
    }
  }

  private void closeQuietly(Exception cause) {
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private StoreException failure(String operation, Exception e) {
    return new StoreException(operation + " failed in " + location + ": " + e.getMessage(), e);
  }
}
