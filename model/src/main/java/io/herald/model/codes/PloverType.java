package io.herald.model.codes;

import java.util.Objects;

/**
 * A PLOVER event type with its mode and context, e.g. {@code CONSULT / phone}.
 *
 * @param mode empty when the mapping gives none
 * @param context empty when the mapping gives none
 */
public record PloverType(String type, String mode, String context) {
  public PloverType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(context, "context");
    if (!type.matches("[A-Z_]+")) {
      throw new IllegalArgumentException("PLOVER type must be upper case: " + type);
    }
  }
}
