package io.herald.server;

import java.util.List;

/** Full-text search over the stored articles. */
interface TextSearch {
  /**
   * The content hashes of the articles matching a query, best match first.
   *
   * @throws ApiException with status 400 when the query cannot be parsed or has nothing to look for
   */
  List<String> matching(String query);
}
