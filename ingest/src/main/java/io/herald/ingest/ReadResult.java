package io.herald.ingest;

import io.herald.model.Article;
import io.herald.model.IngestError;
import java.util.List;

/** Articles read from one or more inputs, and the inputs that failed. */
public record ReadResult(List<Article> articles, List<IngestError> errors) {
  public ReadResult {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }
}
