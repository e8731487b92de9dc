package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Clauses that only date another event by an earlier one: "restored ties five years after crowds
 * burned down its embassy". The burning is history recalled as a time anchor, measured off by a
 * span of time, not news the sentence reports, so it is not coded. An "after" clause without such a
 * measure ("attacked the town after rebels shelled it") is left alone: it may report a new event.
 */
final class TimeAnchors {
  private TimeAnchors() {}

  /** Subordinators that place one event in time relative to another. */
  private static final Set<String> RELATIVE = Set.of("after", "before", "since");

  /** Units of a span of time ("five years after", "two decades since"). */
  private static final Set<String> UNITS =
      Set.of("year", "month", "week", "day", "decade", "century", "hour");

  /**
   * Whether the clause an anchoring draft dates has an event of its own: the nearest verb above the
   * anchor. PETRARCH folds a subordinate clause's event into the coded verb above it, and codes it
   * on its own when that verb has no code ("is about to improve ties five years after crowds burned
   * down its embassy": the burning); used with PETRARCH dictionaries alone.
   */
  static boolean datedIsCoded(ParsedArticle p, EventDraft anchor, List<EventDraft> drafts) {
    Sentence s = p.sentences().get(anchor.sentence());
    int v = anchor.clauseVerb();
    for (int hops = 0; hops < 8; hops++) {
      Optional<Dependency> h = s.headOf(v);
      if (h.isEmpty() || h.get().governor() < 0) {
        return false;
      }
      v = h.get().governor();
      if (s.token(v).isVerb()) {
        break;
      }
    }
    int dated = v;
    return drafts.stream()
        .anyMatch(d -> d != anchor && d.sentence() == anchor.sentence() && d.clauseVerb() == dated);
  }

  /** Whether verb {@code v} heads a clause that dates another by a measured span before it. */
  static boolean anchors(Sentence s, int v) {
    boolean relative = false;
    boolean measured = false;
    for (Dependency d : s.childrenOf(v)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      relative |= d.baseRelation().equals("mark") && RELATIVE.contains(w);
      measured |=
          !d.baseRelation().startsWith("nsubj")
              && !d.baseRelation().equals("obj")
              && UNITS.contains(lemma)
              && s.childrenOf(d.dependent()).stream()
                  .anyMatch(n -> n.baseRelation().equals("nummod"));
    }
    return relative && measured;
  }
}
