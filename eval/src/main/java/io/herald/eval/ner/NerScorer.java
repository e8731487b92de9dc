package io.herald.eval.ner;

import io.herald.eval.Prf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted entities against gold document by document: a prediction is right when its span
 * and type both equal a gold entity's. Unmatched entities are sorted into error kinds: right span
 * with the wrong type, overlapping span (with the right or the wrong type), missed, spurious.
 * Mutable; one scorer per system and run.
 */
public final class NerScorer {
  private final Map<ConllType, long[]> counts = new EnumMap<>(ConllType.class);
  private final Map<String, Map<String, Long>> errors = new HashMap<>();
  private int documents;

  public NerScorer() {
    for (ConllType t : ConllType.values()) {
      counts.put(t, new long[3]);
    }
  }

  /** Adds one document's gold and predicted entities (character spans into the same text). */
  public void add(List<NerMention> gold, List<NerMention> predicted) {
    documents++;
    Set<Key> goldKeys = new LinkedHashSet<>();
    gold.forEach(m -> goldKeys.add(new Key(m)));
    Set<Key> predKeys = new LinkedHashSet<>();
    predicted.forEach(m -> predKeys.add(new Key(m)));
    List<NerMention> missed = new ArrayList<>();
    for (NerMention g : uniq(gold)) {
      if (predKeys.contains(new Key(g))) {
        counts.get(g.type())[0]++;
      } else {
        counts.get(g.type())[2]++;
        missed.add(g);
      }
    }
    List<NerMention> spurious = new ArrayList<>();
    for (NerMention p : uniq(predicted)) {
      if (!goldKeys.contains(new Key(p))) {
        counts.get(p.type())[1]++;
        spurious.add(p);
      }
    }
    classify(missed, spurious);
  }

  private static List<NerMention> uniq(List<NerMention> mentions) {
    Map<Key, NerMention> out = new LinkedHashMap<>();
    mentions.forEach(m -> out.putIfAbsent(new Key(m), m));
    return new ArrayList<>(out.values());
  }

  private void classify(List<NerMention> missed, List<NerMention> spurious) {
    Set<NerMention> used = new HashSet<>();
    List<NerMention> rest = new ArrayList<>();
    for (NerMention g : missed) {
      NerMention same =
          spurious.stream()
              .filter(p -> !used.contains(p) && p.span().equals(g.span()))
              .findFirst()
              .orElse(null);
      if (same != null) {
        used.add(same);
        count(g.type() + " tagged as " + same.type(), g.text());
      } else {
        rest.add(g);
      }
    }
    for (NerMention g : rest) {
      List<NerMention> overlapping =
          spurious.stream().filter(p -> !used.contains(p) && p.span().overlaps(g.span())).toList();
      if (overlapping.isEmpty()) {
        count("missed " + g.type(), g.text());
        continue;
      }
      used.addAll(overlapping);
      NerMention p = overlapping.get(0);
      String found = String.join(" | ", overlapping.stream().map(NerMention::text).toList());
      if (overlapping.stream().anyMatch(o -> o.type() == g.type())) {
        count(g.type() + " with wrong boundaries", g.text() + " → " + found);
      } else {
        count(g.type() + " with wrong boundaries, tagged as " + p.type(), g.text() + " → " + found);
      }
    }
    for (NerMention p : spurious) {
      if (!used.contains(p)) {
        count("spurious " + p.type(), p.text());
      }
    }
  }

  private void count(String kind, String example) {
    errors.computeIfAbsent(kind, k -> new HashMap<>()).merge(example, 1L, Long::sum);
  }

  /** The scores so far; {@code examplesPerKind} texts are kept for each error kind. */
  public NerScore score(int examplesPerKind) {
    Map<ConllType, Prf> byType = new EnumMap<>(ConllType.class);
    Prf overall = Prf.ZERO;
    for (ConllType t : ConllType.values()) {
      long[] c = counts.get(t);
      Prf prf = new Prf(c[0], c[1], c[2]);
      byType.put(t, prf);
      overall = overall.plus(prf);
    }
    List<ErrorKind> kinds = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> e : errors.entrySet()) {
      long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      List<String> examples =
          e.getValue().entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(examplesPerKind)
              .map(x -> x.getValue() > 1 ? x.getKey() + " ×" + x.getValue() : x.getKey())
              .toList();
      kinds.add(new ErrorKind(e.getKey(), total, examples));
    }
    kinds.sort(
        Comparator.comparingLong(ErrorKind::count).reversed().thenComparing(ErrorKind::label));
    return new NerScore(documents, byType, overall, kinds);
  }

  private record Key(int start, int end, ConllType type) {
    Key(NerMention m) {
      this(m.span().start(), m.span().end(), m.type());
    }
  }
}
