package io.herald.eval.ner;

import java.util.Optional;

/**
 * The four entity types of CoNLL-2003, and how CoreNLP's classes map onto them.
 *
 * <p>CoreNLP (with fine-grained NER on) writes one of about 25 classes. The mapping used by {@code
 * herald eval ner}, for CoreNLP and for Herald alike:
 *
 * <ul>
 *   <li>{@code PERSON} → {@link #PER}
 *   <li>{@code LOCATION}, {@code CITY}, {@code COUNTRY}, {@code STATE_OR_PROVINCE} → {@link #LOC}
 *   <li>{@code ORGANIZATION} → {@link #ORG}
 *   <li>{@code MISC}, {@code NATIONALITY}, {@code RELIGION}, {@code IDEOLOGY} → {@link #MISC}
 *   <li>everything else is not a CoNLL entity and is dropped: numbers and amounts ({@code NUMBER},
 *       {@code ORDINAL}, {@code MONEY}, {@code PERCENT}), time ({@code DATE}, {@code TIME}, {@code
 *       DURATION}, {@code SET}), {@code TITLE}, {@code CRIMINAL_CHARGE}, {@code CAUSE_OF_DEATH},
 *       {@code EMAIL}, {@code URL}, {@code HANDLE}
 * </ul>
 */
public enum ConllType {
  PER,
  LOC,
  ORG,
  MISC;

  /** The CoNLL type of a CoreNLP entity class, empty for classes CoNLL does not annotate. */
  public static Optional<ConllType> ofCoreNlp(String coreNlpClass) {
    return switch (coreNlpClass) {
      case "PERSON" -> Optional.of(PER);
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(LOC);
      case "ORGANIZATION" -> Optional.of(ORG);
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> Optional.of(MISC);
      default -> Optional.empty();
    };
  }

  /** The type named in a CoNLL tag suffix ({@code "LOC"} of {@code I-LOC}). */
  public static ConllType ofTag(String suffix) {
    try {
      return valueOf(suffix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown CoNLL entity type \"" + suffix + "\"", e);
    }
  }
}
