package io.herald.eval.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Errors of one system grouped by kind, each kind with a count and its first few examples. */
final class ErrorTally {
  private static final int KEPT_EXAMPLES = 12;
  private static final int CONTEXT = 40;

  /** One kind of error, how often it happened and examples of it. */
  record Kind(String name, int count, List<String> examples) {}

  private final Map<String, List<String>> examples = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void add(TimeMlDocument doc, TimexAlignment a) {
    for (GoldTimex g : a.missed()) {
      record(
          "missed " + ValueClass.of(g.value()).label,
          doc.id() + ": \"" + g.text() + "\" " + g.value() + context(doc, g.span()));
    }
    for (SystemTimex s : a.spurious()) {
      record(
          "spurious " + s.type(),
          doc.id() + ": \"" + s.text() + "\" " + s.value() + context(doc, s.span()));
    }
    for (TimexAlignment.Match m : a.matches()) {
      GoldTimex g = m.gold();
      SystemTimex s = m.system();
      String pair =
          doc.id()
              + ": gold \""
              + g.text()
              + "\" "
              + g.value()
              + " | system \""
              + s.text()
              + "\" "
              + s.value();
      if (!m.strict()) {
        record(extentKind(g, s), pair);
      }
      if (!m.valueCorrect()) {
        record(valueKind(g.value(), s.value()), pair + context(doc, g.span()));
      }
    }
  }

  /** Kinds by decreasing count. */
  List<Kind> kinds() {
    List<Kind> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new Kind(k, n, List.copyOf(examples.get(k)))));
    out.sort(Comparator.comparingInt(Kind::count).reversed().thenComparing(Kind::name));
    return out;
  }

  static String valueKind(String gold, String system) {
    ValueClass g = ValueClass.of(gold);
    ValueClass s = ValueClass.of(system);
    return g == s ? "value: wrong " + g.label : "value: " + g.label + " given as " + s.label;
  }

  static String extentKind(GoldTimex g, SystemTimex s) {
    if (s.span().contains(g.span())) {
      String extra =
          s.span().start() < g.span().start() ? firstWord(s.text()).toLowerCase(Locale.ROOT) : "";
      return extra.isEmpty()
          ? "extent: system span longer"
          : "extent: system span longer (starts with \"" + extra + "\")";
    }
    if (g.span().contains(s.span())) {
      String missing =
          g.span().start() < s.span().start() ? firstWord(g.text()).toLowerCase(Locale.ROOT) : "";
      return missing.isEmpty()
          ? "extent: system span shorter"
          : "extent: system span shorter (gold starts with \"" + missing + "\")";
    }
    return "extent: spans cross";
  }

  private static String firstWord(String text) {
    String t = text.strip();
    int i = 0;
    while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return t.substring(0, i);
  }

  private void record(String kind, String example) {
    counts.merge(kind, 1, Integer::sum);
    List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (list.size() < KEPT_EXAMPLES) {
      list.add(example);
    }
  }

  private static String context(TimeMlDocument doc, io.herald.model.Span span) {
    String text = doc.text();
    int from = Math.max(0, span.start() - CONTEXT);
    int to = Math.min(text.length(), span.end() + CONTEXT);
    String before = text.substring(from, span.start());
    String after = text.substring(span.end(), to);
    String s = before + "[" + span.of(text) + "]" + after;
    return "  … " + s.replaceAll("\\s+", " ").strip() + " …";
  }
}
