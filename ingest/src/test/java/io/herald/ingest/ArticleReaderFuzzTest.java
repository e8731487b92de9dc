package io.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.herald.model.Article;
import io.herald.model.IngestError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of random inputs that must never make the reader throw. */
class ArticleReaderFuzzTest {
  private static final int FILES = 30;
  private static final String[] WORDS = {
    "Japan",
    "said",
    "the",
    "TOKYO",
    "—",
    "“",
    "”",
    "😀",
    "\r\n",
    "\n",
    "\n\n",
    " ",
    "\t",
    "日本",
    "Москва",
    "é",
    "\u0001",
    "\uFEFF",
    "{",
    "}",
    "\"text\"",
    ":",
    "0",
    ".",
    "-"
  };

  @TempDir Path dir;

  @Test
  void random_files_each_yield_one_article_or_one_error() throws IOException {
    Random random = new Random(42L);
    List<String> contents = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      byte[] bytes =
          switch (i % 3) {
            case 0 -> randomBytes(random);
            case 1 -> randomWords(random).getBytes(StandardCharsets.UTF_8);
            default -> randomCodePoints(random).getBytes(StandardCharsets.UTF_8);
          };
      Files.write(dir.resolve(String.format(Locale.ROOT, "fuzz-%02d.txt", i)), bytes);
      contents.add(new String(bytes, StandardCharsets.UTF_8));
    }
    for (HeadlinePosition headline : HeadlinePosition.values()) {
      ArticleReader reader = new ArticleReader(new ReadOptions(headline, Optional.empty(), 4_096));
      ReadResult[] result = new ReadResult[1];
      assertThatCode(() -> result[0] = reader.read(List.of(dir))).doesNotThrowAnyException();
      ReadResult r = result[0];

      assertThat(r.articles().size() + r.errors().size()).as(headline.name()).isEqualTo(FILES);
      assertThat(r.articles()).as("some fuzz files are usable").isNotEmpty();
      assertThat(r.errors()).as("some fuzz files are rejected").isNotEmpty();
      for (int i = 0; i < FILES; i++) {
        String stem = String.format(Locale.ROOT, "fuzz-%02d", i);
        long articles = r.articles().stream().filter(a -> a.id().startsWith(stem + "-")).count();
        long errors =
            r.errors().stream()
                .map(IngestError::source)
                .filter(s -> s.equals(dir.resolve(stem + ".txt").toString()))
                .count();
        assertThat(articles + errors).as("%s under %s", stem, headline).isEqualTo(1);
      }
      for (Article a : r.articles()) {
        int i = Integer.parseInt(a.id().substring(5, 7));
        String content = contents.get(i);
        if (content.startsWith("\uFEFF")) {
          content = content.substring(1);
        }
        assertThat(content).as("body of %s is a verbatim slice", a.id()).contains(a.text());
        assertThat(a.text()).isNotBlank();
      }
    }
  }

  @Test
  void random_jsonl_lines_each_yield_one_article_or_one_error() throws IOException {
    Random random = new Random(7L);
    StringBuilder feed = new StringBuilder();
    int nonBlank = 0;
    for (int i = 0; i < 200; i++) {
      String line =
          switch (random.nextInt(4)) {
            case 0 -> "{\"text\":\"" + escape(randomWords(random)) + "\"}";
            case 1 ->
                "{\"text\":\"Japan agreed.\",\"date\":\"" + escape(randomWords(random)) + "\"}";
            case 2 -> randomWords(random).replace("\n", " ").replace("\r", " ");
            default -> "{\"id\":" + random.nextInt(100) + ",\"text\":\"Japan agreed.\"}";
          };
      if (!line.strip().isEmpty()) {
        nonBlank++;
      }
      feed.append(line).append('\n');
    }
    Path file = dir.resolve("fuzz.jsonl");
    Files.writeString(file, feed.toString(), StandardCharsets.UTF_8);

    ReadResult[] result = new ReadResult[1];
    assertThatCode(() -> result[0] = new ArticleReader(ReadOptions.defaults()).read(List.of(file)))
        .doesNotThrowAnyException();

    assertThat(result[0].articles().size() + result[0].errors().size()).isEqualTo(nonBlank);
    assertThat(result[0].articles()).isNotEmpty();
    assertThat(result[0].errors()).isNotEmpty();
    assertThat(result[0].errors()).allSatisfy(e -> assertThat(e.source()).matches(".*:\\d+"));
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(600)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String randomWords(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(80);
    for (int i = 0; i < n; i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
    }
    return b.toString();
  }

  private static String randomCodePoints(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(300);
    while (b.length() < n) {
      int cp =
          switch (random.nextInt(4)) {
            case 0 -> 0x20 + random.nextInt(0x5f);
            case 1 -> random.nextInt(0x300);
            case 2 -> random.nextInt(0xD800);
            default -> 0x10000 + random.nextInt(0x10000);
          };
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
