package io.herald.store;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns fields into one line of a delimited file. Two dialects: RFC 4180 CSV (fields holding a
 * comma, quote, CR or LF are quoted, quotes doubled; records end with CRLF) and GDELT's
 * tab-separated files, which have no quoting at all, so a tab, CR or LF inside a field becomes one
 * space to keep every row at its column count. {@code null} is written as the empty field.
 */
enum Delimited {
  CSV(",", "\r\n"),
  GDELT("\t", "\n");

  private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
  private static final Pattern BREAKS_TSV = Pattern.compile("[\t\r\n]+");

  private final String separator;
  private final String end;

  Delimited(String separator, String end) {
    this.separator = separator;
    this.end = end;
  }

  /** The fields as one record, line end included. */
  String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(field(fields.get(i)));
    }
    return sb.append(end).toString();
  }

  String field(String value) {
    if (value == null) {
      return "";
    }
    if (this == GDELT) {
      return BREAKS_TSV.matcher(value).replaceAll(" ");
    }
    if (NEEDS_QUOTES.matcher(value).find()) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
