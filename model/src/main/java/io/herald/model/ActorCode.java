package io.herald.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO-style actor code: an ISO 3166-1 alpha-3 country (or an organisation prefix such as {@code
 * IGO}) followed by zero or more three-letter role codes, e.g. {@code JPNGOV}, {@code USA}, {@code
 * JPNELI}, {@code IGOWSTNAT}.
 */
public record ActorCode(String value) {
  private static final Pattern FORM = Pattern.compile("([A-Z]{3})+");

  /** The code for an actor nobody could place. */
  public static final ActorCode UNKNOWN = new ActorCode("UNK");

  public ActorCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("actor code must be groups of three capitals: " + value);
    }
  }

  public static ActorCode of(String country, String sector) {
    return new ActorCode(country + sector);
  }

  /** The first three letters: the country or organisation prefix. */
  public String root() {
    return value.substring(0, 3);
  }

  /** The role letters after the root, empty for a bare country. */
  public String roles() {
    return value.substring(3);
  }

  @Override
  public String toString() {
    return value;
  }
}
