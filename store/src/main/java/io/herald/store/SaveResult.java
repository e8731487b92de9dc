package io.herald.store;

import java.util.Objects;

/**
 * What saving one analysed article did.
 *
 * @param contentHash the article's {@link io.herald.model.ContentHash}, its key in the store
 * @param articleId the article's id
 * @param replaced an older version with the same content hash or the same article id was stored
 *     before and has been deleted
 */
public record SaveResult(String contentHash, String articleId, boolean replaced) {
  public SaveResult {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(articleId, "articleId");
  }
}
