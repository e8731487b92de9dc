package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.ingest.ArticleReader;
import io.herald.ingest.ReadOptions;
import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill safety, as a user would meet it: {@code herald ingest} runs in a real {@code java} process
 * over the stories of {@code testdata/texts}, the bundled Wikinews sample and three bad inputs; it
 * is killed ({@code SIGKILL}) right after its first batch commits, then run again to the end, then
 * once more. Every article must be stored exactly once, the full-text index must hold exactly the
 * stored articles, and the errors table one row per bad input. A light annotator set and a small
 * heap keep the child fast; the pipeline after CoreNLP is the real one.
 */
class IngestKillIT {
  private static final Pattern STORED = Pattern.compile(", (\\d+) stored,");
  private static final Pattern SUMMARY =
      Pattern.compile("herald ingest: (\\d+) stored, (\\d+) skipped as already present");

  @TempDir Path dir;

  record Child(Process process, List<String> out, List<String> err, CountDownLatch firstCommit) {}

  private Child start(Path in, Path db, Path config) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1500m",
            "-Dfile.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "ingest",
            "--db",
            db.toString(),
            "--config",
            config.toString(),
            "--batch",
            "2",
            "--threads",
            "1",
            "--progress",
            "log",
            in.toString());
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    List<String> out = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> err = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstCommit = new CountDownLatch(1);
    pump(p.getInputStream(), out, null);
    pump(p.getErrorStream(), err, firstCommit);
    return new Child(p, out, err, firstCommit);
  }

  private static void pump(java.io.InputStream s, List<String> lines, CountDownLatch commit) {
    CompletableFuture.runAsync(
        () -> {
          try (BufferedReader r =
              new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
              lines.add(line);
              Matcher m = STORED.matcher(line);
              if (commit != null && m.find() && Integer.parseInt(m.group(1)) > 0) {
                commit.countDown();
              }
            }
          } catch (IOException e) {
            lines.add("(stream closed: " + e.getMessage() + ")");
          }
        });
  }

  private static int finish(Child c) throws InterruptedException {
    assertThat(c.process().waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
    // Let the pumps read the last lines.
    Thread.sleep(200);
    return c.process().exitValue();
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection readOnly(Path db) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + db, p);
  }

  private static int[] summary(Child c) {
    for (String line : c.out()) {
      Matcher m = SUMMARY.matcher(line);
      if (m.find()) {
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
      }
    }
    throw new AssertionError("no summary line in " + c.out() + "; stderr: " + c.err());
  }

  @Test
  void killed_run_resumes_and_stores_every_article_exactly_once() throws Exception {
    Path in = Files.createDirectories(dir.resolve("corpus"));
    try (Stream<Path> texts = Files.list(Path.of("..", "testdata", "texts"))) {
      for (Path t : texts.toList()) {
        Files.copy(t, in.resolve(t.getFileName()));
      }
    }
    Files.writeString(in.resolve("wikinews.jsonl"), DemoCommand.sample(), StandardCharsets.UTF_8);
    Files.createFile(in.resolve("empty.txt"));
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(in.resolve("broken.jsonl"), "{\"text\": \"broken\n", StandardCharsets.UTF_8);
    Path config = dir.resolve("light.properties");
    Files.writeString(
        config,
        "nlp.annotators=tokenize,ssplit,pos,lemma\nnlp.ner.fineGrained=false\n",
        StandardCharsets.UTF_8);
    Path db = dir.resolve("herald-data").resolve("herald.duckdb");
    // What must end up stored: every readable article, one per content hash.
    Set<String> expected = new TreeSet<>();
    for (Article a : new ArticleReader(ReadOptions.defaults()).read(List.of(in)).articles()) {
      expected.add(ContentHash.of(a));
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(10);

    Child first = start(in, db, config);
    boolean committed = first.firstCommit().await(5, TimeUnit.MINUTES);
    first.process().destroyForcibly();
    assertThat(committed).as("first batch committed; stderr: %s", first.err()).isTrue();
    finish(first);
    assertThat(first.out()).as("killed before its summary").isEmpty();
    long storedAtKill;
    try (Connection c = readOnly(db)) {
      storedAtKill = count(c, "SELECT count(*) FROM articles");
    }
    assertThat(storedAtKill).as("stored when killed").isBetween(2L, (long) expected.size() - 1);

    Child second = start(in, db, config);
    int exit = finish(second);
    assertThat(exit).as("bad inputs make exit 1; stderr: %s", second.err()).isEqualTo(1);
    int[] resumed = summary(second);
    assertThat(resumed[1]).as("skipped as already present").isEqualTo((int) storedAtKill);
    assertThat(resumed[0] + resumed[1]).isEqualTo(expected.size());

    Child third = start(in, db, config);
    assertThat(finish(third)).isEqualTo(1);
    assertThat(summary(third)).containsExactly(0, expected.size());
    assertThat(third.err()).noneMatch(l -> l.contains("loading language models"));

    try (Connection c = readOnly(db)) {
      Set<String> stored = new TreeSet<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT content_hash FROM articles")) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
      assertThat(stored).isEqualTo(expected);
      assertThat(count(c, "SELECT count(*) FROM articles")).isEqualTo(expected.size());
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM (SELECT content_hash, idx FROM sentences"
                      + " GROUP BY ALL HAVING count(*) > 1)"))
          .as("duplicate sentences")
          .isZero();
      assertThat(count(c, "SELECT count(DISTINCT content_hash) FROM sentences"))
          .isEqualTo(expected.size());
      // One row per bad input, though three runs met them.
      List<String> bad = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT source FROM errors WHERE stage = 'ingest' ORDER BY source")) {
        while (rs.next()) {
          bad.add(Path.of(rs.getString(1)).getFileName().toString());
        }
      }
      assertThat(bad).containsExactly("broken.jsonl:1", "empty.txt", "image.txt");
      // The undated stories' analysis problem: once per article.
      assertThat(count(c, "SELECT count(*) FROM errors WHERE content_hash IS NOT NULL"))
          .isEqualTo(count(c, "SELECT count(DISTINCT content_hash) FROM errors"))
          .isPositive();
      assertThat(count(c, "SELECT count(*) FROM errors WHERE stage NOT IN ('ingest', 'analyze')"))
          .isZero();
    }
    try (Store store = Store.open(db)) {
      assertThat(store.indexRepair().changed()).as("index in step after a clean run").isFalse();
      assertThat(store.indexedCount()).isEqualTo(expected.size());
      assertThat(store.searchAll("*:*").contentHashes())
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(store.search("Odesa", 0, 5).total()).isEqualTo(1);
    }
  }
}
