package io.herald.pipeline;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.coding.actors.RoleStore;
import io.herald.coding.events.PetrarchDiscards;
import io.herald.geo.Geoparser;
import io.herald.geo.SourceHomes;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.Event;
import io.herald.model.Place;
import io.herald.model.Span;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article through every stage: language analysis, coding (times, quotes, actors, events),
 * geoparsing, event locations. Built once per process from stages that are themselves built once;
 * {@link #analyze} is a function of the article and those stages.
 */
public final class Pipeline {
  private final LanguageAnalyzer analyzer;
  private final ArticleCoder coder;
  private final Geoparser geoparser;
  private final Optional<PetrarchDiscards> discards;
  private final SourceHomes homes;
  private final EventPlacer placer = new EventPlacer();

  public Pipeline(LanguageAnalyzer analyzer, ArticleCoder coder, Geoparser geoparser) {
    this(analyzer, coder, geoparser, Optional.empty());
  }

  /**
   * @param discards a PETRARCH discard list: events of the sentences it matches (of the whole story
   *     for its {@code +} phrases) are dropped, as PETRARCH codes none there
   */
  public Pipeline(
      LanguageAnalyzer analyzer,
      ArticleCoder coder,
      Geoparser geoparser,
      Optional<PetrarchDiscards> discards) {
    this(analyzer, coder, geoparser, discards, SourceHomes.NONE);
  }

  /**
   * @param discards a PETRARCH discard list (see above)
   * @param homes the home region of each article's source ({@code Article.source()}): a town its
   *     story names without a state is placed in that region before same-named towns elsewhere
   */
  public Pipeline(
      LanguageAnalyzer analyzer,
      ArticleCoder coder,
      Geoparser geoparser,
      Optional<PetrarchDiscards> discards,
      SourceHomes homes) {
    this.analyzer = analyzer;
    this.coder = coder;
    this.geoparser = geoparser;
    this.discards = discards;
    this.homes = Objects.requireNonNull(homes, "homes");
  }

  /**
   * Analyses one article.
   *
   * @throws AnalysisException when a stage fails on this article; the message names the article
   */
  public AnalyzedArticle analyze(Article article) {
    return analyze(article, RoleStore.NONE);
  }

  /**
   * Analyses one article, coding people it names without an office from {@code roles}.
   *
   * @throws AnalysisException when a stage fails on this article; the message names the article
   */
  public AnalyzedArticle analyze(Article article, RoleStore roles) {
    ParsedArticle parsed;
    try {
      parsed = analyzer.analyze(article);
    } catch (RuntimeException e) {
      throw new AnalysisException("language analysis failed on " + article.id() + ": " + e, e);
    }
    return code(parsed, roles);
  }

  /** Codes an article that is already parsed (stored fixtures, tests, re-coding). */
  public AnalyzedArticle code(ParsedArticle parsed) {
    return code(parsed, RoleStore.NONE);
  }

  /** Codes an already parsed article with what {@code roles} knows of people's offices. */
  public AnalyzedArticle code(ParsedArticle parsed, RoleStore roles) {
    try {
      Coding coding = coder.code(parsed, roles);
      List<Place> places = geoparser.geoparse(parsed, homes.of(parsed.article().source()));
      List<Event> events = undiscarded(parsed, coding.events());
      EventPlacer.Placed placed = placer.place(parsed, events, places, coding.actors());
      List<Span> sentences = new ArrayList<>();
      for (Sentence s : parsed.sentences()) {
        sentences.add(s.span());
      }
      List<String> problems = new ArrayList<>();
      if (parsed.article().date().isEmpty()) {
        problems.add("no article date: relative dates are unresolved and events undated");
      }
      return new AnalyzedArticle(
          parsed.article(),
          sentences,
          coding.entities(),
          placed.actors(),
          placed.events(),
          coding.quotes(),
          places,
          coding.times(),
          problems);
    } catch (RuntimeException e) {
      throw new AnalysisException("coding failed on " + parsed.article().id() + ": " + e, e);
    }
  }

  private List<Event> undiscarded(ParsedArticle parsed, List<Event> events) {
    if (discards.isEmpty() || events.isEmpty()) {
      return events;
    }
    // The story is normalised once, not once per event.
    if (discards.get().discardsStory(parsed.article().title() + "\n" + parsed.text())) {
      return List.of();
    }
    List<Event> kept = new ArrayList<>();
    for (Event e : events) {
      int s = e.evidence().sentence();
      String sentence =
          s >= 0 && s < parsed.sentences().size()
              ? parsed.sentences().get(s).span().of(parsed.text())
              : parsed.article().title();
      if (!discards.get().discardsSentence(sentence)) {
        kept.add(e);
      }
    }
    return kept;
  }

  /** Cumulative CoreNLP time per annotator, for benchmarks. */
  public java.util.Map<String, Long> annotatorMillis() {
    return analyzer.annotatorMillis();
  }
}
