package io.herald.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A PolNeAR compartment ({@code dev}, {@code train}...): {@code text/NAME.txt} articles and {@code
 * attributions/NAME_ANNOTATOR.ann} annotations. The few articles annotated by several annotators
 * (to measure agreement) are scored once, against the annotation file that sorts first.
 *
 * @param articles annotated articles in file-name order
 * @param unusedAnnotations annotation files left out because their article has an earlier one
 * @param unannotated text files with no annotation file
 * @param problems annotation lines left out (events without content)
 */
public record PolnearCorpus(
    List<GoldArticle> articles,
    List<String> unusedAnnotations,
    List<String> unannotated,
    List<String> problems) {
  public PolnearCorpus {
    articles = List.copyOf(articles);
    unusedAnnotations = List.copyOf(unusedAnnotations);
    unannotated = List.copyOf(unannotated);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a compartment directory.
   *
   * @param limit read at most this many articles; 0 for all
   * @throws IllegalArgumentException when {@code dir} lacks {@code text/} or {@code attributions/},
   *     or an annotation file is malformed (the message names file and line)
   * @throws UncheckedIOException when a file cannot be read as UTF-8
   */
  public static PolnearCorpus read(Path dir, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or positive: " + limit);
    }
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IllegalArgumentException(
          "not a PolNeAR compartment (expected text/ and attributions/ in it): " + dir);
    }
    TreeMap<String, List<Path>> annotationsOf = new TreeMap<>();
    for (Path a : list(anns, ".ann")) {
      String name = a.getFileName().toString();
      String stem = name.substring(0, name.length() - ".ann".length());
      int underscore = stem.lastIndexOf('_');
      String article = underscore < 0 ? stem : stem.substring(0, underscore);
      annotationsOf.computeIfAbsent(article, k -> new ArrayList<>()).add(a);
    }
    List<GoldArticle> articles = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    List<String> unannotated = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path t : list(texts, ".txt")) {
      String file = t.getFileName().toString();
      String name = file.substring(0, file.length() - ".txt".length());
      List<Path> candidates = annotationsOf.getOrDefault(name, List.of());
      if (candidates.isEmpty()) {
        unannotated.add(file);
        continue;
      }
      if (limit > 0 && articles.size() >= limit) {
        break;
      }
      Path ann = candidates.get(0);
      candidates.subList(1, candidates.size()).forEach(p -> unused.add(p.getFileName().toString()));
      String text = readUtf8(t);
      String annFile = ann.getFileName().toString();
      BratReader.Result r = BratReader.parse(readUtf8(ann), text, annFile);
      problems.addAll(r.problems());
      articles.add(new GoldArticle(name, text, annFile, r.attributions()));
    }
    return new PolnearCorpus(articles, unused, unannotated, problems);
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String readUtf8(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as UTF-8", e);
    }
  }
}
