package io.herald.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@link Exporter} writes. */
public enum ExportFormat {
  /** GDELT 2.0 Events and Mentions tables: {@code OUT.export.CSV} and {@code OUT.mentions.CSV}. */
  GDELT,
  /** One events CSV file with a header row (RFC 4180). */
  CSV,
  /** One schema-v1 article document per line. */
  JSONL,
  /** A directory with one Parquet file per table. */
  PARQUET;

  /**
   * The format named {@code name}, case-insensitive.
   *
   * @throws IllegalArgumentException listing the formats when the name is unknown
   */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "--format: expected one of "
            + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining("|"))
            + ", got \""
            + name
            + "\"");
  }

  /** The lower-case name used on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
