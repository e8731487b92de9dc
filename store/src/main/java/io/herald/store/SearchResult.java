package io.herald.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a full-text search of the stored articles.
 *
 * @param total how many articles match in all (not only on this page)
 * @param contentHashes the page's articles ({@code articles.content_hash}), best match first
 * @param snippets an extract of each article of the page around the matched words, by content hash;
 *     empty when the search asked for none
 */
public record SearchResult(long total, List<String> contentHashes, Map<String, Snippet> snippets) {
  public SearchResult {
    if (total < contentHashes.size()) {
      throw new IllegalArgumentException(
          "total " + total + " is smaller than the page of " + contentHashes.size());
    }
    contentHashes = List.copyOf(contentHashes);
    snippets = Map.copyOf(Objects.requireNonNull(snippets, "snippets"));
  }
}
