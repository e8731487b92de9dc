package io.herald.eval.plover;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One PLOVER gold record: a sentence and the event a human coded in it.
 *
 * @param type PLOVER event type, e.g. {@code AGREE}
 * @param mode PLOVER mode, empty when none
 */
public record PloverRecord(
    String id,
    String text,
    Optional<LocalDate> date,
    String type,
    String mode,
    List<Actor> source,
    List<Actor> target) {

  /**
   * A gold actor.
   *
   * @param code the PLOVER actor code: an ISO alpha-3 country or an organisation code
   * @param sector sector letters, empty when the coder gave none
   */
  public record Actor(String text, String code, String sector) {
    /** The first three letters: the country (or organisation prefix). */
    public String country() {
      return code.length() >= 3 ? code.substring(0, 3) : code;
    }
  }

  public PloverRecord {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
