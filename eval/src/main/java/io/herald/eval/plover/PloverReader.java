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
import java.util.Map;
import java.util.Optional;

/**
 * Reads PLOVER gold records (the JSON array of openeventdata/PLOVER's GSR files). DOCUMENT records
 * are documentation, not events, and are skipped. Actors may be a list, an empty string or absent.
 *
 * <p>Actor codes are ISO 3166-1 alpha-3 countries or CAMEO organisation prefixes. A few gold
 * records write a country with a code that is neither ({@code JAP} for Japan, {@code ITL} for
 * Italy, {@code VTN} for Vietnam); these are read as the ISO code the coder meant, so that a right
 * answer is not scored wrong. Sector fields may carry a lower-case ethnic or religious qualifier
 * ({@code MILsrp}, {@code CVLkur}) that the CAMEO sector code precedes, or {@code ***} for a sector
 * the coder left open: the sector is read as its upper-case CAMEO letters, {@code ***} as none.
 */
public final class PloverReader {
  /** Country codes in the gold that are not ISO alpha-3, with the ISO code each means. */
  private static final Map<String, String> NON_ISO =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

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
        out.add(
            new PloverRecord.Actor(
                text(a, "actorText"), NON_ISO.getOrDefault(code, code), sector(text(a, "sector"))));
      }
    }
    return out;
  }

  /** The CAMEO sector letters of a gold sector field: "MILsrp" is MIL, "***" none. */
  static String sector(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i + 3 <= field.length(); i += 3) {
      String part = field.substring(i, i + 3);
      if (!part.matches("[A-Z]{3}")) {
        break;
      }
      out.append(part);
    }
    return out.toString();
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
