package io.herald.cli;

import io.herald.model.codes.Countries;
import io.herald.store.DateRange;
import io.herald.store.ExportFormat;
import io.herald.store.ExportedFile;
import io.herald.store.Exporter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald export}: a stored database out as GDELT tables, CSV, JSON Lines or Parquet. */
@Command(
    name = "export",
    description = {
      "Write the stored events and articles in another format.",
      "gdelt: OUT.export.CSV and OUT.mentions.CSV in GDELT 2.0's Events and Mentions layouts;"
          + " csv: the events as one CSV file with a header; jsonl: one schema-v1 article per line;"
          + " parquet: events, actors, quotes, places and articles as Parquet files in the"
          + " directory OUT."
    })
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      paramLabel = "gdelt|csv|jsonl|parquet",
      description = "Output format.")
  String format;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = "herald-data/herald.duckdb",
      description = "The Herald database to read (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First event day included (article day for jsonl); undated rows are left out.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last event day included (article day for jsonl); undated rows are left out.")
  String to;

  @Parameters(
      paramLabel = "OUT",
      description = "The file (csv, jsonl), the file prefix (gdelt) or the directory (parquet).")
  Path out;

  @Override
  public Integer call() {
    ExportFormat f = ExportFormat.parse(format);
    DateRange range = DateRange.parse(from, to);
    List<ExportedFile> files;
    try (Exporter exporter = Exporter.open(db, Countries.load())) {
      files = exporter.export(f, range, out);
    }
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    for (ExportedFile file : files) {
      err.printf("herald: wrote %,d rows to %s%n", file.rows(), file.path());
    }
    return 0;
  }
}
