package io.herald.model.text;

import java.util.List;

/**
 * Mentions that refer to the same entity.
 *
 * @param representative index into {@code mentions} of the most informative mention
 */
public record CorefChain(int id, List<CorefMention> mentions, int representative) {
  public CorefChain {
    mentions = List.copyOf(mentions);
    if (representative < 0 || representative >= mentions.size()) {
      throw new IllegalArgumentException("representative " + representative + " of " + mentions);
    }
  }

  public CorefMention representativeMention() {
    return mentions.get(representative);
  }
}
