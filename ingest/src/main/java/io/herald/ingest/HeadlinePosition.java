package io.herald.ingest;

/** Where a plain-text file keeps its headline. */
public enum HeadlinePosition {
  /** Story body, then the headline alone on the last line (the wire layout of the seed story). */
  LAST,
  /** Headline on the first line, then the body (the BBC corpus layout). */
  FIRST,
  /** No headline: the whole file is the body. */
  NONE
}
