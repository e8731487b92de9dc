package io.herald.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the {@link TextIndex} in step with the {@code articles} table. The table is the truth: an
 * article is indexed exactly when its row exists, in the version ({@code analyzed_at}) of that row.
 */
final class IndexSync {
  /** Articles read and indexed per commit while repairing. */
  private static final int CHUNK = 500;

  private IndexSync() {}

  /** The index version of a row's {@code analyzed_at}: microseconds since the epoch (UTC). */
  static long version(LocalDateTime analyzedAt) {
    return analyzedAt.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + analyzedAt.getNano() / 1_000;
  }

  /**
   * Brings the index in step with a committed save: drops {@code removed} content hashes and adds
   * the saved article rows.
   *
   * @throws StoreException saying that the index could not follow and will be repaired on the next
   *     open
   */
  static void follow(TextIndex index, Set<String> removed, List<Object[]> articleRows) {
    List<TextIndex.Entry> added = new ArrayList<>();
    for (Object[] row : articleRows) {
      added.add(entry(row));
    }
    try {
      index.update(removed, added);
    } catch (StoreException e) {
      throw new StoreException(
          "the full-text index could not follow ("
              + e.getMessage()
              + "); it is repaired when the store is next opened",
          e);
    }
  }

  /** The index entry of one row of {@code articles}, as {@link ArticleRows} builds it. */
  static TextIndex.Entry entry(Object[] articleRow) {
    LocalDate date = (LocalDate) articleRow[3];
    return new TextIndex.Entry(
        (String) articleRow[0],
        version((LocalDateTime) articleRow[7]),
        (String) articleRow[1],
        (String) articleRow[2],
        (String) articleRow[6],
        date == null ? "" : date.toString(),
        (String) articleRow[4]);
  }

  /**
   * Compares the index with the table and rewrites what differs: rows missing from the index or
   * indexed in another version are (re)indexed, documents without a row are deleted. Commits every
   * {@value #CHUNK} articles, so an interrupted repair resumes where it stopped.
   */
  static IndexRepair repair(Connection connection, TextIndex index) throws SQLException {
    Map<String, Long> table = tableVersions(connection);
    Map<String, Long> indexed = index.versions();
    // Indexed in another version (or twice): re-adding deletes every document with the hash first.
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Long> e : table.entrySet()) {
      if (!Objects.equals(indexed.get(e.getKey()), e.getValue())) {
        missing.add(e.getKey());
      }
    }
    Set<String> gone = new HashSet<>(indexed.keySet());
    gone.removeAll(table.keySet());
    if (!gone.isEmpty()) {
      index.update(gone, List.of());
    }
    for (int i = 0; i < missing.size(); i += CHUNK) {
      List<String> chunk = missing.subList(i, Math.min(missing.size(), i + CHUNK));
      index.update(chunk, entries(connection, chunk));
    }
    return new IndexRepair(missing.size(), gone.size());
  }

  private static Map<String, Long> tableVersions(Connection connection) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT content_hash, analyzed_at FROM articles")) {
      while (rs.next()) {
        out.put(rs.getString(1), version(rs.getObject(2, LocalDateTime.class)));
      }
    }
    return out;
  }

  private static List<TextIndex.Entry> entries(Connection connection, List<String> hashes)
      throws SQLException {
    List<TextIndex.Entry> out = new ArrayList<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT content_hash, id, title, date, source, url, text, analyzed_at FROM articles"
                + " WHERE content_hash IN (SELECT unnest(?))")) {
      Array keys = connection.createArrayOf("VARCHAR", hashes.toArray());
      q.setArray(1, keys);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              entry(
                  new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, LocalDateTime.class)
                  }));
        }
      }
    }
    return out;
  }
}
