package io.herald.eval.quotes;

import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.text.QuoteMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quotation as a system under evaluation found it, reduced to what the scorer compares.
 *
 * @param content the quoted words (with or without quotation marks: spans are trimmed before they
 *     are compared)
 * @param direct whether the system calls it a direct quotation
 * @param speakerSpan the speaker mention in the text, when the system gives one
 * @param speakerNames the speaker as the system names it (mention text, resolved name); empty when
 *     the system found no speaker
 * @param rule what produced the attribution, for error listings; empty when unknown
 */
public record SystemQuote(
    Span content,
    boolean direct,
    Optional<Span> speakerSpan,
    List<String> speakerNames,
    String rule) {
  public SystemQuote {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
    speakerNames = List.copyOf(speakerNames);
    Objects.requireNonNull(rule, "rule");
  }

  public boolean hasSpeaker() {
    return speakerSpan.isPresent() || !speakerNames.isEmpty();
  }

  /** A Herald quote: its span, its speaker mention and the resolved actor's name. */
  public static SystemQuote ofHerald(Quote q, String text) {
    List<String> names = new ArrayList<>();
    q.speaker()
        .ifPresent(
            s -> {
              names.add(s.name());
              names.add(s.span().of(text));
            });
    return new SystemQuote(
        q.span(), q.direct(), q.speaker().map(s -> s.span()), names, q.evidence().rule());
  }

  /**
   * A quote found by CoreNLP's quote annotator: its speaker is text only (the canonical speaker
   * when coreference gave one), so it is matched by name.
   */
  public static SystemQuote ofCoreNlp(QuoteMention m) {
    return new SystemQuote(
        m.span(),
        true,
        Optional.empty(),
        m.speaker().isBlank() ? List.of() : List.of(m.speaker()),
        "corenlp");
  }
}
