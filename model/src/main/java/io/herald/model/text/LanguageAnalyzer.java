package io.herald.model.text;

import io.herald.model.Article;
import java.util.Map;

/**
 * Turns an article into sentences, tokens, dependencies, entities, coreference chains and time
 * expressions. Implementations are built once per process and are safe to call from one thread at a
 * time per instance.
 */
public interface LanguageAnalyzer {

  /** Analyses the body text; time expressions are anchored to the article date when it has one. */
  ParsedArticle analyze(Article article);

  /** Cumulative wall time per annotator in milliseconds since construction, for benchmarks. */
  Map<String, Long> annotatorMillis();
}
