package io.herald.store;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF record ends. */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String s) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char q = s.charAt(i++);
          if (q == '"') {
            if (i < s.length() && s.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\n' || c == '\r' || c == '"') {
        throw new IllegalArgumentException("bare " + (int) c + " outside quotes at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (!record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("last record does not end with CRLF");
    }
    return records;
  }
}
