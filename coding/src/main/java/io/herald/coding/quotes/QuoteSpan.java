package io.herald.coding.quotes;

import io.herald.model.Span;
import java.util.Objects;

/**
 * A quotation found in the text.
 *
 * @param outer the quotation with its marks
 * @param inner the quoted words, without marks or surrounding spaces
 * @param continued true for a paragraph of a multi-paragraph quotation that news style leaves
 *     unclosed: the quotation goes on in the next quotation found
 */
public record QuoteSpan(Span outer, Span inner, boolean continued) {
  public QuoteSpan {
    Objects.requireNonNull(outer, "outer");
    Objects.requireNonNull(inner, "inner");
    if (!outer.contains(inner)) {
      throw new IllegalArgumentException("quoted words " + inner + " outside quotation " + outer);
    }
  }

  /** A quotation closed in its own paragraph. */
  public QuoteSpan(Span outer, Span inner) {
    this(outer, inner, false);
  }
}
