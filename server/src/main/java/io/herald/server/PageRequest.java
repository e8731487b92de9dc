package io.herald.server;

/** One page of a list: at most {@code limit} items after skipping {@code offset}. */
record PageRequest(int limit, int offset) {
  /** Whether items after this page remain, given the total. */
  boolean hasMore(long total) {
    return (long) offset + limit < total;
  }
}
