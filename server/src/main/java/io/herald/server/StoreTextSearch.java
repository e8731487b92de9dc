package io.herald.server;

import io.herald.store.Store;
import java.util.List;

/** Full-text search with the store's Lucene index (classic query syntax, best match first). */
final class StoreTextSearch implements TextSearch {
  private final Store store;

  StoreTextSearch(Store store) {
    this.store = store;
  }

  @Override
  public List<String> matching(String query) {
    try {
      return store.searchAll(query).contentHashes();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("q: " + e.getMessage());
    }
  }
}
