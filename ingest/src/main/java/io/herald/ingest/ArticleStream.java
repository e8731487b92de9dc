package io.herald.ingest;

import io.herald.model.Article;
import io.herald.model.IngestError;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The articles of a set of inputs, one at a time, in input order: files in the order given,
 * directories walked in name order, JSON Lines files line by line. Only the current JSON line is
 * held in memory, so a feed of any size streams through; a plain-text file, an HTML page or an
 * RSS/Atom feed is read whole, up to {@link ReadOptions#maxBytes()}.
 *
 * <p>Each {@link #next()} is an article or an error naming the file (and line) and the problem; an
 * error never ends the stream. Not thread-safe; close it to release the open file.
 */
public final class ArticleStream implements Iterator<ArticleStream.Item>, Closeable {
  /** How many bytes at the start of a JSON Lines file are checked for binary content. */
  private static final int SNIFF_BYTES = 8192;

  /** One element of the stream. */
  public sealed interface Item permits Read, Failed {}

  /** An article read from {@code origin} (a file, or a file and line: {@code feed.jsonl:12}). */
  public record Read(Article article, String origin) implements Item {
    public Read {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** An input, or one line of it, that gave no article. */
  public record Failed(IngestError error) implements Item {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }

  private final ArticleReader reader;
  private final long maxBytes;
  private final Deque<Path> inputs;
  private final Deque<Item> ready = new ArrayDeque<>();
  private final Deque<Path> files = new ArrayDeque<>();
  private JsonLinesCursor cursor;

  ArticleStream(ArticleReader reader, long maxBytes, List<Path> inputs) {
    this.reader = reader;
    this.maxBytes = maxBytes;
    this.inputs = new ArrayDeque<>(inputs);
  }

  /** A stream over JSON Lines content that is not in a file (a bundled sample, a request body). */
  static ArticleStream ofJsonLines(
      ArticleReader reader, long maxBytes, String origin, InputStream content, long size) {
    ArticleStream s = new ArticleStream(reader, maxBytes, List.of());
    if (size == 0) {
      s.ready.add(failed(origin, "empty: no JSON lines"));
    } else {
      s.cursor = s.new JsonLinesCursor(origin, new BufferedInputStream(content));
    }
    return s;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (cursor != null) {
        Item item = cursor.next();
        if (item != null) {
          ready.add(item);
          continue;
        }
        closeCursor();
        continue;
      }
      if (!files.isEmpty()) {
        open(files.removeFirst());
      } else if (!inputs.isEmpty()) {
        List<IngestError> errors = new java.util.ArrayList<>();
        files.addAll(reader.expand(inputs.removeFirst(), errors));
        errors.forEach(e -> ready.add(new Failed(e)));
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  @Override
  public void close() {
    closeCursor();
    files.clear();
    inputs.clear();
  }

  private void closeCursor() {
    if (cursor != null) {
      cursor.close();
      cursor = null;
    }
  }

  private void open(Path file) {
    String name = file.toString();
    try {
      if (!Files.isReadable(file)) {
        throw new BadInputException("unreadable (permission denied)");
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new BadInputException("empty file");
      }
      String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        cursor = new JsonLinesCursor(name, new BufferedInputStream(Files.newInputStream(file)));
        return;
      }
      if (size > maxBytes) {
        // a feed is parsed whole, like a page or a text file
        throw new BadInputException("too large: " + size + " bytes (limit " + maxBytes + ")");
      }
      if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          ready.addAll(Feed.read(name, ArticleReader.stem(file), in, reader.options()));
        }
        return;
      }
      if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
        Article page =
            HtmlPage.read(ArticleReader.stem(file), Files.readAllBytes(file), reader.options());
        ready.add(new Read(page, name));
        return;
      }
      String content = TextChecks.decode(Files.readAllBytes(file));
      ready.add(new Read(reader.fromText(name, ArticleReader.stem(file), content), name));
    } catch (BadInputException e) {
      ready.add(new Failed(new IngestError(name, e.getMessage())));
    } catch (IOException | UncheckedIOException e) {
      ready.add(new Failed(new IngestError(name, "cannot read: " + e.getMessage())));
    }
  }

  /** Reads one JSON Lines file a line at a time; lines over the size limit are skipped unread. */
  private final class JsonLinesCursor {
    private final String name;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNumber;
    private boolean articlesOrErrors;
    private boolean done;

    JsonLinesCursor(String name, InputStream in) {
      this.name = name;
      this.in = in;
    }

    /** The next article or error of this file, or null at its end. */
    Item next() {
      try {
        if (lineNumber == 0 && !sniff()) {
          return null;
        }
        while (!done) {
          long length = readLine();
          lineNumber++;
          String where = name + ":" + lineNumber;
          if (length > maxBytes) {
            articlesOrErrors = true;
            return failed(where, "line too large: " + length + " bytes (limit " + maxBytes + ")");
          }
          byte[] bytes = line.toByteArray();
          if (lineNumber == 1) {
            bytes = withoutByteOrderMark(bytes);
          }
          if (blank(bytes)) {
            continue;
          }
          try {
            String text = TextChecks.decode(bytes).strip();
            if (text.isEmpty()) {
              continue;
            }
            articlesOrErrors = true;
            return new Read(reader.fromJson(text), where);
          } catch (BadInputException e) {
            articlesOrErrors = true;
            return failed(where, e.getMessage());
          }
        }
        if (!articlesOrErrors) {
          articlesOrErrors = true;
          return failed(name, "empty: no JSON lines");
        }
        return null;
      } catch (IOException e) {
        done = true;
        articlesOrErrors = true;
        return failed(name, "cannot read: " + e.getMessage());
      }
    }

    /**
     * A file that starts with binary content is one error, not one per line. Returns false when the
     * file is rejected (the error is queued).
     */
    private boolean sniff() throws IOException {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      in.reset();
      if (TextChecks.binary(head)) {
        done = true;
        ready.add(failed(name, "binary content (NUL bytes), not text"));
        return false;
      }
      return true;
    }

    /** Reads up to the next newline into {@link #line}; returns the line's full length. */
    private long readLine() throws IOException {
      line.reset();
      long length = 0;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        length++;
        if (length <= maxBytes) {
          line.write(b);
        }
      }
      if (b == -1) {
        done = true;
      }
      return length;
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        // Read-only file: nothing is lost by a failed close.
      }
    }
  }

  private static Failed failed(String where, String problem) {
    return new Failed(new IngestError(where, problem));
  }

  private static byte[] withoutByteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(b, 3, b.length);
    }
    return b;
  }

  private static boolean blank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\f' && x != 0x0B) {
        return false;
      }
    }
    return true;
  }
}
