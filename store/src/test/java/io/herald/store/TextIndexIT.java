package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.ContentHash;
import io.herald.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index alone, on the stories of {@code testdata/texts} (body, then headline). */
class TextIndexIT {
  private static final Path TEXTS = Path.of("..", "testdata", "texts");
  private static final Map<String, String> DATES =
      Map.of(
          "korea-japan-call", "2025-03-04",
          "odesa-strikes", "2025-06-11",
          "meantime-87805", "2007-12-20",
          "yamada-seoul-visit", "2025-03-15");

  @TempDir Path dir;
  private TextIndex index;
  private Map<String, TextIndex.Entry> stories;

  /** The story in {@code name}.txt as an index entry, with its date from testdata/dates.tsv. */
  static TextIndex.Entry story(String name, long version) throws IOException {
    String content = Files.readString(TEXTS.resolve(name + ".txt"), StandardCharsets.UTF_8).strip();
    int nl = content.lastIndexOf('\n');
    String title = content.substring(nl + 1);
    String text = content.substring(0, nl);
    String source = name.startsWith("meantime") ? "Wikinews" : "Herald Wire";
    return new TextIndex.Entry(
        ContentHash.of(title, text), version, name, title, text, DATES.get(name), source);
  }

  @BeforeEach
  void fill() throws IOException {
    index = TextIndex.inMemory();
    stories = new java.util.HashMap<>();
    for (String name : DATES.keySet()) {
      stories.put(name, story(name, 1));
    }
    index.update(List.of(), List.copyOf(stories.values()));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> ids(String query) {
    TextIndex.Hits hits = index.search(index.parse(query), 0, 10);
    List<String> out = new ArrayList<>();
    for (String h : hits.contentHashes()) {
      stories.values().stream()
          .filter(e -> e.contentHash().equals(h))
          .forEach(e -> out.add(e.id()));
    }
    assertThat(out).hasSize(hits.contentHashes().size());
    assertThat(hits.total()).isEqualTo(out.size());
    return out;
  }

  @Test
  void finds_stories_by_stemmed_words_phrases_and_fields() {
    assertThat(ids("condemning attacks")).containsExactly("odesa-strikes");
    assertThat(ids("\"air defense\"")).containsExactly("odesa-strikes");
    assertThat(ids("missile launch"))
        .containsExactlyInAnyOrder("korea-japan-call", "yamada-seoul-visit");
    assertThat(ids("Airbus OR Odesa")).containsExactlyInAnyOrder("meantime-87805", "odesa-strikes");
    assertThat(ids("missile NOT Busan")).containsExactly("yamada-seoul-visit");
    assertThat(ids("source:wikinews")).containsExactly("meantime-87805");
    assertThat(ids("date:[2025-03-01 TO 2025-03-31]"))
        .containsExactlyInAnyOrder("korea-japan-call", "yamada-seoul-visit");
    assertThat(ids("date:2007-12-20")).containsExactly("meantime-87805");
    assertThat(ids("id:odesa-strikes")).containsExactly("odesa-strikes");
    assertThat(ids("Indones*")).containsExactly("meantime-87805");
    assertThat(ids("*:*")).hasSize(4);
    assertThat(ids("Nairobi")).isEmpty();
  }

  @Test
  void a_title_match_outranks_a_passing_mention() {
    // The call story names Yamada three times in its text; only the visit has him in its headline.
    assertThat(ids("Yamada")).containsExactly("yamada-seoul-visit", "korea-japan-call");
    assertThat(ids("text:Yamada")).containsExactly("korea-japan-call", "yamada-seoul-visit");
  }

  @Test
  void pages_through_hits_with_the_exact_total() {
    List<String> all = index.search(index.parse("*:*"), 0, 10).contentHashes();

    TextIndex.Hits page = index.search(index.parse("*:*"), 1, 2);

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.contentHashes()).containsExactlyElementsOf(all.subList(1, 3));
    assertThat(index.search(index.parse("*:*"), 4, 2).contentHashes()).isEmpty();
    assertThat(index.search(index.parse("*:*"), 0, 0).total()).isEqualTo(4);
    assertThat(index.search(index.parse("*:*"), 3, Integer.MAX_VALUE).contentHashes())
        .containsExactly(all.get(3));
  }

  @Test
  void update_replaces_by_hash_and_deletes_in_one_commit() throws IOException {
    TextIndex.Entry odesa = stories.get("odesa-strikes");
    TextIndex.Entry redated =
        new TextIndex.Entry(
            odesa.contentHash(), 2, odesa.id(), odesa.title(), odesa.text(), "2025-06-12", "");
    String korea = stories.get("korea-japan-call").contentHash();

    index.update(Set.of(korea), List.of(redated));

    assertThat(index.size()).isEqualTo(3);
    assertThat(index.versions())
        .containsEntry(odesa.contentHash(), 2L)
        .doesNotContainKey(korea)
        .hasSize(3);
    assertThat(ids("date:2025-06-11")).isEmpty();
    assertThat(ids("date:2025-06-12")).containsExactly("odesa-strikes");
    assertThat(ids("Busan")).isEmpty();
  }

  @Test
  void unparsable_queries_are_rejected_with_the_reason() {
    for (String bad : List.of("title:(talks", "\"air defense", "AND", "talks AND", "*ssile")) {
      assertThatThrownBy(() -> index.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot parse search query \"" + bad + "\"");
    }
    assertThatThrownBy(() -> index.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void an_index_on_disk_survives_reopening_and_a_damaged_one_starts_afresh() throws IOException {
    Path onDisk = dir.resolve("herald.duckdb.lucene");
    try (TextIndex disk = TextIndex.open(onDisk)) {
      disk.update(List.of(), List.copyOf(stories.values()));
    }
    try (TextIndex disk = TextIndex.open(onDisk)) {
      assertThat(disk.size()).isEqualTo(4);
      assertThat(disk.search(disk.parse("Odesa"), 0, 10).total()).isEqualTo(1);
    }
    try (Stream<Path> files = Files.list(onDisk)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }

    try (TextIndex disk = TextIndex.open(onDisk)) {
      assertThat(disk.size()).isZero();
      disk.update(List.of(), List.of(stories.get("odesa-strikes")));
      assertThat(disk.search(disk.parse("Odesa"), 0, 10).total()).isEqualTo(1);
    }
  }

  @Test
  void snippet_highlights_the_matched_words_with_their_stems() {
    String text = stories.get("meantime-87805").text();
    Snippets snippets = new Snippets(index.analyzer(), index.parse("recommending NOT Airbus"));

    Snippet s = snippets.of(text);

    assertThat(s.highlights()).isNotEmpty();
    for (Span h : s.highlights()) {
      assertThat(h.of(s.text()).toLowerCase(java.util.Locale.ROOT)).startsWith("recommend");
    }
    assertThat(s.text()).contains("has recommended that").endsWith("…");
    assertThat(s.text().length()).isLessThan(240);
  }

  @Test
  void snippet_of_a_title_only_match_is_the_start_of_the_text() {
    String text = stories.get("odesa-strikes").text();

    Snippet s = new Snippets(index.analyzer(), index.parse("title:appeals")).of(text);

    assertThat(s.highlights()).isEmpty();
    assertThat(s.text()).startsWith("KYIV — Russian forces").doesNotContain("\n");
  }
}
