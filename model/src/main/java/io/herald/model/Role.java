package io.herald.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One piece of evidence about a person's office: on {@code seen}, article {@code articleId} said
 * that {@code person} held (or, when {@code former}, had held) {@code title} for {@code country}.
 * The role store keeps every such row; the actor coder reads them to code people an article names
 * without their office.
 *
 * @param person the person's full name as the article gave it
 * @param title the office, e.g. {@code Prime Minister}, without "former"
 * @param country ISO alpha-3, empty when unknown
 * @param sector sector of the office while held, e.g. {@code GOV}
 * @param former the article said the office was no longer held
 * @param seen the article's date
 */
public record Role(
    String person,
    String title,
    String country,
    String sector,
    boolean former,
    LocalDate seen,
    String articleId) {
  public Role {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(seen, "seen");
    Objects.requireNonNull(articleId, "articleId");
    if (person.isBlank()) {
      throw new IllegalArgumentException("role without a person");
    }
  }

  /** The name's words in lower case, for matching "Ishiba" to "Shigeru Ishiba". */
  public boolean nameHas(String word) {
    for (String w : person.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.equals(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
