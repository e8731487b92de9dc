package io.herald.store;

import io.herald.model.codes.Countries;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Writes a stored database out in the formats of {@link ExportFormat}. It opens the file read-only,
 * so several exports may run at once, but not while a writer (an {@code analyze} or {@code ingest}
 * run) holds the file.
 *
 * <p>{@code from}/{@code to} filter events by their date and, for JSON Lines, articles by their
 * date; a bounded range leaves undated rows out.
 */
public final class Exporter implements AutoCloseable {
  private final Path database;
  private final Connection connection;
  private final Countries countries;

  private Exporter(Path database, Connection connection, Countries countries) {
    this.database = database;
    this.connection = connection;
    this.countries = countries;
  }

  /**
   * Opens a Herald database read-only.
   *
   * @param countries country names for GDELT's location names
   * @throws IllegalArgumentException when the file does not exist
   * @throws StoreException when it cannot be opened (for instance while another process writes it),
   *     is not a Herald database or has another schema version
   */
  public static Exporter open(Path database, Countries countries) {
    Objects.requireNonNull(countries, "countries");
    Path path = database.toAbsolutePath();
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no database file at " + database);
    }
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + path, props);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open "
              + database
              + " read-only (is another process writing it?): "
              + e.getMessage(),
          e);
    }
    try {
      Integer version = Schema.storedVersion(c);
      if (version == null || version != Schema.VERSION) {
        throw new StoreException(
            database + " has schema version " + version + ", this Herald reads " + Schema.VERSION,
            null);
      }
    } catch (SQLException e) {
      close(c, e);
      throw new StoreException(database + " is not a Herald database: " + e.getMessage(), e);
    } catch (StoreException e) {
      close(c, e);
      throw e;
    }
    return new Exporter(database, c, countries);
  }

  /**
   * Writes the export.
   *
   * @param out for {@code gdelt} a path prefix ({@code OUT.export.CSV} and {@code OUT.mentions.CSV}
   *     are written); for {@code csv} and {@code jsonl} the file; for {@code parquet} a directory,
   *     created when absent
   * @return the files written with their row counts
   * @throws StoreException when the database or a file fails, naming the file
   */
  public List<ExportedFile> export(ExportFormat format, DateRange range, Path out) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(out, "out");
    try {
      return switch (format) {
        case GDELT ->
            new GdeltExport(connection, countries)
                .write(range, sibling(out, ".export.CSV"), sibling(out, ".mentions.CSV"));
        case CSV -> List.of(new EventsCsvExport(connection).write(range, out));
        case JSONL -> List.of(articlesJsonl(range, out));
        case PARQUET -> new ParquetExport(connection).write(range, out);
      };
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "export "
              + format.label()
              + " of "
              + database
              + " to "
              + out
              + " failed: "
              + e.getMessage(),
          e);
    }
  }

  private ExportedFile articlesJsonl(DateRange range, Path out) throws SQLException, IOException {
    long rows = 0;
    try (Writer w = newWriter(out);
        Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                String.format(
                    Locale.ROOT,
                    "SELECT doc_json FROM articles WHERE %s ORDER BY date NULLS LAST, id",
                    range.sql("date")))) {
      while (rs.next()) {
        w.write(rs.getString(1));
        w.write('\n');
        rows++;
      }
    }
    return new ExportedFile(out, rows);
  }

  private static Path sibling(Path prefix, String suffix) {
    return prefix.resolveSibling(prefix.getFileName() + suffix);
  }

  /** A UTF-8 writer on {@code file}, creating its directory; replaces an existing file. */
  static Writer newWriter(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** Releases the database file. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("closing " + database + " failed: " + e.getMessage(), e);
    }
  }

  private static void close(Connection c, Exception cause) {
    try {
      c.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public String toString() {
    return "Exporter[" + database + "]";
  }
}
