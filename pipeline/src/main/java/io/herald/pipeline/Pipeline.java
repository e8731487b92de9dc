package io.herald.pipeline;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.coding.actors.RoleStore;
import io.herald.geo.Geoparser;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.Place;
import io.herald.model.Span;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * One article through every stage: language analysis, coding (times, quotes, actors, events),
 * geoparsing, event locations. Built once per process from stages that are themselves built once;
 * {@link #analyze} is a function of the article and those stages.
 */
public final class Pipeline {
  private final LanguageAnalyzer analyzer;
  private final ArticleCoder coder;
  private final Geoparser geoparser;
  private final EventPlacer placer = new EventPlacer();

  public Pipeline(LanguageAnalyzer analyzer, ArticleCoder coder, Geoparser geoparser) {
    this.analyzer = analyzer;
    this.coder = coder;
    this.geoparser = geoparser;
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
      List<Place> places = geoparser.geoparse(parsed);
      EventPlacer.Placed placed = placer.place(parsed, coding.events(), places, coding.actors());
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

  /** Cumulative CoreNLP time per annotator, for benchmarks. */
  public java.util.Map<String, Long> annotatorMillis() {
    return analyzer.annotatorMillis();
  }
}
