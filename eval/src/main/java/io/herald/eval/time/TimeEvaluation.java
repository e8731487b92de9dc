package io.herald.eval.time;

import io.herald.eval.Prf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Accumulates TimeML scores of several systems over documents grouped by corpus, and the errors of
 * each system, and prints them.
 */
public final class TimeEvaluation {
  private final List<String> systems;
  private final Map<String, Map<String, TimexScores>> scores = new LinkedHashMap<>();
  private final Map<String, Integer> documents = new LinkedHashMap<>();
  private final Map<String, ErrorTally> errors = new LinkedHashMap<>();

  /**
   * @param systems names of the systems compared, in the order they are printed
   * @throws IllegalArgumentException when no system is named
   */
  public TimeEvaluation(List<String> systems) {
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("no system to evaluate");
    }
    this.systems = List.copyOf(systems);
    for (String s : systems) {
      errors.put(s, new ErrorTally());
    }
  }

  /** Counts one document of {@code corpus}; call once per document before its systems. */
  public void addDocument(String corpus) {
    documents.merge(corpus, 1, Integer::sum);
  }

  /**
   * Scores one system's expressions for one document.
   *
   * @throws IllegalArgumentException when {@code system} was not named at construction
   */
  public TimexAlignment add(
      String corpus, TimeMlDocument doc, String system, List<SystemTimex> found) {
    ErrorTally tally = errors.get(system);
    if (tally == null) {
      throw new IllegalArgumentException("unknown system \"" + system + "\"; known: " + systems);
    }
    TimexAlignment a = TimexAlignment.align(doc.timexes(), found);
    scores
        .computeIfAbsent(corpus, c -> new LinkedHashMap<>())
        .merge(system, TimexScores.of(a), TimexScores::plus);
    tally.add(doc, a);
    return a;
  }

  /** Scores of {@code system} on {@code corpus}; zero when none were added. */
  public TimexScores scores(String corpus, String system) {
    return scores.getOrDefault(corpus, Map.of()).getOrDefault(system, TimexScores.ZERO);
  }

  /** Scores of {@code system} over every corpus. */
  public TimexScores overall(String system) {
    TimexScores sum = TimexScores.ZERO;
    for (Map<String, TimexScores> bySystem : scores.values()) {
      sum = sum.plus(bySystem.getOrDefault(system, TimexScores.ZERO));
    }
    return sum;
  }

  /**
   * The figures table, then the commonest error kinds of {@code errorsOf}.
   *
   * @param kinds how many error kinds to print
   * @param examples how many examples of each
   */
  public String report(String errorsOf, int kinds, int examples) {
    Objects.requireNonNull(errorsOf, "errorsOf");
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-10s %-7s %5s %5s %5s | %-17s | %-17s | %6s %6s | %-17s%n",
            "corpus",
            "system",
            "docs",
            "gold",
            "found",
            "strict P/R/F1",
            "relaxed P/R/F1",
            "type",
            "value",
            "value P/R/F1"));
    List<String> corpora = new ArrayList<>(documents.keySet());
    for (String corpus : corpora) {
      for (String system : systems) {
        row(out, corpus, system, documents.get(corpus), scores(corpus, system));
      }
    }
    if (corpora.size() > 1) {
      int total = documents.values().stream().mapToInt(Integer::intValue).sum();
      for (String system : systems) {
        row(out, "overall", system, total, overall(system));
      }
    }
    out.append(
        "type and value: accuracy over relaxed matches; value P/R/F1: a found expression counts"
            + " when it overlaps a gold TIMEX3 and has its value (TempEval-3).\n");
    ErrorTally tally = errors.get(errorsOf);
    if (tally == null) {
      throw new IllegalArgumentException("unknown system \"" + errorsOf + "\"; known: " + systems);
    }
    List<ErrorTally.Kind> all = tally.kinds();
    out.append(
        String.format(Locale.ROOT, "%nCommonest errors of %s (%d kinds):%n", errorsOf, all.size()));
    for (ErrorTally.Kind k : all.subList(0, Math.min(kinds, all.size()))) {
      out.append(String.format(Locale.ROOT, "%5d  %s%n", k.count(), k.name()));
      for (String e : k.examples().subList(0, Math.min(examples, k.examples().size()))) {
        out.append("         ").append(e).append('\n');
      }
    }
    return out.toString();
  }

  private static void row(
      StringBuilder out, String corpus, String system, int docs, TimexScores s) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-10s %-7s %5d %5d %5d | %s | %s | %6s %6s | %s%n",
            corpus,
            system,
            docs,
            s.gold(),
            s.system(),
            prf(s.strictPrf()),
            prf(s.relaxedPrf()),
            percent(s.typeAccuracy()),
            percent(s.valueAccuracy()),
            prf(s.valuePrf())));
  }

  private static String prf(Prf p) {
    return String.format(
        Locale.ROOT, "%5.1f %5.1f %5.1f", 100 * p.precision(), 100 * p.recall(), 100 * p.f1());
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%5.1f", 100 * share);
  }
}
