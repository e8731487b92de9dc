package io.herald.coding.actors;

import io.herald.model.ActorCode;
import java.util.Objects;

/**
 * An international organisation or grouping whose members Herald keeps.
 *
 * @param key short name used in the membership data, e.g. {@code NATO}
 * @param code the CAMEO-style actor code Herald gives it, e.g. {@code IGOWSTNAT}
 * @param name its name
 * @param complete every member country is recorded; when false only some are (see the source)
 * @param source where its membership dates come from
 */
public record Organisation(
    String key, ActorCode code, String name, boolean complete, String source) {
  public Organisation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (!key.matches("[A-Z0-9]+")) {
      throw new IllegalArgumentException("organisation key must be capitals or digits: " + key);
    }
  }
}
