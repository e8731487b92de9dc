package io.herald.model.text;

import java.util.Objects;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param governor index of the head token, or {@link #ROOT} for the sentence root
 * @param dependent index of the dependent token
 * @param relation relation name with its subtype, e.g. {@code nsubj}, {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {
  public static final int ROOT = -1;

  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < ROOT || dependent < 0) {
      throw new IllegalArgumentException("dependency " + governor + " -> " + dependent);
    }
  }

  /** The relation without its subtype: {@code obl} for {@code obl:tmod}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
