package io.herald.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every stored event as one CSV row (RFC 4180, UTF-8, header row, CRLF), with its actors' names,
 * its place and its article; negated and non-asserted events included and flagged. Columns are
 * listed in the README's "Exports" section.
 */
final class EventsCsvExport {
  /** Header name and SQL expression of each column, in file order. */
  static final List<String[]> COLUMNS =
      List.of(
          col("article_id", "e.article_id"),
          col("event_id", "e.event_id"),
          col("event_date", "e.event_date"),
          col("date_source", "e.date_source"),
          col("cameo", "e.cameo"),
          col("cameo_name", "e.cameo_name"),
          col("root_code", "e.root_code"),
          col("quad_class", "e.quad_class"),
          col("goldstein", "e.goldstein"),
          col("plover_type", "e.plover_type"),
          col("plover_mode", "e.plover_mode"),
          col("source_code", "e.source_code"),
          col("source_name", "sa.name"),
          col("source_country", "e.source_country"),
          col("target_code", "e.target_code"),
          col("target_name", "ta.name"),
          col("target_country", "e.target_country"),
          col("negated", "e.negated"),
          col("modality", "e.modality"),
          col("place_name", "p.name"),
          col("place_lat", "p.lat"),
          col("place_lon", "p.lon"),
          col("place_country", "p.country"),
          col("place_geoname_id", "p.geoname_id"),
          col("sentence", "e.sentence"),
          col("sentence_text", "e.sentence_text"),
          col(
              "trigger_text",
              "CASE WHEN e.sentence >= 0 AND e.trigger_end <= length(a.text)"
                  + " THEN substring(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)"
                  + " END"),
          col("trigger_start", "e.trigger_start"),
          col("trigger_end", "e.trigger_end"),
          col("rule", "e.rule"),
          col("article_title", "a.title"),
          col("article_date", "a.date"),
          col("article_source", "a.source"),
          col("article_url", "a.url"));

  private final Connection connection;

  EventsCsvExport(Connection connection) {
    this.connection = connection;
  }

  private static String[] col(String name, String sql) {
    return new String[] {name, sql};
  }

  /** The header names, in file order. */
  static List<String> header() {
    return COLUMNS.stream().map(c -> c[0]).toList();
  }

  ExportedFile write(DateRange range, Path out) throws SQLException, IOException {
    StringBuilder select = new StringBuilder("SELECT ");
    for (int i = 0; i < COLUMNS.size(); i++) {
      select.append(i == 0 ? "" : ", ").append(COLUMNS.get(i)[1]);
    }
    String sql =
        select
            + " FROM events e JOIN articles a ON a.content_hash = e.content_hash"
            + " LEFT JOIN actors sa ON sa.content_hash = e.content_hash"
            + " AND sa.actor_id = e.source_actor"
            + " LEFT JOIN actors ta ON ta.content_hash = e.content_hash"
            + " AND ta.actor_id = e.target_actor"
            + " LEFT JOIN places p ON p.content_hash = e.content_hash AND p.place_id = e.place_id"
            + " WHERE %s"
            + " ORDER BY e.event_date NULLS LAST, a.date NULLS LAST, e.article_id, e.sentence,"
            + " e.trigger_start, e.event_id";
    long rows = 0;
    try (Writer w = Exporter.newWriter(out);
        Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(String.format(Locale.ROOT, sql, range.sql("e.event_date")))) {
      w.write(Delimited.CSV.line(header()));
      int width = COLUMNS.size();
      while (rs.next()) {
        List<String> fields = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
          Object v = rs.getObject(i);
          fields.add(v == null ? null : v.toString());
        }
        w.write(Delimited.CSV.line(fields));
        rows++;
      }
    }
    return new ExportedFile(out, rows);
  }
}
