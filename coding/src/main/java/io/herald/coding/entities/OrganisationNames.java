package io.herald.coding.entities;

import io.herald.coding.entities.EntityLexicon.WordKind;
import java.util.Optional;

/**
 * A place or person mention that holds or is followed by a company designator ("Lear Corp", "Magna
 * International Inc") is an organisation, and so is a place name after an organisation prefix ("Air
 * France", "Dynamo Moscow", "Real Madrid"). Names of countries and capitals as such ("United
 * States") are left alone.
 */
final class OrganisationNames implements Rule {
  private final EntityLexicon lexicon;

  OrganisationNames(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(Drafts drafts) {
    for (Draft d : drafts.all()) {
      EntityClass c = d.entityClass();
      if (c != EntityClass.PLACE && c != EntityClass.PERSON
          || lexicon.typeOf(drafts.words(d)).isPresent()) {
        continue;
      }
      refine(drafts, d);
    }
  }

  private void refine(Drafts drafts, Draft d) {
    int s = d.sentence();
    for (int i = d.first() + 1; i <= d.last(); i++) {
      if (lexicon.is(drafts.token(s, i).word(), WordKind.DESIGNATOR)) {
        drafts.replace(d, d.withType("ORGANIZATION"));
        return;
      }
    }
    if (d.length() >= 2 && lexicon.is(drafts.token(s, d.first()).word(), WordKind.ORG_PREFIX)) {
      drafts.replace(d, d.withType("ORGANIZATION"));
      return;
    }
    int before = d.first() - 1;
    if (d.entityClass() == EntityClass.PLACE
        && before >= 0
        && drafts.at(s, before).isEmpty()
        && lexicon.is(drafts.token(s, before).word(), WordKind.ORG_PREFIX)) {
      drafts.claim(new Draft(s, before, d.last(), "ORGANIZATION"));
      return;
    }
    int end = d.last();
    int size = drafts.sentence(s).tokens().size();
    while (end + 1 < size
        && lexicon.is(drafts.token(s, end + 1).word(), WordKind.DESIGNATOR)
        && freeOrOrganisation(drafts.at(s, end + 1))) {
      end++;
    }
    if (end > d.last()) {
      drafts.claim(new Draft(s, d.first(), end, "ORGANIZATION"));
    }
  }

  private static boolean freeOrOrganisation(Optional<Draft> d) {
    return d.isEmpty() || d.get().entityClass() == EntityClass.ORGANIZATION;
  }
}
