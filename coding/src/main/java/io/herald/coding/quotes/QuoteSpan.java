package io.herald.coding.quotes;

import io.herald.model.Span;

/**
 * A quotation found in the text.
 *
 * @param outer the quotation with its marks
 * @param inner the quoted words, without marks or surrounding spaces
 */
public record QuoteSpan(Span outer, Span inner) {}
