package io.herald.coding.entities;

import io.herald.model.codes.Countries;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import java.util.List;

/**
 * Herald's named entities: CoreNLP's mentions refined by lexicons and general rules. CoreNLP's
 * statistical tagger decides most names; the rules correct what it gets wrong for structural
 * reasons — mentions its fine-grained classes split ("East" + "Jerusalem"), pronouns and lower-case
 * words it returns as entities, company and place names recognisable by their words ("Lear Corp",
 * "Wall Street"), teams in results tables, and names whose class the rest of the article makes
 * plain (a surname after the full name, a company's short name).
 *
 * <p>The result uses CoreNLP's classes ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 * {@code CITY}, {@code COUNTRY}, {@code NATIONALITY}, {@code MISC}...); numbers, dates, times and
 * titles pass through unchanged. Mentions never overlap. Stateless between articles; build one per
 * process and call it from any thread.
 */
public final class EntityRefiner {
  private final EntityLexicon lexicon;

  public EntityRefiner(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A refiner with the bundled lexicons.
   *
   * @throws IllegalStateException when a bundled resource is missing
   */
  public static EntityRefiner withBundledLexicons(Countries countries) {
    return new EntityRefiner(EntityLexicon.load(countries));
  }

  /**
   * The refined entity mentions of {@code parsed}, in text order, with spans and token indexes into
   * its sentences (half-open character offsets into the article text).
   */
  public List<EntityMention> refine(ParsedArticle parsed) {
    Drafts drafts = new Drafts(parsed);
    List<Rule> rules =
        List.of(
            new Cleanup.UntaggedMentions(),
            new SplitMerger(lexicon),
            new Cleanup.Edges(lexicon),
            new DerivedAdjectives(lexicon),
            new OrganisationNames(lexicon),
            new ToponymNames(lexicon),
            new ScoreTables(),
            new LexiconNames(lexicon, parsed.text()),
            new DocumentConsistency(lexicon));
    for (Rule r : rules) {
      r.apply(drafts);
    }
    return drafts.toMentions();
  }
}
