package io.herald.eval.time;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tab-separated line per gold TIMEX3 and per spurious expression of a document, with what two
 * systems found for it: for reading every decision, and for diffing runs.
 */
public final class TimeTrace {
  /** Column names. */
  public static final String HEADER =
      "doc\toutcome\tgold text\tgold value\tA text\tA value\tA rule\tB text\tB value\tcontext";

  private static final int CONTEXT = 50;

  private TimeTrace() {}

  /**
   * Lines for one document. The outcome column compares the values: {@code both}, {@code A only},
   * {@code B only}, {@code neither}; {@code spurious A} and {@code spurious B} mark expressions no
   * gold TIMEX3 overlaps.
   */
  public static List<String> lines(TimeMlDocument doc, TimexAlignment a, TimexAlignment b) {
    Map<Span, SystemTimex> byGoldA = byGold(a);
    Map<Span, SystemTimex> byGoldB = byGold(b);
    List<String> out = new ArrayList<>();
    for (GoldTimex g : doc.timexes()) {
      SystemTimex x = byGoldA.get(g.span());
      SystemTimex y = byGoldB.get(g.span());
      boolean okA = x != null && x.value().equals(g.value());
      boolean okB = y != null && y.value().equals(g.value());
      String outcome = okA && okB ? "both" : okA ? "A only" : okB ? "B only" : "neither";
      out.add(line(doc, outcome, g.text(), g.value(), x, y, g.span()));
    }
    for (SystemTimex s : a.spurious()) {
      out.add(line(doc, "spurious A", "", "", s, null, s.span()));
    }
    for (SystemTimex s : b.spurious()) {
      out.add(line(doc, "spurious B", "", "", null, s, s.span()));
    }
    return out;
  }

  private static Map<Span, SystemTimex> byGold(TimexAlignment a) {
    Map<Span, SystemTimex> out = new HashMap<>();
    for (TimexAlignment.Match m : a.matches()) {
      out.put(m.gold().span(), m.system());
    }
    return out;
  }

  private static String line(
      TimeMlDocument doc,
      String outcome,
      String goldText,
      String goldValue,
      SystemTimex a,
      SystemTimex b,
      Span where) {
    String text = doc.text();
    String context =
        text.substring(Math.max(0, where.start() - CONTEXT), where.start())
            + "["
            + where.of(text)
            + "]"
            + text.substring(where.end(), Math.min(text.length(), where.end() + CONTEXT));
    return String.join(
        "\t",
        doc.id(),
        outcome,
        clean(goldText),
        goldValue,
        a == null ? "" : clean(a.text()),
        a == null ? "" : a.value(),
        a == null ? "" : a.rule(),
        b == null ? "" : clean(b.text()),
        b == null ? "" : b.value(),
        clean(context));
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
