package io.herald.eval.quotes;

import io.herald.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One gold attribution relation: who (source) said or thought what (content), introduced by what
 * (cue). Each part is a list of fragments because brat spans may be discontinuous ("“The talks went
 * well,” she said, “and will go on.”" has one content in two fragments).
 *
 * @param id the relation id in its annotation file ({@code E3})
 * @param source the source fragments; empty when the annotator marked the attribution as having no
 *     source
 * @param cue the cue fragments ("said", "according to"); may be empty
 * @param content the content fragments, in text order; never empty
 * @param direct whether the content is a direct quotation, as defined by {@link QuoteMarks}
 */
public record GoldAttribution(
    String id, List<Span> source, List<Span> cue, List<Span> content, boolean direct) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("attribution " + id + " has no content");
    }
  }

  public boolean hasSource() {
    return !source.isEmpty();
  }
}
