package io.herald.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone or something that acts in an article: a country or one of its sectors, a person with the
 * office the text gives them, or an organisation.
 *
 * @param id identifier unique within the article, e.g. {@code a3}
 * @param name canonical name, e.g. {@code Shigeru Ishiba}, {@code Japan}
 * @param code CAMEO-style code, e.g. {@code JPNGOV}
 * @param country ISO 3166-1 alpha-3 of the actor's country, empty when none (organisations)
 * @param sector sector letters such as {@code GOV}, {@code MIL}, {@code ELI}; empty for a bare
 *     country
 * @param role office or description as the text gives it, e.g. {@code Prime Minister}, {@code
 *     former Prime Minister}; empty when none
 * @param mentions every span in the body that refers to the actor, coreferent mentions included
 * @param evidence where the code was decided and by which rule
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    ActorCode code,
    String country,
    String sector,
    String role,
    List<Span> mentions,
    Evidence evidence) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(evidence, "evidence");
    mentions = List.copyOf(mentions);
    if (!country.isEmpty() && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be ISO alpha-3: " + country);
    }
  }
}
