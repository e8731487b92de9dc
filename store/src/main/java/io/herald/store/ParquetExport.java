package io.herald.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB's {@code COPY ... (FORMAT PARQUET)} of the events, actors, quotes, places and articles
 * tables into one directory, one file per table with the table's columns. With a date range, events
 * are those dated in it; the other tables hold the articles dated in it or holding one of those
 * events, so every exported event finds its article, actors and place.
 */
final class ParquetExport {
  static final List<String> TABLES = List.of("events", "actors", "quotes", "places", "articles");

  private final Connection connection;

  ParquetExport(Connection connection) {
    this.connection = connection;
  }

  List<ExportedFile> write(DateRange range, Path dir) throws SQLException, IOException {
    Files.createDirectories(dir);
    String events = "SELECT * FROM events WHERE " + range.sql("event_date");
    String articleKeys =
        "SELECT content_hash FROM articles WHERE "
            + range.sql("date")
            + " UNION SELECT content_hash FROM events WHERE "
            + range.sql("event_date");
    List<ExportedFile> files = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      for (String table : TABLES) {
        String query =
            table.equals("events")
                ? events
                : "SELECT * FROM " + table + " WHERE content_hash IN (" + articleKeys + ")";
        Path file = dir.resolve(table + ".parquet");
        s.execute(
            "COPY ("
                + query
                + ") TO '"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT PARQUET)");
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
          rs.next();
          files.add(new ExportedFile(file, rs.getLong(1)));
        }
      }
    }
    return List.copyOf(files);
  }
}
