package io.herald.eval.geo;

import io.herald.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One article of a geoparsing gold set.
 *
 * @param id the corpus's id, or the article's position when it has none
 * @param text the article text that the spans index
 * @param toponyms gold toponyms with coordinates, in text order
 * @param unlocated spans of gold toponyms the annotators gave no coordinates (streets, buildings in
 *     LGL); a prediction on one is neither rewarded nor penalised
 * @param source the publisher: LGL's {@code <domain>}, else the host of GeoVirus's {@code <source>}
 *     address; empty when the corpus names none
 */
public record GoldArticle(
    String id, String text, List<GoldToponym> toponyms, List<Span> unlocated, String source) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
    unlocated = List.copyOf(unlocated);
    for (GoldToponym t : toponyms) {
      if (t.span().end() > text.length()) {
        throw new IllegalArgumentException("toponym " + t + " outside article " + id);
      }
    }
  }

  /** An article whose publisher is unknown. */
  public GoldArticle(String id, String text, List<GoldToponym> toponyms, List<Span> unlocated) {
    this(id, text, toponyms, unlocated, "");
  }
}
