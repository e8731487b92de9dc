package io.herald.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads PLOVER gold records (the JSON array of openeventdata/PLOVER's GSR files). DOCUMENT records
 * are documentation, not events, and are skipped. Actors may be a list, an empty string or absent.
 */
public final class PloverReader {
  private final ObjectMapper json = new ObjectMapper();

  /** Reads a file; throws {@link IllegalArgumentException} naming it when it is not PLOVER JSON. */
  public List<PloverRecord> read(Path file) {
    try {
      return parse(
          Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public List<PloverRecord> parse(String content, String origin) {
    JsonNode root;
    try {
      root = json.readTree(content);
    } catch (IOException e) {
      throw new IllegalArgumentException(origin + ": not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(origin + ": expected a JSON array of PLOVER records");
    }
    List<PloverRecord> out = new ArrayList<>();
    for (JsonNode r : root) {
      String type = text(r, "event");
      if (type.isEmpty() || type.equals("DOCUMENT")) {
        continue;
      }
      out.add(
          new PloverRecord(
              text(r, "id"),
              text(r, "text"),
              date(text(r, "date")),
              type,
              text(r, "mode"),
              actors(r.get("source")),
              actors(r.get("target"))));
    }
    return out;
  }

  private static List<PloverRecord.Actor> actors(JsonNode node) {
    List<PloverRecord.Actor> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return out;
    }
    for (JsonNode a : node) {
      String code = text(a, "code");
      if (!code.isEmpty()) {
        out.add(new PloverRecord.Actor(text(a, "actorText"), code, text(a, "sector")));
      }
    }
    return out;
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }
}
