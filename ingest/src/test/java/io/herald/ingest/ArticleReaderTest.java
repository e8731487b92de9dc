package io.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
  private static final LocalDate OCT_2 = LocalDate.of(2024, 10, 2);

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static ReadResult read(ReadOptions options, Path... inputs) {
    return new ArticleReader(options).read(List.of(inputs));
  }

  private static ReadOptions options(HeadlinePosition headline) {
    return new ReadOptions(headline, Optional.empty(), ReadOptions.DEFAULT_MAX_BYTES);
  }

  private static Article only(ReadResult result) {
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().get(0);
  }

  // ---- plain text layouts

  @Test
  void reads_headline_from_last_line() throws IOException {
    String body =
        "TOKYO (Kyodo) — Japan and the United States agreed on Wednesday to hold talks.\n"
            + "\n"
            + "  “We welcome it,” a Japanese official said.";
    Path file = write("seed.txt", body + "\n\nJapan, U.S. agree to hold talks  \n\n \n");

    Article a = only(read(ReadOptions.defaults(), file));

    assertThat(a.title()).isEqualTo("Japan, U.S. agree to hold talks");
    assertThat(a.text()).isEqualTo(body);
    assertThat(a.date()).isEmpty();
    assertThat(a.source()).isEmpty();
    assertThat(a.url()).isEmpty();
  }

  @Test
  void derives_text_file_id_from_name_and_content_hash() throws IOException {
    Path file = write("seed story.txt", "Japan said on Wednesday.\nHeadline");
    Article a = only(read(ReadOptions.defaults(), file));
    assertThat(a.id())
        .isEqualTo(
            "seed_story-" + ContentHash.of("Headline", "Japan said on Wednesday.").substring(0, 8));
  }

  @Test
  void keeps_crlf_inside_the_body_and_strips_it_from_title() throws IOException {
    Path file = write("crlf.txt", "First paragraph.\r\n\r\nSecond paragraph.\r\nThe headline\r\n");
    Article a = only(read(ReadOptions.defaults(), file));
    assertThat(a.title()).isEqualTo("The headline");
    assertThat(a.text()).isEqualTo("First paragraph.\r\n\r\nSecond paragraph.");
  }

  @Test
  void reads_headline_from_first_line_in_bbc_layout() throws IOException {
    String body =
        "Half-year earnings at a Welsh paper mill rose 12% to $4.2m (£2.3m).\n"
            + "\n"
            + "The mill said it had sold more card to packaging makers.";
    write("business/001.txt", "Card sales lift paper mill earnings\n\n" + body + "\n");

    Article a = only(read(options(HeadlinePosition.FIRST), dir));

    assertThat(a.title()).isEqualTo("Card sales lift paper mill earnings");
    assertThat(a.text()).isEqualTo(body);
    assertThat(a.id()).as("numeric file names take the folder name").startsWith("business-001-");
  }

  @Test
  void reads_whole_file_as_body_without_headline() throws IOException {
    Path file = write("plain.txt", "\n\nJapan said on Wednesday.\nTalks continue.\n\n");
    Article a = only(read(options(HeadlinePosition.NONE), file));
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).isEqualTo("Japan said on Wednesday.\nTalks continue.");
  }

  @Test
  void strips_a_utf8_byte_order_mark() throws IOException {
    Path file = dir.resolve("bom.txt");
    byte[] text = "Japan said.\nHeadline".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Files.write(file, bytes);
    assertThat(only(read(ReadOptions.defaults(), file)).text()).isEqualTo("Japan said.");
  }

  // ---- JSON Lines

  @Test
  void reads_jsonl_with_all_fields() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            "{\"id\":\"kyodo-1\",\"title\":\"Japan, U.S. agree\",\"text\":\"Japan and the United"
                + " States agreed.\",\"date\":\"2024-10-02\",\"url\":\"https://example.org/1\","
                + "\"source\":\"Kyodo\"}\n");

    Article a = only(read(ReadOptions.defaults(), file));

    assertThat(a)
        .isEqualTo(
            new Article(
                "kyodo-1",
                "Japan, U.S. agree",
                "Japan and the United States agreed.",
                Optional.of(OCT_2),
                "Kyodo",
                "https://example.org/1"));
  }

  @Test
  void reads_jsonl_with_only_text_and_invents_no_date() throws IOException {
    Path file = write("feed.ndjson", "{\"text\":\"Japan and the United States agreed.\"}\n");

    Article a = only(read(ReadOptions.defaults(), file));

    assertThat(a.text()).isEqualTo("Japan and the United States agreed.");
    assertThat(a.date()).isEmpty();
    assertThat(a.title()).isEmpty();
    assertThat(a.source()).isEmpty();
    assertThat(a.url()).isEmpty();
    assertThat(a.id())
        .isEqualTo(
            "h" + ContentHash.of("", "Japan and the United States agreed.").substring(0, 16));
  }

  @Test
  void derived_jsonl_id_is_stable_and_differs_with_text() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            "{\"text\":\"Japan agreed.\"}\n{\"text\":\"Japan agreed.\"}\n{\"text\":\"Japan refused.\"}\n");
    List<Article> articles = read(ReadOptions.defaults(), file).articles();
    assertThat(articles).hasSize(3);
    assertThat(articles.get(0).id()).isEqualTo(articles.get(1).id());
    assertThat(articles.get(2).id()).isNotEqualTo(articles.get(0).id());
  }

  @Test
  void jsonl_text_is_kept_verbatim() throws IOException {
    // Raw UTF-8 curly quotes and em dash, a JSON-escaped surrogate pair, a raw flag emoji and an
    // escaped CRLF inside the text.
    Path file =
        write(
            "feed.jsonl",
            "{\"text\":\"“We agree,” he said — firmly. \\uD83D\\uDE00 🇯🇵 ‘ok’\\r\\nNext line.\"}\n");
    String expected = "“We agree,” he said — firmly. 😀 🇯🇵 ‘ok’\r\nNext line.";

    Article a = only(read(ReadOptions.defaults(), file));

    assertThat(a.text()).isEqualTo(expected);
    int smiley = expected.indexOf("😀");
    assertThat(new Span(smiley, smiley + 2).of(a.text())).isEqualTo("😀");
    int flag = expected.indexOf("🇯🇵");
    assertThat(new Span(flag, flag + 4).of(a.text())).isEqualTo("🇯🇵");
    int dash = expected.indexOf('—');
    assertThat(new Span(dash, dash + 1).of(a.text())).isEqualTo("—");
    assertThat(a.text()).contains("\r\n");
  }

  @Test
  void reads_jsonl_with_crlf_line_endings() throws IOException {
    Path file =
        write(
            "feed.jsonl", "{\"text\":\"Japan agreed.\"}\r\n\r\n{\"text\":\"Russia refused.\"}\r\n");
    ReadResult r = read(ReadOptions.defaults(), file);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles())
        .extracting(Article::text)
        .containsExactly("Japan agreed.", "Russia refused.");
  }

  @Test
  void accepts_iso_date_time_and_keeps_its_date_part() throws IOException {
    Path file =
        write("feed.jsonl", "{\"text\":\"Japan agreed.\",\"date\":\"2024-10-02T23:30:00Z\"}\n");
    assertThat(only(read(ReadOptions.defaults(), file)).date()).contains(OCT_2);
  }

  @Test
  void blank_or_null_jsonl_fields_count_as_absent() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            "{\"id\":\" \",\"title\":null,\"text\":\"Japan agreed.\",\"date\":\"\",\"url\":null}\n");
    Article a = only(read(ReadOptions.defaults(), file));
    assertThat(a.id()).startsWith("h");
    assertThat(a.title()).isEmpty();
    assertThat(a.date()).isEmpty();
    assertThat(a.url()).isEmpty();
  }

  @Test
  void reads_json_lines_content_without_a_file_naming_origin_and_line_in_errors() {
    ReadResult r =
        new ArticleReader(ReadOptions.defaults())
            .readJsonLines("sample", "{\"id\":\"s1\",\"text\":\"Japan agreed.\"}\n\n{\"text\":\n");
    assertThat(r.articles()).extracting(Article::id).containsExactly("s1");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("sample:3");
              assertThat(e.problem()).contains("malformed JSON");
            });
  }

  // ---- --date

  @Test
  void default_date_applies_to_inputs_without_a_date() throws IOException {
    Path text = write("a.txt", "Japan said.\nHeadline");
    Path jsonl = write("b.jsonl", "{\"text\":\"Japan agreed.\"}\n");
    ReadOptions options =
        new ReadOptions(HeadlinePosition.LAST, Optional.of(OCT_1), ReadOptions.DEFAULT_MAX_BYTES);

    ReadResult r = read(options, text, jsonl);

    assertThat(r.errors()).isEmpty();
    assertThat(r.articles())
        .extracting(Article::date)
        .containsExactly(Optional.of(OCT_1), Optional.of(OCT_1));
  }

  @Test
  void default_date_does_not_override_a_jsonl_date() throws IOException {
    Path jsonl = write("b.jsonl", "{\"text\":\"Japan agreed.\",\"date\":\"2024-10-02\"}\n");
    ReadOptions options =
        new ReadOptions(HeadlinePosition.LAST, Optional.of(OCT_1), ReadOptions.DEFAULT_MAX_BYTES);
    assertThat(only(read(options, jsonl)).date()).contains(OCT_2);
  }

  // ---- directories

  @Test
  void walks_directories_recursively_in_name_order_skipping_hidden_files() throws IOException {
    write("b.txt", "Body b.\nTitle b");
    write("a.txt", "Body a.\nTitle a");
    write("nested/deeper/d.txt", "Body d.\nTitle d");
    write("nested/c.txt", "Body c.\nTitle c");
    write(".hidden.txt", "Body h.\nTitle h");
    write("nested/.DS_Store", "Body x.\nTitle x");

    ReadResult r = read(ReadOptions.defaults(), dir);

    assertThat(r.errors()).isEmpty();
    assertThat(r.articles())
        .extracting(Article::title)
        .containsExactly("Title a", "Title b", "Title c", "Title d");
  }

  @Test
  void skips_files_inside_hidden_directories() throws IOException {
    write("a.txt", "Body a.\nTitle a");
    write(".git/notes.txt", "Body g.\nTitle g");
    ReadResult r = read(ReadOptions.defaults(), dir);
    assertThat(r.articles()).extracting(Article::title).containsExactly("Title a");
  }

  @Test
  void reads_inputs_in_the_order_given() throws IOException {
    Path b = write("b.txt", "Body b.\nTitle b");
    Path a = write("a.txt", "Body a.\nTitle a");
    assertThat(read(ReadOptions.defaults(), b, a).articles())
        .extracting(Article::title)
        .containsExactly("Title b", "Title a");
  }

  // ---- options and helpers

  @Test
  void read_options_reject_non_positive_size_limit() {
    assertThatThrownBy(() -> new ReadOptions(HeadlinePosition.LAST, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
  }

  @Test
  void read_options_default_to_headline_last_no_date_five_mebibytes() {
    assertThat(ReadOptions.defaults())
        .isEqualTo(new ReadOptions(HeadlinePosition.LAST, Optional.empty(), 5L * 1024 * 1024));
  }

  @Test
  void parse_date_accepts_leap_day_and_rejects_impossible_dates() throws BadInputException {
    assertThat(ArticleReader.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ArticleReader.parseDate(" 2024-10-02 12:00:00")).isEqualTo(OCT_2);
    assertThatThrownBy(() -> ArticleReader.parseDate("2023-02-29"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("2023-02-29");
    assertThatThrownBy(() -> ArticleReader.parseDate("02/10/2024"))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> ArticleReader.parseDate("2024-13-01"))
        .isInstanceOf(BadInputException.class);
  }
}
