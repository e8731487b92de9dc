package io.herald.eval.ner;

import io.herald.eval.Prf;
import java.util.List;
import java.util.Locale;

/** Formats the scores of several systems side by side, then their largest error kinds. */
public final class NerReport {
  private NerReport() {}

  /** One named system and its score. */
  public record Column(String name, NerScore score) {}

  /**
   * A table of precision, recall and F1 per CoNLL type and overall, one column group per system,
   * followed by each system's {@code errorKinds} largest error kinds.
   */
  public static String format(List<Column> columns, int errorKinds) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("no system to report");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-6s %6s", "type", "gold"));
    for (Column c : columns) {
      sb.append(String.format(Locale.ROOT, "   %-22s", c.name() + " P / R / F1"));
    }
    sb.append('\n');
    NerScore first = columns.get(0).score();
    for (ConllType t : ConllType.values()) {
      Prf g = first.byType().get(t);
      sb.append(String.format(Locale.ROOT, "%-6s %6d", t, g.tp() + g.fn()));
      for (Column c : columns) {
        sb.append(cells(c.score().byType().get(t)));
      }
      sb.append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%-6s %6d", "all", first.goldCount()));
    for (Column c : columns) {
      sb.append(cells(c.score().overall()));
    }
    sb.append('\n');
    for (Column c : columns) {
      sb.append('\n').append(c.name()).append(": ").append(c.score().overall().format());
      sb.append("\n  largest error kinds:\n");
      for (ErrorKind k : c.score().errors().stream().limit(errorKinds).toList()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %6d  %-44s e.g. %s%n",
                k.count(),
                k.label(),
                String.join("; ", k.examples())));
      }
    }
    return sb.toString();
  }

  private static String cells(Prf p) {
    return String.format(
        Locale.ROOT, "   %6.2f %6.2f %6.2f  ", 100 * p.precision(), 100 * p.recall(), 100 * p.f1());
  }
}
