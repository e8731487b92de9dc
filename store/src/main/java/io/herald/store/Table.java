package io.herald.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of the store: its name and columns in storage order. Rows are appended as {@code
 * Object[]} in the same order.
 */
record Table(String name, List<Column> columns) {

  /**
   * One column.
   *
   * @param definition SQL type with constraints, e.g. {@code VARCHAR NOT NULL}
   */
  record Column(String name, String definition) {}

  Table {
    columns = List.copyOf(columns);
  }

  static Column column(String name, String definition) {
    return new Column(name, definition);
  }

  String createSql() {
    return columns.stream()
        .map(c -> c.name() + " " + c.definition())
        .collect(Collectors.joining(", ", "CREATE TABLE IF NOT EXISTS " + name + " (", ")"));
  }

  int width() {
    return columns.size();
  }
}
