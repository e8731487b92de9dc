package io.herald.coding;

import io.herald.coding.actors.ActorLexicon;
import io.herald.coding.actors.ActorResolver;
import io.herald.coding.actors.ActorTable;
import io.herald.coding.actors.RoleStore;
import io.herald.coding.entities.EntityRefiner;
import io.herald.coding.events.EventCoder;
import io.herald.coding.events.EventLexicon;
import io.herald.coding.events.ParseRepairs;
import io.herald.coding.quotes.QuoteAttributor;
import io.herald.coding.quotes.QuoteFinder;
import io.herald.coding.quotes.QuoteSpan;
import io.herald.coding.time.TimeNormalizer;
import io.herald.model.Event;
import io.herald.model.Quote;
import io.herald.model.TimeExpression;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import java.util.Optional;

/**
 * Codes a parsed article: times, quotations, actors (with coreference and quote speakers), then
 * events. Stateless between articles; build one per process and call it from any thread.
 */
public final class ArticleCoder {
  private final ActorResolver actors;
  private final EventCoder events;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final QuoteAttributor quoteAttributor = new QuoteAttributor();
  private final TimeNormalizer times = new TimeNormalizer();
  private final Optional<EntityRefiner> entities;

  /** A coder whose entities are CoreNLP's as they come (PETRARCH's suite, fictional worlds). */
  public ArticleCoder(
      ActorLexicon actorLexicon, EventLexicon eventLexicon, CameoCodebook codebook) {
    this(actorLexicon, eventLexicon, codebook, Optional.empty());
  }

  /** A coder that also refines CoreNLP's entities with {@code refiner}. */
  public ArticleCoder(
      ActorLexicon actorLexicon,
      EventLexicon eventLexicon,
      CameoCodebook codebook,
      Optional<EntityRefiner> refiner) {
    this.actors = new ActorResolver(actorLexicon);
    this.events = new EventCoder(eventLexicon, codebook);
    this.entities = refiner;
  }

  /** Builds a coder from the bundled dictionaries; fails fast if one is missing. */
  public static ArticleCoder withBundledDictionaries(Countries countries, CameoCodebook codebook) {
    return new ArticleCoder(
        ActorLexicon.load(countries),
        EventLexicon.load(codebook),
        codebook,
        Optional.of(EntityRefiner.withBundledLexicons(countries)));
  }

  /** Codes an article from its own text only. */
  public Coding code(ParsedArticle p) {
    return code(p, RoleStore.NONE);
  }

  /**
   * Codes an article; people it names without an office are looked up in {@code roles}, what
   * earlier articles said about them.
   */
  public Coding code(ParsedArticle parsed, RoleStore roles) {
    // actors and events read the same parse, with the parser's known slips undone
    ParsedArticle p = ParseRepairs.repair(parsed);
    List<TimeExpression> timeExpressions = times.normalize(p);
    List<QuoteSpan> quoteSpans = quoteFinder.find(p.text());
    ActorTable table = actors.resolve(p, quoteSpans.stream().map(QuoteSpan::outer).toList(), roles);
    List<Quote> quotes = quoteAttributor.attribute(p, quoteSpans, table);
    List<Event> eventList = events.code(p, table, timeExpressions);
    List<EntityMention> refined = entities.map(r -> r.refine(p)).orElse(p.entities());
    return new Coding(refined, table.build(), eventList, quotes, timeExpressions);
  }
}
