package io.herald.eval.quotes;

import io.herald.eval.Prf;
import java.util.ArrayList;
import java.util.List;

/**
 * One system's scores on one or more articles.
 *
 * @param directExact direct quotations, spans equal after trimming marks and punctuation
 * @param directOverlap direct quotations, spans overlapping (one-to-one)
 * @param allExact every attribution content (direct and indirect) against every system quote
 * @param allOverlap the same with overlapping spans
 * @param directSpeaker speaker accuracy on gold direct quotations
 * @param allSpeaker speaker accuracy on every gold attribution
 * @param speakerErrors one line per gold direct quotation whose speaker the system got wrong
 */
public record QuoteScores(
    Prf directExact,
    Prf directOverlap,
    Prf allExact,
    Prf allOverlap,
    SpeakerCounts directSpeaker,
    SpeakerCounts allSpeaker,
    List<String> speakerErrors) {
  public static final QuoteScores ZERO =
      new QuoteScores(
          Prf.ZERO,
          Prf.ZERO,
          Prf.ZERO,
          Prf.ZERO,
          SpeakerCounts.ZERO,
          SpeakerCounts.ZERO,
          List.of());

  public QuoteScores {
    speakerErrors = List.copyOf(speakerErrors);
  }

  public QuoteScores plus(QuoteScores o) {
    List<String> errors = new ArrayList<>(speakerErrors);
    errors.addAll(o.speakerErrors);
    return new QuoteScores(
        directExact.plus(o.directExact),
        directOverlap.plus(o.directOverlap),
        allExact.plus(o.allExact),
        allOverlap.plus(o.allOverlap),
        directSpeaker.plus(o.directSpeaker),
        allSpeaker.plus(o.allSpeaker),
        errors);
  }
}
