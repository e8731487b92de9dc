package io.herald.model;

import io.herald.model.codes.CameoCode;
import io.herald.model.codes.PloverType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, coded in CAMEO and PLOVER.
 *
 * @param id identifier unique within the article, e.g. {@code e2}
 * @param source actors doing it (several for a grouped form)
 * @param target actors it is done to; empty when the text names none
 * @param date the day it happened, if known
 * @param dateSource where {@code date} came from
 * @param placeId id of a place in the same article, empty when none was stated
 * @param negated the text says it did not happen
 * @param trigger the words that express the event (verb or event noun)
 * @param evidence the sentence and rule
 */
public record Event(
    String id,
    CameoCode cameo,
    PloverType plover,
    List<Participant> source,
    List<Participant> target,
    Optional<LocalDate> date,
    DateSource dateSource,
    String placeId,
    boolean negated,
    Modality modality,
    Span trigger,
    Evidence evidence) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    source = List.copyOf(source);
    target = List.copyOf(target);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    if (date.isEmpty() != (dateSource == DateSource.UNKNOWN)) {
      throw new IllegalArgumentException("date " + date + " inconsistent with " + dateSource);
    }
  }

  /** Asserted and not negated: what default counts include. */
  public boolean asserted() {
    return !negated && modality == Modality.ASSERTED;
  }
}
