package io.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.herald.model.Article;
import io.herald.model.IngestError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every unusable input becomes one {@link IngestError} naming it; the rest is still read. */
class ArticleReaderBadInputTest {
  private static final String GOOD = "Japan and the United States agreed on Wednesday.\nHeadline";
  private static final byte[] PNG_HEADER = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1a,
    '\n',
    0,
    0,
    0,
    0x0d,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    1,
    0
  };

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static ReadResult read(Path... inputs) {
    return new ArticleReader(ReadOptions.defaults()).read(List.of(inputs));
  }

  /** Reads a good file, the bad input and another good file; returns the one error. */
  private IngestError errorFor(Path bad) throws IOException {
    Path before = write("0-before.txt", GOOD);
    Path after = write("z-after.txt", GOOD.replace("Japan", "Russia"));
    ReadResult r = read(before, bad, after);
    assertThat(r.articles())
        .as("the rest of the batch is read")
        .extracting(Article::text)
        .containsExactly(
            "Japan and the United States agreed on Wednesday.",
            "Russia and the United States agreed on Wednesday.");
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }

  @Test
  void empty_file_is_an_error_naming_it() throws IOException {
    Path bad = write("empty.txt", new byte[0]);
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("empty");
  }

  @Test
  void binary_file_is_an_error_naming_it() throws IOException {
    Path bad = write("image.png", PNG_HEADER);
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("binary");
    assertThat(e.toString()).startsWith(bad + ": ");
  }

  @Test
  void latin1_file_is_an_error_naming_it() throws IOException {
    Path bad =
        write(
            "latin1.txt",
            "Caf\u00e9 owners in M\u00fcnchen protested.\nHeadline"
                .getBytes(StandardCharsets.ISO_8859_1));
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("UTF-8");
  }

  @Test
  void whitespace_only_file_is_an_error_naming_it() throws IOException {
    Path bad = write("blank.txt", "  \n\t\n \r\n   \n");
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
  }

  @Test
  void whitespace_only_file_without_headline_is_reported_empty() throws IOException {
    Path bad = write("blank.txt", "  \n\t\n \r\n   \n");
    ReadResult r =
        new ArticleReader(
                new ReadOptions(
                    HeadlinePosition.NONE, Optional.empty(), ReadOptions.DEFAULT_MAX_BYTES))
            .read(List.of(bad));
    assertThat(r.articles()).isEmpty();
    assertThat(r.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.problem()).contains("empty"));
  }

  @Test
  void japanese_text_is_an_error_naming_it() throws IOException {
    Path bad = write("ja.txt", "日本と米国は水曜日、協議を開くことで合意した。\n日米が協議で合意");
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("not English");
  }

  @Test
  void russian_text_is_an_error_naming_it() throws IOException {
    Path bad = write("ru.txt", "Япония и США в среду договорились провести переговоры.\nЗаголовок");
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("not English");
  }

  @Test
  void french_text_in_the_latin_alphabet_is_an_error_naming_the_language() throws IOException {
    Path bad =
        write(
            "fr.txt",
            "Le président de la République a rencontré le chancelier allemand à Berlin lundi pour"
                + " discuter de la situation en Ukraine et de l'aide militaire. Les deux dirigeants"
                + " ont condamné les frappes russes contre les villes ukrainiennes et ont promis"
                + " de renforcer leur soutien.\nParis et Berlin condamnent les frappes");
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("not English").contains("French");
  }

  @Test
  void german_jsonl_line_is_an_error_and_its_english_neighbours_are_read() throws IOException {
    Path feed =
        write(
            "mixed.jsonl",
            "{\"text\":\"Japan and the United States agreed on Wednesday.\"}\n"
                + "{\"text\":\"Die Bundesregierung hat am Mittwoch beschlossen, die Hilfe für die"
                + " Ukraine auszuweiten. Der Kanzler sagte, Deutschland werde sich auch in Zukunft"
                + " an die Seite der Ukraine stellen und die Sanktionen gegen Russland nicht"
                + " lockern, solange der Krieg andauert.\"}\n"
                + "{\"text\":\"Russia and the United States agreed on Wednesday.\"}\n");
    ReadResult r = read(feed);
    assertThat(r.articles()).extracting(Article::text).hasSize(2);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(feed + ":2");
              assertThat(e.problem()).contains("not English").contains("German");
            });
  }

  @Test
  void broken_links_and_pipes_in_a_folder_are_named_and_the_rest_is_read()
      throws IOException, InterruptedException {
    Path folder = dir.resolve("inbox");
    write("inbox/good.txt", GOOD);
    Path dangling = Files.createSymbolicLink(folder.resolve("dangling.txt"), dir.resolve("gone"));
    Path pipe = folder.resolve("pipe.txt");
    boolean fifo = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    ReadResult r = read(folder);
    assertThat(r.articles())
        .extracting(Article::text)
        .containsExactly("Japan and the United States agreed on Wednesday.");
    Map<String, String> problems =
        r.errors().stream().collect(Collectors.toMap(IngestError::source, IngestError::problem));
    assertThat(problems.get(dangling.toString())).contains("broken link");
    if (fifo) {
      assertThat(problems.get(pipe.toString())).contains("not a regular file");
      assertThat(read(pipe).errors())
          .singleElement()
          .satisfies(e -> assertThat(e.problem()).contains("not a regular file"));
    }
    assertThat(problems).hasSize(fifo ? 2 : 1);
  }

  @Test
  void single_line_text_file_is_an_error_naming_it() throws IOException {
    Path bad = write("oneline.txt", "Japan agreed on Wednesday.\n");
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("only one line");
  }

  @Test
  void missing_path_is_an_error_naming_it() throws IOException {
    Path bad = dir.resolve("no/such/file.txt");
    IngestError e = errorFor(bad);
    assertThat(e.source()).isEqualTo(bad.toString());
    assertThat(e.problem()).contains("no such file");
  }

  @Test
  void too_large_file_is_an_error_naming_it() throws IOException {
    Path small = write("small.txt", GOOD);
    Path big = write("big.txt", "Japan said. ".repeat(20) + "\nHeadline");
    ReadOptions options = new ReadOptions(HeadlinePosition.LAST, Optional.empty(), 100);

    ReadResult r = new ArticleReader(options).read(List.of(big, small));

    assertThat(r.articles()).extracting(Article::title).containsExactly("Headline");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(big.toString());
              assertThat(e.problem()).contains("too large").contains("limit 100");
            });
  }

  @Test
  void file_of_exactly_the_limit_is_read() throws IOException {
    Path file = write("limit.txt", GOOD);
    long size = Files.size(file);
    ReadOptions options = new ReadOptions(HeadlinePosition.LAST, Optional.empty(), size);
    assertThat(new ArticleReader(options).read(List.of(file)).articles()).hasSize(1);
    ReadOptions smaller = new ReadOptions(HeadlinePosition.LAST, Optional.empty(), size - 1);
    assertThat(new ArticleReader(smaller).read(List.of(file)).errors()).hasSize(1);
  }

  @Test
  void unreadable_file_is_an_error_naming_it() throws IOException {
    Path bad = write("secret.txt", GOOD);
    try {
      Files.setPosixFilePermissions(bad, Set.of());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("file system without POSIX permissions");
    }
    try {
      Assumptions.assumeFalse(
          Files.isReadable(bad), "running as root (or similar): chmod 000 does not stop reading");
      IngestError e = errorFor(bad);
      assertThat(e.source()).isEqualTo(bad.toString());
      assertThat(e.problem()).contains("unreadable");
    } finally {
      Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void unreadable_subdirectory_is_an_error_and_the_rest_is_read() throws IOException {
    write("a.txt", GOOD);
    Path locked = dir.resolve("locked");
    Files.createDirectories(locked);
    write("locked/b.txt", GOOD);
    Files.setPosixFilePermissions(locked, Set.of());
    try {
      Assumptions.assumeFalse(
          Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
      ReadResult[] result = new ReadResult[1];
      assertThatCode(() -> result[0] = read(dir)).doesNotThrowAnyException();
      assertThat(result[0].articles()).hasSize(1);
      assertThat(result[0].errors())
          .singleElement()
          .satisfies(e -> assertThat(e.source()).contains("locked"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  // ---- JSON Lines: each bad line is an error naming file and line; good lines are read

  @Test
  void bad_jsonl_lines_are_errors_naming_file_and_line() throws IOException {
    Path feed =
        write(
            "feed.jsonl",
            String.join(
                "\n",
                "{\"id\":\"ok-1\",\"text\":\"Japan agreed on Wednesday.\"}",
                "{\"id\":\"broken\",\"text\":\"unterminated",
                "",
                "{\"id\":\"no-text\",\"title\":\"Headline only\"}",
                "{\"id\":\"bad-date\",\"text\":\"Japan agreed.\",\"date\":\"2024-02-30\"}",
                "{\"id\":\"number-text\",\"text\":42}",
                "[\"not\",\"an\",\"object\"]",
                "{\"id\":\"ja\",\"text\":\"日本と米国は合意した。\"}",
                "{\"id\":\"blank\",\"text\":\"   \"}",
                "{\"id\":\"ok-2\",\"text\":\"Russia refused on Thursday.\"}",
                ""));

    ReadResult r = read(feed);

    assertThat(r.articles()).extracting(Article::id).containsExactly("ok-1", "ok-2");
    Map<String, String> problems =
        r.errors().stream().collect(Collectors.toMap(IngestError::source, IngestError::problem));
    assertThat(problems)
        .containsOnlyKeys(
            feed + ":2",
            feed + ":4",
            feed + ":5",
            feed + ":6",
            feed + ":7",
            feed + ":8",
            feed + ":9");
    assertThat(problems.get(feed + ":2")).contains("malformed JSON");
    assertThat(problems.get(feed + ":4")).contains("\"text\"");
    assertThat(problems.get(feed + ":5")).contains("2024-02-30");
    assertThat(problems.get(feed + ":6")).contains("\"text\"");
    assertThat(problems.get(feed + ":7")).contains("not a JSON object");
    assertThat(problems.get(feed + ":8")).contains("not English");
    assertThat(problems.get(feed + ":9")).contains("empty");
  }

  @Test
  void too_long_jsonl_line_is_an_error_and_short_lines_are_read() throws IOException {
    Path feed =
        write(
            "feed.jsonl",
            "{\"text\":\"" + "Japan said. ".repeat(20) + "\"}\n{\"text\":\"Japan agreed.\"}\n");
    ReadOptions options = new ReadOptions(HeadlinePosition.LAST, Optional.empty(), 100);

    ReadResult r = new ArticleReader(options).read(List.of(feed));

    assertThat(r.articles()).extracting(Article::text).containsExactly("Japan agreed.");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(feed + ":1");
              assertThat(e.problem()).contains("too large");
            });
  }

  @Test
  void jsonl_line_with_trailing_garbage_is_malformed() throws IOException {
    Path feed = write("feed.jsonl", "{\"text\":\"Japan agreed.\"} {\"text\":\"Lost.\"}\n");
    ReadResult r = read(feed);
    assertThat(r.articles()).isEmpty();
    assertThat(r.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo(feed + ":1"));
  }

  @Test
  void whitespace_only_jsonl_file_is_an_error_naming_it() throws IOException {
    Path feed = write("feed.jsonl", "\n  \n\r\n");
    ReadResult r = read(feed);
    assertThat(r.articles()).isEmpty();
    assertThat(r.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo(feed.toString()));
  }

  @Test
  void one_batch_with_every_kind_of_bad_input_reads_the_good_ones() throws IOException {
    write("good.txt", GOOD);
    write("empty.txt", new byte[0]);
    write("image.png", PNG_HEADER);
    write("latin1.txt", "Caf\u00e9 owners.\nHeadline".getBytes(StandardCharsets.ISO_8859_1));
    write("blank.txt", " \n \n");
    write("ja.txt", "日本と米国は水曜日、協議を開くことで合意した。\n見出し");
    write("ru.txt", "Япония и США договорились.\nЗаголовок");
    write(
        "sub/feed.jsonl",
        "{\"text\":\"Japan agreed.\"}\nnot json\n{\"title\":\"x\"}\n"
            + "{\"text\":\"Japan agreed.\",\"date\":\"2024-02-30\"}\n");
    Path missing = dir.resolve("missing.txt");

    ReadResult r = read(dir, missing);

    assertThat(r.articles())
        .extracting(Article::text)
        .containsExactly("Japan and the United States agreed on Wednesday.", "Japan agreed.");
    assertThat(r.errors())
        .extracting(IngestError::source)
        .containsExactlyInAnyOrder(
            dir.resolve("empty.txt").toString(),
            dir.resolve("image.png").toString(),
            dir.resolve("latin1.txt").toString(),
            dir.resolve("blank.txt").toString(),
            dir.resolve("ja.txt").toString(),
            dir.resolve("ru.txt").toString(),
            dir.resolve("sub/feed.jsonl") + ":2",
            dir.resolve("sub/feed.jsonl") + ":3",
            dir.resolve("sub/feed.jsonl") + ":4",
            missing.toString());
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.problem()).isNotBlank());
  }
}
