package io.herald.eval.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A TimeML document as the evaluation sees it.
 *
 * @param id document name (the file name without {@code .tml})
 * @param title the TITLE element's text, empty when there is none
 * @param text the TEXT element's content with its tags removed and entities decoded; every gold
 *     span indexes into it
 * @param creationTime value of the document creation time (the TIMEX3 whose {@code
 *     functionInDocument} is {@code CREATION_TIME}), empty when the document has none
 * @param timexes the TIMEX3s of the text in document order, the creation time excluded
 */
public record TimeMlDocument(
    String id, String title, String text, String creationTime, List<GoldTimex> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(creationTime, "creationTime");
    timexes = List.copyOf(timexes);
    for (GoldTimex t : timexes) {
      if (t.span().end() > text.length()) {
        throw new IllegalArgumentException(id + ": TIMEX3 " + t.tid() + " ends outside the text");
      }
    }
  }

  /** The calendar day of the creation time ({@code 1998-02-13T13:10:00} gives 1998-02-13). */
  public Optional<LocalDate> creationDate() {
    if (creationTime.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(creationTime.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
