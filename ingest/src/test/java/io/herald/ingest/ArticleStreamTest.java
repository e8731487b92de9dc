package io.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a corpus one article at a time, a JSON line at a time. */
class ArticleStreamTest {
  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static List<ArticleStream.Item> drain(ArticleStream s) {
    List<ArticleStream.Item> items = new ArrayList<>();
    s.forEachRemaining(items::add);
    return items;
  }

  @Test
  void gives_what_read_gives_in_the_same_order_with_origins() throws IOException {
    write(
        "a/1.txt", "Japan and the United States agreed.\nFirst\n".getBytes(StandardCharsets.UTF_8));
    write(
        "a/feed.jsonl",
        "{\"id\":\"x\",\"text\":\"Russia refused.\"}\n{oops\n{\"id\":\"y\",\"text\":\"Iran said.\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    write("b.txt", new byte[0]);

    ReadResult whole = reader.read(List.of(dir));
    List<ArticleStream.Item> items;
    try (ArticleStream s = reader.stream(List.of(dir))) {
      items = drain(s);
    }

    List<Article> streamed = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (ArticleStream.Item i : items) {
      if (i instanceof ArticleStream.Read r) {
        streamed.add(r.article());
        origins.add(dir.relativize(Path.of(r.origin().replaceFirst(":\\d+$", ""))) + "");
      } else if (i instanceof ArticleStream.Failed f) {
        failed.add(f.error().source());
      }
    }
    assertThat(streamed).isEqualTo(whole.articles()).extracting(Article::id).contains("x", "y");
    assertThat(origins).containsExactly("a/1.txt", "a/feed.jsonl", "a/feed.jsonl");
    assertThat(failed)
        .containsExactly(dir.resolve("a/feed.jsonl") + ":2", dir.resolve("b.txt").toString());
    assertThat(whole.errors()).extracting(e -> e.source()).isEqualTo(failed);
  }

  @Test
  void a_bad_byte_sequence_costs_its_line_only() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"text\":\"Japan agreed.\"}\n".getBytes(StandardCharsets.UTF_8));
    b.writeBytes(
        new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    b.writeBytes("{\"text\":\"Russia refused.\"}\n".getBytes(StandardCharsets.UTF_8));
    Path feed = write("feed.jsonl", b.toByteArray());

    ReadResult r = reader.read(List.of(feed));

    assertThat(r.articles())
        .extracting(Article::text)
        .containsExactly("Japan agreed.", "Russia refused.");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(feed + ":2");
              assertThat(e.problem()).contains("UTF-8");
            });
  }

  @Test
  void a_binary_file_named_jsonl_is_one_error_not_one_per_line() throws IOException {
    byte[] junk = new byte[20_000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? '\n' : i % 5 == 0 ? 0 : 'a' + i % 26);
    }
    Path feed = write("dump.jsonl", junk);

    ReadResult r = reader.read(List.of(feed));

    assertThat(r.articles()).isEmpty();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(feed.toString());
              assertThat(e.problem()).contains("binary");
            });
  }

  @Test
  void a_feed_larger_than_the_line_limit_streams_and_an_overlong_line_is_skipped_unread()
      throws IOException {
    // 4,000 lines of about 2 KB: 8 MB in all, above the 1 MB limit a line may have, so the old
    // whole-file reading would have been refused or held it all; one line of 1.5 MB is refused.
    ReadOptions options = new ReadOptions(HeadlinePosition.LAST, Optional.empty(), 1 << 20);
    Path feed = dir.resolve("big.jsonl");
    String filler = "The ministers met again. ".repeat(80);
    try (OutputStream out = Files.newOutputStream(feed)) {
      for (int i = 0; i < 4_000; i++) {
        if (i == 1234) {
          out.write(
              ("{\"text\":\"" + "x".repeat(1_500_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(
            ("{\"id\":\"n" + i + "\",\"text\":\"" + filler + i + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(Files.size(feed)).isGreaterThan(8L << 20);

    int articles = 0;
    List<String> errors = new ArrayList<>();
    String last = null;
    try (ArticleStream s = new ArticleReader(options).stream(List.of(feed))) {
      while (s.hasNext()) {
        ArticleStream.Item i = s.next();
        if (i instanceof ArticleStream.Read r) {
          articles++;
          last = r.article().id();
        } else if (i instanceof ArticleStream.Failed f) {
          errors.add(f.error().source() + " " + f.error().problem());
        }
      }
    }
    assertThat(articles).isEqualTo(4_000);
    assertThat(last).isEqualTo("n3999");
    assertThat(errors).singleElement().asString().startsWith(feed + ":1235 line too large");
  }
}
