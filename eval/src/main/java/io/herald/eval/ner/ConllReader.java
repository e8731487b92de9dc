package io.herald.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 NER files: one token per line with its columns separated by spaces (word, POS,
 * chunk, NER tag; only the first and the last are used), blank lines between sentences, and {@code
 * -DOCSTART-} lines between documents. Tags may be IOB1 (as in the original distribution) or IOB2.
 * A file without {@code -DOCSTART-} lines is one document.
 */
public final class ConllReader {
  private ConllReader() {}

  /**
   * Reads a file in UTF-8.
   *
   * @throws IllegalArgumentException when the file is missing or a line is malformed (the message
   *     names the line)
   */
  public static List<ConllDocument> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("CoNLL file not found: " + file);
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("CoNLL file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads CoNLL lines from a string, for tests. */
  public static List<ConllDocument> parse(String content) {
    try {
      return read(new BufferedReader(new StringReader(content)), "<string>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ConllDocument> read(BufferedReader r, String name) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String stripped = line.strip();
      if (stripped.startsWith("-DOCSTART-")) {
        endSentence(sentences, tokens, tags);
        endDocument(docs, sentences);
      } else if (stripped.isEmpty()) {
        endSentence(sentences, tokens, tags);
      } else {
        String[] cols = stripped.split("\\s+");
        if (cols.length < 2) {
          throw new IllegalArgumentException(
              name + " line " + lineNo + ": expected a token and a tag, got \"" + line + "\"");
        }
        tokens.add(cols[0]);
        tags.add(cols[cols.length - 1]);
        try {
          ConllSentence.checkTag(cols[cols.length - 1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + " line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    endSentence(sentences, tokens, tags);
    endDocument(docs, sentences);
    return docs;
  }

  private static void endSentence(
      List<ConllSentence> sentences, List<String> tokens, List<String> tags) {
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }

  private static void endDocument(List<ConllDocument> docs, List<ConllSentence> sentences) {
    if (!sentences.isEmpty()) {
      docs.add(new ConllDocument(docs.size(), sentences));
      sentences.clear();
    }
  }
}
