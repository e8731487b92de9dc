package io.herald.eval.geo;

import io.herald.eval.Prf;
import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores predicted toponyms against a gold set, article by article.
 *
 * <p>Recognition is scored twice: <em>exact</em> (same start and end) and <em>overlap</em> (the
 * spans share at least one character; one-to-one, each gold toponym taking the unmatched prediction
 * that overlaps it most). Resolution uses the overlap matching: a gold toponym's error is the
 * distance from its point to the point of its matched prediction; a missed one counts {@link
 * ErrorStats#MAX_ERROR_KM} in the figures "for all gold toponyms" and is left out of those "for the
 * toponyms found". A prediction that overlaps only an unlocated gold span (a street) is ignored.
 */
public final class GeoScorer {
  private final AdjectivalPolicy policy;
  private Prf exact = Prf.ZERO;
  private Prf overlap = Prf.ZERO;
  private final List<Double> allErrors = new ArrayList<>();
  private final List<Double> foundErrors = new ArrayList<>();
  private int ignored;
  private int articles;

  public GeoScorer(AdjectivalPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Adds one article's predictions. */
  public void add(GoldArticle gold, List<PredictedToponym> predicted) {
    articles++;
    List<PredictedToponym> scored = new ArrayList<>();
    for (PredictedToponym p : predicted) {
      if (p.adjectival() && policy == AdjectivalPolicy.DROP) {
        continue;
      }
      if (overlapsAny(p.span(), gold.unlocated()) && !overlapsGold(p.span(), gold.toponyms())) {
        ignored++;
        continue;
      }
      scored.add(p);
    }
    int exactHits = 0;
    boolean[] usedExact = new boolean[scored.size()];
    for (GoldToponym g : gold.toponyms()) {
      for (int i = 0; i < scored.size(); i++) {
        if (!usedExact[i] && scored.get(i).span().equals(g.span())) {
          usedExact[i] = true;
          exactHits++;
          break;
        }
      }
    }
    exact =
        exact.plus(
            new Prf(exactHits, scored.size() - exactHits, gold.toponyms().size() - exactHits));
    int overlapHits = 0;
    boolean[] used = new boolean[scored.size()];
    for (GoldToponym g : gold.toponyms()) {
      int best = -1;
      int bestShared = 0;
      for (int i = 0; i < scored.size(); i++) {
        int shared = shared(g.span(), scored.get(i).span());
        if (!used[i] && shared > bestShared) {
          best = i;
          bestShared = shared;
        }
      }
      if (best < 0) {
        allErrors.add(ErrorStats.MAX_ERROR_KM);
        continue;
      }
      used[best] = true;
      overlapHits++;
      double km = g.point().distanceKm(scored.get(best).point());
      allErrors.add(km);
      foundErrors.add(km);
    }
    overlap =
        overlap.plus(
            new Prf(
                overlapHits, scored.size() - overlapHits, gold.toponyms().size() - overlapHits));
  }

  /** The figures so far. */
  public GeoScores scores() {
    return new GeoScores(
        policy,
        articles,
        exact,
        overlap,
        ErrorStats.of(allErrors),
        ErrorStats.of(foundErrors),
        ignored);
  }

  private static int shared(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static boolean overlapsAny(Span s, List<Span> spans) {
    for (Span o : spans) {
      if (o.overlaps(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsGold(Span s, List<GoldToponym> gold) {
    for (GoldToponym g : gold) {
      if (g.span().overlaps(s)) {
        return true;
      }
    }
    return false;
  }
}
