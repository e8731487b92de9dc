package io.herald.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.model.IngestError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from plain-text files, JSON Lines files, saved web pages ({@code .html}, {@code
 * .htm}; see {@link HtmlPage}), RSS and Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}; see
 * {@link Feed}) and directories of them.
 *
 * <p>Plain text: the headline is on the last or first line (see {@link HeadlinePosition}); the body
 * is the rest, kept character for character except for surrounding blank lines, so spans index into
 * it exactly. JSON Lines ({@code .jsonl}, {@code .ndjson}): one object per line with fields {@code
 * id, title, text, date, url, source}, only {@code text} required; the {@code text} field is the
 * body verbatim. Every unusable file or line becomes an {@link IngestError} naming it; the rest of
 * the batch is read.
 */
public final class ArticleReader {
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final ReadOptions options;

  public ArticleReader(ReadOptions options) {
    this.options = options;
  }

  ReadOptions options() {
    return options;
  }

  /**
   * Reads every input into memory; directories are walked recursively in name order. For corpora
   * too large to hold, use {@link #stream(List)}.
   */
  public ReadResult read(List<Path> inputs) {
    try (ArticleStream stream = stream(inputs)) {
      return collect(stream);
    }
  }

  /** The articles and errors of {@code inputs} one at a time, in the order {@link #read} gives. */
  public ArticleStream stream(List<Path> inputs) {
    return new ArticleStream(this, options.maxBytes(), inputs);
  }

  /**
   * Reads JSON Lines content that is not in a file (a bundled sample, a request body).
   *
   * @param origin name used in error messages
   */
  public ReadResult readJsonLines(String origin, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try (ArticleStream stream =
        ArticleStream.ofJsonLines(
            this, options.maxBytes(), origin, new ByteArrayInputStream(bytes), bytes.length)) {
      return collect(stream);
    }
  }

  private static ReadResult collect(ArticleStream stream) {
    List<Article> articles = new ArrayList<>();
    List<IngestError> errors = new ArrayList<>();
    while (stream.hasNext()) {
      ArticleStream.Item item = stream.next();
      if (item instanceof ArticleStream.Read r) {
        articles.add(r.article());
      } else if (item instanceof ArticleStream.Failed f) {
        errors.add(f.error());
      }
    }
    return new ReadResult(articles, errors);
  }

  List<Path> expand(Path input, List<IngestError> errors) {
    if (!Files.exists(input)) {
      errors.add(new IngestError(input.toString(), "no such file or directory"));
      return List.of();
    }
    if (!Files.isDirectory(input)) {
      return irregular(input, errors) ? List.of() : List.of(input);
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(p -> !hidden(input, p) && !Files.isDirectory(p))
          .sorted()
          .filter(p -> !irregular(p, errors))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      errors.add(new IngestError(input.toString(), "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * Whether {@code file} is no regular file: a link whose target is gone, a pipe, a socket or a
   * device, which would fail or block when read. Each is named in {@code errors}.
   */
  private static boolean irregular(Path file, List<IngestError> errors) {
    if (Files.isRegularFile(file)) {
      return false;
    }
    errors.add(
        new IngestError(
            file.toString(),
            Files.exists(file)
                ? "not a regular file (a pipe, socket or device)"
                : "broken link: its target does not exist"));
    return true;
  }

  /**
   * Builds an article from a plain-text document.
   *
   * @param origin file name for error messages
   * @param idStem readable start of the article id
   */
  Article fromText(String origin, String idStem, String content) throws BadInputException {
    String title = "";
    String body;
    String trimmed = stripTrailing(content);
    switch (options.headline()) {
      case LAST -> {
        int nl = trimmed.lastIndexOf('\n');
        if (nl < 0) {
          throw new BadInputException("only one line: expected the body, then the headline");
        }
        title = trimmed.substring(nl + 1).trim();
        body = stripTrailing(trimmed.substring(0, nl));
      }
      case FIRST -> {
        int nl = trimmed.indexOf('\n');
        if (nl < 0) {
          throw new BadInputException("only one line: expected the headline, then the body");
        }
        title = trimmed.substring(0, nl).trim();
        body = stripLeadingBlankLines(trimmed.substring(nl + 1));
      }
      default -> body = stripLeadingBlankLines(trimmed);
    }
    Optional<String> problem = TextChecks.problemWithBody(body);
    if (problem.isPresent()) {
      throw new BadInputException(problem.get());
    }
    String hash = ContentHash.of(title, body);
    return new Article(idStem + "-" + hash.substring(0, 8), title, body, options.date(), "", "");
  }

  /** An article from one JSON line, already stripped. */
  Article fromJson(String line) throws BadInputException {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInputException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadInputException("not a JSON object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw new BadInputException("missing the required string field \"text\"");
    }
    String text = textNode.asText();
    Optional<String> problem = TextChecks.problemWithBody(text);
    if (problem.isPresent()) {
      throw new BadInputException(problem.get());
    }
    String title = string(node, "title");
    Optional<LocalDate> date = options.date();
    String rawDate = string(node, "date");
    if (!rawDate.isEmpty()) {
      date = Optional.of(parseDate(rawDate));
    }
    String id = string(node, "id");
    if (id.isBlank()) {
      id = "h" + ContentHash.of(title, text).substring(0, 16);
    }
    return new Article(id, title, text, date, string(node, "source"), string(node, "url"));
  }

  /** Accepts {@code YYYY-MM-DD} or an ISO date-time whose date part is taken; rejects the rest. */
  static LocalDate parseDate(String raw) throws BadInputException {
    String s = raw.strip();
    if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
      s = s.substring(0, 10);
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          "impossible or unreadable date \"" + raw + "\" (want YYYY-MM-DD)");
    }
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  /** A file or folder below {@code root} whose name starts with a dot (".git", ".DS_Store"). */
  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String s = dot > 0 ? n.substring(0, dot) : n;
    Path parent = file.getParent();
    if (s.matches("\\d+") && parent != null && parent.getFileName() != null) {
      s = parent.getFileName() + "-" + s;
    }
    return s.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String stripLeadingBlankLines(String s) {
    int start = 0;
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      if (s.charAt(i) == '\n') {
        start = i + 1;
      }
      i++;
    }
    return s.substring(start);
  }
}
