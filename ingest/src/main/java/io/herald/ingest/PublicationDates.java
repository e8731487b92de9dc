package io.herald.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Publication dates as web pages and feeds write them: ISO 8601 ({@code 2024-10-02}, {@code
 * 2024-10-02T09:30:00+09:00}), RFC 822/1123 as RSS does ({@code Wed, 02 Oct 2024 09:30:00 GMT}),
 * and the long forms of article pages ({@code October 2, 2024}, {@code 2 October 2024}). The date
 * is the one written, in the writer's time zone. Impossible dates (February 30) are errors, never
 * rolled over.
 */
final class PublicationDates {
  private static final List<DateTimeFormatter> LONG_FORMS =
      List.of(
          pattern("MMMM d, uuuu"),
          pattern("MMM d, uuuu"),
          pattern("d MMMM uuuu"),
          pattern("d MMM uuuu"),
          pattern("EEEE, MMMM d, uuuu"),
          pattern("EEEE d MMMM uuuu"));

  private PublicationDates() {}

  private static DateTimeFormatter pattern(String p) {
    return DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The date {@code raw} names.
   *
   * @throws BadInputException quoting the value when it is no date or an impossible one
   */
  static LocalDate parse(String raw) throws BadInputException {
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
      return ArticleReader.parseDate(s);
    }
    try {
      // RFC 822 allows a two-digit year and no weekday; RFC 1123 is the common form.
      return ZonedDateTime.parse(rfc1123(s), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the long forms
    }
    for (DateTimeFormatter f : LONG_FORMS) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    throw new BadInputException("impossible or unreadable date \"" + raw + "\"");
  }

  /** Time-zone names RSS writers use that RFC 1123's parser does not know, as offsets. */
  private static String rfc1123(String s) {
    return s.replaceFirst(" UTC$", " GMT")
        .replaceFirst(" Z$", " GMT")
        .replaceFirst(" EST$", " -0500")
        .replaceFirst(" EDT$", " -0400")
        .replaceFirst(" CST$", " -0600")
        .replaceFirst(" CDT$", " -0500")
        .replaceFirst(" PST$", " -0800")
        .replaceFirst(" PDT$", " -0700");
  }
}
