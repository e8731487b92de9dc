package io.herald.model.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated table read from the classpath: {@code #} lines are comments, the first other line
 * names the columns. Public for other modules' resource readers; not part of the API.
 */
public final class TsvTable {
  private final String name;
  private final Map<String, Integer> columns;
  private final List<String[]> rows;

  private TsvTable(String name, Map<String, Integer> columns, List<String[]> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads {@code resource} relative to {@code anchor}'s package.
   *
   * @throws IllegalStateException when the resource is missing or has no header
   */
  public static TsvTable load(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "resource " + resource + " is missing next to " + anchor.getName());
    }
    try (in) {
      return read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  public static TsvTable read(String name, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Integer> columns = null;
    List<String[]> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (columns == null) {
        columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          columns.put(cells[i].trim(), i);
        }
      } else {
        rows.add(cells);
      }
    }
    if (columns == null) {
      throw new IllegalStateException("table " + name + " has no header line");
    }
    return new TsvTable(name, Map.copyOf(columns), List.copyOf(rows));
  }

  public List<String[]> rows() {
    return rows;
  }

  /** The cell of {@code column} in {@code row}, empty when the row is short. */
  public String get(String[] row, String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalStateException("table " + name + " has no column " + column);
    }
    return i < row.length ? row[i].trim() : "";
  }

  public boolean hasColumn(String column) {
    return columns.containsKey(column);
  }
}
