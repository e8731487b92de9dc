package io.herald.coding.entities;

/** One refinement step over an article's drafts. */
interface Rule {
  void apply(Drafts drafts);
}
