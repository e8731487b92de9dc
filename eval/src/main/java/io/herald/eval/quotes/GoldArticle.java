package io.herald.eval.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One annotated article.
 *
 * @param name the file name without extension, e.g. {@code nyt_2016-09-30_trump-says}
 * @param text the article text exactly as in its {@code .txt} file; gold spans index into it
 * @param annotationFile the {@code .ann} file name the attributions came from
 */
public record GoldArticle(
    String name, String text, String annotationFile, List<GoldAttribution> attributions) {
  public GoldArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(annotationFile, "annotationFile");
    attributions = List.copyOf(attributions);
  }
}
