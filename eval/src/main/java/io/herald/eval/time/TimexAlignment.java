package io.herald.eval.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One document's system time expressions paired with its gold TIMEX3s, TempEval-3 style: a relaxed
 * match is a pair whose spans overlap, each expression in at most one pair (larger overlaps first);
 * a strict match is a pair with identical spans.
 *
 * @param matches relaxed matches in gold order
 * @param missed gold TIMEX3s no system expression overlaps
 * @param spurious system expressions no gold TIMEX3 overlaps
 */
public record TimexAlignment(
    List<Match> matches, List<GoldTimex> missed, List<SystemTimex> spurious) {
  /** A gold TIMEX3 and the system expression matched to it. */
  public record Match(GoldTimex gold, SystemTimex system) {
    public boolean strict() {
      return gold.span().equals(system.span());
    }

    public boolean valueCorrect() {
      return gold.value().equals(system.value());
    }

    public boolean typeCorrect() {
      return gold.type().equals(system.type());
    }
  }

  public TimexAlignment {
    matches = List.copyOf(matches);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  /** Pairs {@code system} with {@code gold}. */
  public static TimexAlignment align(List<GoldTimex> gold, List<SystemTimex> system) {
    record Candidate(int g, int s, int overlap, boolean exact) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        var a = gold.get(g).span();
        var b = system.get(s).span();
        if (a.overlaps(b)) {
          int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
          candidates.add(new Candidate(g, s, overlap, a.equals(b)));
        }
      }
    }
    candidates.sort(
        Comparator.comparing(Candidate::exact)
            .thenComparingInt(Candidate::overlap)
            .reversed()
            .thenComparingInt(Candidate::g)
            .thenComparingInt(Candidate::s));
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedSystem = new HashSet<>();
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedGold.contains(c.g()) && !usedSystem.contains(c.s())) {
        usedGold.add(c.g());
        usedSystem.add(c.s());
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::g));
    List<Match> matches = new ArrayList<>();
    for (Candidate c : chosen) {
      matches.add(new Match(gold.get(c.g()), system.get(c.s())));
    }
    List<GoldTimex> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!usedGold.contains(g)) {
        missed.add(gold.get(g));
      }
    }
    List<SystemTimex> spurious = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      if (!usedSystem.contains(s)) {
        spurious.add(system.get(s));
      }
    }
    return new TimexAlignment(matches, missed, spurious);
  }

  public long strictMatches() {
    return matches.stream().filter(Match::strict).count();
  }

  public long valuesCorrect() {
    return matches.stream().filter(Match::valueCorrect).count();
  }

  public long typesCorrect() {
    return matches.stream().filter(Match::typeCorrect).count();
  }
}
