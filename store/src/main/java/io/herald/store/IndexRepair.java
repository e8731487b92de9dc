package io.herald.store;

/**
 * What opening a store did to bring its full-text index in step with the articles table (after a
 * crash between the two commits, or on a database written before the index existed).
 *
 * @param added articles (re)indexed from the articles table
 * @param removed indexed articles no longer (or no longer in that version) in the table
 */
public record IndexRepair(int added, int removed) {
  public IndexRepair {
    if (added < 0 || removed < 0) {
      throw new IllegalArgumentException("negative repair counts: " + added + ", " + removed);
    }
  }

  /** Whether the index had to be changed. */
  public boolean changed() {
    return added > 0 || removed > 0;
  }
}
