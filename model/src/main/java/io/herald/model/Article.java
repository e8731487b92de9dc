package io.herald.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news story as read from its source.
 *
 * @param id stable identifier: from the input when it gives one, else derived from the content
 * @param title headline, empty when the source has none
 * @param text body text exactly as read; every {@link Span} indexes into it
 * @param date publication date when the input or the user gave one; never invented
 * @param source publisher or feed name, empty when unknown
 * @param url address of the story, empty when unknown
 */
public record Article(
    String id, String title, String text, Optional<LocalDate> date, String source, String url) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** A copy with the given date, used when the user supplies {@code --date}. */
  public Article withDate(LocalDate newDate) {
    return new Article(id, title, text, Optional.of(newDate), source, url);
  }
}
