package io.herald.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Distance figures of a set of resolved toponyms, as in Gritta et al., "What's missing in
 * geographical parsing?" (2018).
 *
 * @param n how many toponyms
 * @param accuracy161 share with an error of at most 161 km (100 miles)
 * @param meanKm mean error in km
 * @param medianKm median error in km
 * @param auc area under the curve of the sorted errors scaled as {@code ln(1 + km) / ln(20039)},
 *     between 0 (every error 0 km) and 1 (every error at the antipode); lower is better
 */
public record ErrorStats(int n, double accuracy161, double meanKm, double medianKm, double auc) {
  /** Half the Earth's circumference in km: the largest possible error, given to missed toponyms. */
  public static final double MAX_ERROR_KM = 20039;

  /** The figures of the given errors in km; all zero when there are none. */
  public static ErrorStats of(List<Double> errorsKm) {
    if (errorsKm.isEmpty()) {
      return new ErrorStats(0, 0, 0, 0, 0);
    }
    List<Double> sorted = new ArrayList<>(errorsKm);
    Collections.sort(sorted);
    int n = sorted.size();
    int within = 0;
    double sum = 0;
    for (double e : sorted) {
      if (e < 0) {
        throw new IllegalArgumentException("negative error: " + e);
      }
      within += e <= 161 ? 1 : 0;
      sum += e;
    }
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new ErrorStats(n, (double) within / n, sum / n, median, auc(sorted));
  }

  /** Trapezoid rule over the sorted scaled errors, on a unit x axis. */
  private static double auc(List<Double> sorted) {
    int n = sorted.size();
    double scale = Math.log(MAX_ERROR_KM);
    if (n == 1) {
      return Math.min(1, Math.log1p(sorted.get(0)) / scale);
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      double a = Math.min(1, Math.log1p(sorted.get(i - 1)) / scale);
      double b = Math.min(1, Math.log1p(sorted.get(i)) / scale);
      area += (a + b) / 2;
    }
    return area / (n - 1);
  }
}
