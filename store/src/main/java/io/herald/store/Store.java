package io.herald.store;

import io.herald.json.AnalyzedArticleJson;
import io.herald.model.AnalyzedArticle;
import io.herald.model.IngestError;
import io.herald.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;

/**
 * A DuckDB database of analysed articles: one row per article, sentence, actor, event, quote, place
 * and time expression, plus an errors table. The tables are documented in {@code store/SCHEMA.md}.
 *
 * <p>Beside the database file {@code F} lives a Lucene full-text index of the articles, in the
 * directory {@code F.lucene} ({@link #indexDirectory}); an in-memory store keeps it in memory.
 * Every save updates it after the database commits; when a process dies between the two commits,
 * the next {@link #open} finds the index out of step with the articles table and repairs it from
 * the table ({@link #indexRepair}), so searches always see exactly the stored articles.
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
  private TextIndex index;
  private IndexRepair repair = new IndexRepair(0, 0);
  private volatile boolean closed;

  private Store(String location, DuckDBConnection connection, Clock clock) {
    this.location = location;
    this.connection = connection;
    this.clock = clock;
  }

  /** Where the full-text index of the database file {@code databaseFile} lives. */
  public static Path indexDirectory(Path databaseFile) {
    Path path = databaseFile.toAbsolutePath();
    return path.resolveSibling(path.getFileName() + ".lucene");
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
    return connect(
        "jdbc:duckdb:" + path, path.toString(), clock, () -> TextIndex.open(indexDirectory(path)));
  }

  /** A fresh database in memory, gone when closed; for tests and one-off runs. */
  public static Store inMemory() {
    return connect("jdbc:duckdb:", MEMORY, Clock.systemUTC(), TextIndex::inMemory);
  }

  private static Store connect(
      String url, String location, Clock clock, Supplier<TextIndex> openIndex) {
    DuckDBConnection connection;
    try {
      connection = DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + location + ": " + e.getMessage(), e);
    }
    Store store = new Store(location, connection, clock);
    try {
      Transactions.run(connection, () -> Schema.ensure(connection));
      // Opened after the database, whose lock keeps other Herald processes out of both.
      store.index = openIndex.get();
      store.repair = IndexSync.repair(connection, store.index);
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
    Set<String> doomed = new HashSet<>(batch.allHashes());
    try {
      Transactions.run(
          connection,
          () -> {
            // This query opens the transaction, which the Appenders below then join.
            Lookups.findStored(connection, batch, storedHashes, storedIds);
            doomed.addAll(storedHashes);
            Writes.deleteArticles(connection, doomed);
            for (Map.Entry<Table, List<Object[]>> rows : batch.rows().entrySet()) {
              TableAppender.append(connection, rows.getKey(), rows.getValue());
            }
          });
    } catch (SQLException | RuntimeException e) {
      throw failure(operation, e);
    }
    try {
      IndexSync.follow(index, doomed, batch.rows().get(Schema.ARTICLES));
    } catch (StoreException e) {
      throw new StoreException(
          operation + ": the articles are saved in " + location + " but " + e.getMessage(), e);
    }
    return batch.results(storedHashes, storedIds);
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
    Writes.requireStage(stage);
    requireOpen();
    Object[] row = {error.source(), error.problem(), stage, now(), null};
    try {
      TableAppender.append(connection, Schema.ERRORS, List.<Object[]>of(row));
    } catch (SQLException e) {
      throw failure("record error for " + error.source(), e);
    }
  }

  /**
   * Records inputs that could not be turned into articles, in one transaction, replacing what an
   * earlier run recorded for the same source and stage: re-running a batch with the same bad files
   * leaves one row per bad input, with the latest problem.
   *
   * @param stage where they failed, e.g. {@code ingest} or {@code analyze}
   * @throws IllegalArgumentException when {@code stage} is blank
   * @throws StoreException when the database fails; nothing is changed then
   */
  public synchronized void recordErrors(List<IngestError> errors, String stage) {
    List<IngestError> copy = List.copyOf(errors);
    Writes.requireStage(stage);
    requireOpen();
    if (copy.isEmpty()) {
      return;
    }
    Set<String> sources = new HashSet<>();
    List<Object[]> rows = new ArrayList<>();
    LocalDateTime at = now();
    for (IngestError e : copy) {
      sources.add(e.source());
      rows.add(new Object[] {e.source(), e.problem(), stage, at, null});
    }
    try {
      Transactions.run(connection, () -> Writes.replaceErrors(connection, stage, sources, rows));
    } catch (SQLException | RuntimeException e) {
      throw failure("record " + copy.size() + " errors", e);
    }
  }

  /**
   * Every office the stored articles' text gave a person whose name has the word {@code nameWord}
   * (case-insensitive), from the {@code roles} view.
   */
  public synchronized List<Role> roles(String nameWord) {
    requireOpen();
    try {
      return Lookups.roles(connection, nameWord);
    } catch (SQLException e) {
      throw failure("read roles of " + nameWord, e);
    }
  }

  /** Whether an article with this content hash is stored. */
  public synchronized boolean containsHash(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    requireOpen();
    try {
      return Lookups.containsHash(connection, contentHash);
    } catch (SQLException e) {
      throw failure("look up hash " + contentHash, e);
    }
  }

  /**
   * Which of {@code contentHashes} are stored: one query per thousand hashes, for skipping what an
   * earlier run already saved.
   */
  public synchronized Set<String> storedHashes(Collection<String> contentHashes) {
    List<String> all = List.copyOf(new LinkedHashSet<>(contentHashes));
    requireOpen();
    try {
      return Lookups.storedHashes(connection, all);
    } catch (SQLException e) {
      throw failure("look up " + all.size() + " hashes", e);
    }
  }

  /**
   * Full-text search of the stored articles, with a snippet of each hit. The query is in Lucene's
   * classic syntax: free words search title and text (all must match unless joined by {@code OR};
   * English stemming, so "talks" finds "talked"), {@code "..."} phrases, {@code title:}, {@code
   * text:}, {@code source:}, {@code id:} and {@code date:} fields ({@code date:[2024-10-01 TO
   * 2024-10-31]}), {@code NOT}, trailing wildcards {@code isra*}, {@code *:*} for every article.
   *
   * @param offset rank of the first hit to return, from 0
   * @param limit most hits to return
   * @throws IllegalArgumentException when the query is blank or cannot be parsed (the message says
   *     why), or {@code offset}/{@code limit} is negative
   */
  public SearchResult search(String luceneQuery, int offset, int limit) {
    return search(luceneQuery, offset, limit, true);
  }

  /**
   * Every article matching {@code luceneQuery} (syntax as in {@link #search}), best first, without
   * snippets: for combining full-text search with filters on the other tables.
   *
   * @throws IllegalArgumentException when the query is blank or cannot be parsed
   */
  public SearchResult searchAll(String luceneQuery) {
    return search(luceneQuery, 0, Integer.MAX_VALUE, false);
  }

  private SearchResult search(String luceneQuery, int offset, int limit, boolean snippets) {
    requireOpen();
    return index.find(luceneQuery, offset, limit, snippets ? this::texts : null);
  }

  private synchronized Map<String, String> texts(List<String> hashes) {
    requireOpen();
    try {
      return Lookups.texts(connection, hashes);
    } catch (SQLException e) {
      throw failure("read texts for snippets", e);
    }
  }

  /** How many articles the full-text index holds; equal to the articles table's row count. */
  public int indexedCount() {
    requireOpen();
    return index.size();
  }

  /** What {@link #open} did to bring the full-text index in step with the articles table. */
  public IndexRepair indexRepair() {
    return repair;
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
      index.close();
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        throw failure("close", e);
      }
    }
  }

  @Override
  public String toString() {
    return "Store[" + location + "]";
  }

  /** Now in UTC, to the microsecond DuckDB keeps, so that index versions match the table. */
  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("store " + location + " is closed");
    }
  }

  private void closeQuietly(Exception cause) {
    closed = true;
    if (index != null) {
      try {
        index.close();
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
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
