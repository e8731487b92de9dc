package io.herald.store;

import io.herald.model.Role;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read queries a {@link Store} answers from its own connection: stored hashes, the roles view
 * and article texts. Stateless; the store serialises the calls and turns failures into {@link
 * StoreException}s naming its file.
 */
final class Lookups {
  /**
   * Hashes per {@code IN (unnest(?))} query, so that a huge re-run does not build one huge array.
   */
  private static final int CHUNK = 1000;

  private Lookups() {}

  static Array varchars(Connection connection, Collection<String> values) throws SQLException {
    return connection.createArrayOf("VARCHAR", values.toArray());
  }

  /** Every role whose person's name has the word {@code nameWord}, oldest first. */
  static List<Role> roles(Connection connection, String nameWord) throws SQLException {
    String sql =
        "SELECT person, title, country, sector, former, seen, article_id FROM roles"
            + " WHERE list_contains(string_split(lower(person), ' '), lower(?))"
            + " ORDER BY seen";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, nameWord.strip());
      List<Role> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Role(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3) == null ? "" : rs.getString(3),
                  rs.getString(4) == null ? "" : rs.getString(4),
                  rs.getBoolean(5),
                  rs.getObject(6, LocalDate.class),
                  rs.getString(7)));
        }
      }
      return out;
    }
  }

  static boolean containsHash(Connection connection, String contentHash) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
      q.setString(1, contentHash);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Which of {@code hashes} (distinct, in any order) are stored, one query per chunk. */
  static Set<String> storedHashes(Connection connection, List<String> hashes) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))")) {
      for (int i = 0; i < hashes.size(); i += CHUNK) {
        q.setArray(1, varchars(connection, hashes.subList(i, Math.min(hashes.size(), i + CHUNK))));
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
    }
    return out;
  }

  /** The stored text of each of {@code hashes}, by content hash. */
  static Map<String, String> texts(Connection connection, Collection<String> hashes)
      throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT content_hash, text FROM articles WHERE content_hash IN (SELECT unnest(?))")) {
      q.setArray(1, varchars(connection, new HashSet<>(hashes)));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** The content hashes and ids already stored among a batch's hashes and ids. */
  static void findStored(Connection connection, Batch batch, Set<String> hashes, Set<String> ids)
      throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT content_hash, id FROM articles"
                + " WHERE content_hash IN (SELECT unnest(?)) OR id IN (SELECT unnest(?))")) {
      q.setArray(1, varchars(connection, batch.allHashes()));
      q.setArray(2, varchars(connection, batch.allIds()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          hashes.add(rs.getString(1));
          ids.add(rs.getString(2));
        }
      }
    }
  }
}
