package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.model.IngestError;
import io.herald.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index kept in step with the articles table, through saves, crashes and reopens. */
class StoreSearchIT {
  @TempDir Path dir;
  private Path file;
  private Store store;
  private final String call = ContentHash.of(Fixtures.phoneCall().article());
  private final String protest = ContentHash.of(Fixtures.protest().article());

  @BeforeEach
  void open() {
    file = dir.resolve("herald.duckdb");
    store = Store.open(file);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private List<String> hits(String query) {
    SearchResult r = store.search(query, 0, 20);
    assertThat(r.total()).isEqualTo(r.contentHashes().size());
    return r.contentHashes();
  }

  /** The phone-call analysis under another date: same content hash, another version. */
  private static AnalyzedArticle redated(LocalDate date) {
    AnalyzedArticle a = Fixtures.phoneCall();
    Article old = a.article();
    Article moved =
        new Article(old.id(), old.title(), old.text(), Optional.of(date), old.source(), old.url());
    return new AnalyzedArticle(
        moved,
        a.sentences(),
        a.entities(),
        a.actors(),
        a.events(),
        a.quotes(),
        a.places(),
        a.times(),
        a.problems());
  }

  private Path index() {
    return Store.indexDirectory(file);
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> old = Files.list(to)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void saves_are_searchable_and_replacements_leave_no_stale_hit() {
    store.saveAll(List.of(Fixtures.phoneCall(), Fixtures.protest()));

    assertThat(hits("protested")).containsExactly(protest);
    assertThat(hits("\"phone talks\"")).containsExactly(call);
    assertThat(hits("date:2024-10-08")).containsExactly(call);
    assertThat(hits("source:\"example news\"")).containsExactly(call);
    assertThat(store.indexedCount()).isEqualTo(2);

    // Same id, new text: the old version leaves the table and the index together.
    AnalyzedArticle edited =
        Fixtures.phoneCall(
            "Yamada and Smith hold video talks",
            Fixtures.CALL_TEXT.replace("phone talks", "video talks"));
    store.save(edited);

    assertThat(hits("phone")).isEmpty();
    assertThat(hits("video")).containsExactly(ContentHash.of(edited.article()));
    assertThat(store.indexedCount()).isEqualTo(2);
  }

  @Test
  void search_returns_pages_snippets_and_clear_errors() {
    store.saveAll(List.of(Fixtures.phoneCall(), Fixtures.protest()));

    SearchResult r = store.search("Japan OR Washington", 1, 1);

    assertThat(r.total()).isEqualTo(2);
    assertThat(r.contentHashes()).hasSize(1);
    Snippet s = r.snippets().get(r.contentHashes().get(0));
    assertThat(s.highlights()).isNotEmpty();
    for (Span h : s.highlights()) {
      assertThat(h.of(s.text())).isIn("Japan", "Washington");
    }
    assertThat(store.searchAll("Japan").contentHashes()).containsExactlyInAnyOrder(call, protest);
    assertThat(store.searchAll("Japan").snippets()).isEmpty();
    assertThatThrownBy(() -> store.search("title:(talks", 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot parse search query \"title:(talks\"");
    assertThatThrownBy(() -> store.search("Japan", -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_database_whose_index_is_missing_is_indexed_on_open() throws IOException {
    store.saveAll(List.of(Fixtures.phoneCall(), Fixtures.protest()));
    store.close();
    try (Stream<Path> files = Files.list(index())) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(index());

    store = Store.open(file);

    assertThat(store.indexRepair()).isEqualTo(new IndexRepair(2, 0));
    assertThat(hits("protested")).containsExactly(protest);
  }

  @Test
  void an_index_that_missed_the_last_commit_is_repaired_on_open() throws IOException {
    store.save(Fixtures.phoneCall());
    store.close();
    Path before = dir.resolve("index-before");
    copyDirectory(index(), before);
    store = Store.open(file);
    store.save(Fixtures.protest());
    store.close();
    // As if the process died after the database committed and before Lucene did.
    copyDirectory(before, index());

    store = Store.open(file);

    assertThat(store.indexRepair()).isEqualTo(new IndexRepair(1, 0));
    assertThat(hits("protested")).containsExactly(protest);
    assertThat(store.indexedCount()).isEqualTo(2);
    store.close();
    store = Store.open(file);
    assertThat(store.indexRepair().changed()).isFalse();
  }

  @Test
  void a_stale_version_of_the_same_article_is_reindexed() throws IOException {
    store.close();
    store = Store.open(file, at("2024-10-09T12:00:00.123456Z"));
    store.save(Fixtures.phoneCall());
    store.close();
    Path before = dir.resolve("index-before");
    copyDirectory(index(), before);
    store = Store.open(file, at("2024-10-10T08:00:00Z"));
    store.save(redated(LocalDate.of(2024, 10, 9)));
    store.close();
    copyDirectory(before, index());

    store = Store.open(file);

    assertThat(store.indexRepair()).isEqualTo(new IndexRepair(1, 0));
    assertThat(hits("date:2024-10-08")).isEmpty();
    assertThat(hits("date:2024-10-09")).containsExactly(call);
  }

  @Test
  void an_index_holding_articles_the_table_lost_is_pruned_on_open() throws SQLException {
    store.saveAll(List.of(Fixtures.phoneCall(), Fixtures.protest()));
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM articles WHERE content_hash = '" + protest + "'");
    }

    store = Store.open(file);

    assertThat(store.indexRepair()).isEqualTo(new IndexRepair(0, 1));
    assertThat(hits("protested")).isEmpty();
    assertThat(hits("*:*")).containsExactly(call);
  }

  @Test
  void stored_hashes_are_the_stored_subset() {
    store.save(Fixtures.phoneCall());
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      asked.add(String.format(java.util.Locale.ROOT, "%064x", i));
    }
    asked.add(call);
    asked.add(protest);

    assertThat(store.storedHashes(asked)).containsExactly(call);
  }

  @Test
  void recording_the_same_bad_inputs_again_keeps_one_row_each() throws SQLException {
    store.save(Fixtures.protest());
    List<IngestError> bad =
        List.of(
            new IngestError("in/empty.txt", "empty file"),
            new IngestError("in/feed.jsonl:3", "malformed JSON"));
    store.recordErrors(bad, "ingest");
    store.recordErrors(
        List.of(new IngestError("in/empty.txt", "empty file"), new IngestError("x", "y")),
        "ingest");
    store.recordErrors(List.of(new IngestError("in/empty.txt", "failed")), "analyze");
    store.close();

    assertThat(count("SELECT count(*) FROM errors WHERE stage = 'ingest'")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM errors WHERE source = 'in/empty.txt'")).isEqualTo(2);
    // The protest article's own analysis problem is not an input error and stays.
    assertThat(count("SELECT count(*) FROM errors WHERE content_hash IS NOT NULL")).isEqualTo(1);
  }
}
