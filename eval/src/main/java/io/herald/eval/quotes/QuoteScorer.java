package io.herald.eval.quotes;

import io.herald.eval.Prf;
import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores one system's quotations on one article against the gold attributions.
 *
 * <p><b>Content spans.</b> A gold unit is one content fragment (fragments separated only by white
 * space are joined); a system unit is one quotation. Both are trimmed of surrounding white space,
 * quotation marks and punctuation. <em>Exact</em>: trimmed spans are equal. <em>Overlap</em>: they
 * share a character; units pair one-to-one, largest overlap first. The direct scores compare gold
 * direct quotations (see {@link QuoteMarks}) with the system's direct quotations; a system direct
 * quotation that lies only in a gold non-direct content (a partial quote inside reported speech,
 * "described it as “the most severe”") is neither right nor wrong there. The all-attribution scores
 * compare every gold content with every system quotation.
 *
 * <p><b>Speakers.</b> For each gold attribution with a source, the system quotation overlapping its
 * content most is its answer; the speaker is right when {@link SpeakerMatcher} says so. A gold
 * attribution without an overlapping system quotation counts as wrong.
 */
public final class QuoteScorer {
  private record Unit(Span span, boolean direct) {}

  private QuoteScorer() {}

  /**
   * Scores {@code system} on {@code gold}.
   *
   * @param parsed the article's parse, used to know who a gold pronoun source is; its text must be
   *     the gold text
   * @throws IllegalArgumentException when the parse is of another text
   */
  public static QuoteScores score(
      GoldArticle gold, ParsedArticle parsed, List<SystemQuote> system) {
    return score(gold, parsed, system, false);
  }

  /**
   * Scores {@code system} on {@code gold}, listing speaker errors on every gold attribution when
   * {@code allErrors}, else on gold direct quotations only.
   *
   * @throws IllegalArgumentException when the parse is of another text
   */
  public static QuoteScores score(
      GoldArticle gold, ParsedArticle parsed, List<SystemQuote> system, boolean allErrors) {
    String text = gold.text();
    if (!parsed.text().equals(text)) {
      throw new IllegalArgumentException("parse of another text than " + gold.name());
    }
    List<Unit> goldUnits = new ArrayList<>();
    for (GoldAttribution a : gold.attributions()) {
      for (Span f : QuoteMarks.join(text, a.content())) {
        Span t = QuoteMarks.trim(text, f);
        if (t.length() > 0) {
          goldUnits.add(new Unit(t, a.direct()));
        }
      }
    }
    List<Span> all = new ArrayList<>();
    List<Span> direct = new ArrayList<>();
    for (SystemQuote q : system) {
      Span t = QuoteMarks.trim(text, q.content());
      if (t.length() == 0) {
        continue;
      }
      all.add(t);
      if (q.direct() && !onlyInIndirect(t, goldUnits)) {
        direct.add(t);
      }
    }
    List<Span> goldAll = goldUnits.stream().map(Unit::span).toList();
    List<Span> goldDirect = goldUnits.stream().filter(Unit::direct).map(Unit::span).toList();
    SpeakerMatcher matcher = new SpeakerMatcher(parsed);
    List<String> errors = new ArrayList<>();
    return new QuoteScores(
        exact(goldDirect, direct),
        overlap(goldDirect, direct),
        exact(goldAll, all),
        overlap(goldAll, all),
        speakers(gold, system, matcher, true, allErrors ? new ArrayList<>() : errors),
        speakers(gold, system, matcher, false, allErrors ? errors : new ArrayList<>()),
        errors);
  }

  private static boolean onlyInIndirect(Span s, List<Unit> gold) {
    boolean indirect = false;
    for (Unit u : gold) {
      if (u.span.overlaps(s)) {
        if (u.direct) {
          return false;
        }
        indirect = true;
      }
    }
    return indirect;
  }

  static Prf exact(List<Span> gold, List<Span> system) {
    List<Span> left = new ArrayList<>(gold);
    int tp = 0;
    for (Span s : system) {
      if (left.remove(s)) {
        tp++;
      }
    }
    return new Prf(tp, system.size() - tp, gold.size() - tp);
  }

  static Prf overlap(List<Span> gold, List<Span> system) {
    record Pair(int g, int s, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        int o = overlap(gold.get(g), system.get(s));
        if (o > 0) {
          pairs.add(new Pair(g, s, o));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] sysUsed = new boolean[system.size()];
    int tp = 0;
    for (Pair p : pairs) {
      if (!goldUsed[p.g] && !sysUsed[p.s]) {
        goldUsed[p.g] = true;
        sysUsed[p.s] = true;
        tp++;
      }
    }
    return new Prf(tp, system.size() - tp, gold.size() - tp);
  }

  /**
   * One line per content unit the two sides disagree on, for error analysis: {@code MISS} a gold
   * content no system quotation overlaps, {@code PART} a gold content overlapped but not equal to
   * the system quotation overlapping it most (both given), {@code FP} a system quotation no gold
   * content overlaps. Each line names the article and gives the text, line breaks flattened.
   */
  public static List<String> contentErrors(GoldArticle gold, List<SystemQuote> system) {
    String text = gold.text();
    List<Span> goldUnits = new ArrayList<>();
    List<String> goldLabels = new ArrayList<>();
    for (GoldAttribution a : gold.attributions()) {
      String label =
          "{"
              + flat(String.join(" ", a.source().stream().map(x -> x.of(text)).toList()))
              + " | "
              + flat(String.join(" ", a.cue().stream().map(x -> x.of(text)).toList()))
              + "}";
      for (Span f : QuoteMarks.join(text, a.content())) {
        Span t = QuoteMarks.trim(text, f);
        if (t.length() > 0) {
          goldUnits.add(t);
          goldLabels.add(label);
        }
      }
    }
    List<SystemQuote> sys =
        system.stream().filter(q -> QuoteMarks.trim(text, q.content()).length() > 0).toList();
    List<String> out = new ArrayList<>();
    for (int u = 0; u < goldUnits.size(); u++) {
      Span g = goldUnits.get(u);
      SystemQuote best = null;
      int bestOverlap = 0;
      for (SystemQuote q : sys) {
        int o = overlap(g, QuoteMarks.trim(text, q.content()));
        if (o > bestOverlap) {
          best = q;
          bestOverlap = o;
        }
      }
      if (best == null) {
        out.add(gold.name() + " MISS " + goldLabels.get(u) + " «" + flat(g.of(text)) + "»");
      } else if (!QuoteMarks.trim(text, best.content()).equals(g)) {
        out.add(
            gold.name()
                + " PART "
                + goldLabels.get(u)
                + " «"
                + flat(g.of(text))
                + "»  system ["
                + best.rule()
                + "] «"
                + flat(QuoteMarks.trim(text, best.content()).of(text))
                + "»");
      }
    }
    for (SystemQuote q : sys) {
      Span t = QuoteMarks.trim(text, q.content());
      if (goldUnits.stream().noneMatch(g -> g.overlaps(t))) {
        out.add(gold.name() + " FP [" + q.rule() + "] «" + flat(t.of(text)) + "»");
      }
    }
    return out;
  }

  private static String flat(String s) {
    return s.replace('\n', ' ');
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static SpeakerCounts speakers(
      GoldArticle gold,
      List<SystemQuote> system,
      SpeakerMatcher matcher,
      boolean directOnly,
      List<String> errors) {
    int n = 0;
    int found = 0;
    int correct = 0;
    for (GoldAttribution a : gold.attributions()) {
      if (directOnly && !a.direct() || !a.hasSource()) {
        continue;
      }
      n++;
      // A direct quotation is answered by the system's direct quotation of it when there is one,
      // not by reported speech around it.
      Optional<SystemQuote> answer =
          answer(
                  gold.text(),
                  a,
                  a.direct() ? system.stream().filter(SystemQuote::direct).toList() : system)
              .or(() -> answer(gold.text(), a, system));
      if (answer.isEmpty()) {
        errors.add(describe(gold, a, "no quote found"));
        continue;
      }
      found++;
      if (matcher.matches(answer.get(), a)) {
        correct++;
      } else {
        SystemQuote q = answer.get();
        String said =
            q.speakerNames().isEmpty() ? "no speaker" : String.join(" / ", q.speakerNames());
        errors.add(describe(gold, a, said + " [" + q.rule() + "]"));
      }
    }
    return new SpeakerCounts(n, found, correct);
  }

  private static Optional<SystemQuote> answer(
      String text, GoldAttribution a, List<SystemQuote> system) {
    SystemQuote best = null;
    int bestOverlap = 0;
    for (SystemQuote q : system) {
      Span t = QuoteMarks.trim(text, q.content());
      int o = 0;
      for (Span f : a.content()) {
        o += overlap(f, t);
      }
      if (o > bestOverlap) {
        best = q;
        bestOverlap = o;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String describe(GoldArticle gold, GoldAttribution a, String system) {
    String source = String.join(" ", a.source().stream().map(s -> s.of(gold.text())).toList());
    String content = a.content().get(0).of(gold.text()).replace('\n', ' ');
    if (content.length() > 70) {
      content = content.substring(0, 67) + "...";
    }
    return gold.name()
        + " "
        + a.id()
        + "  gold: "
        + source
        + "  system: "
        + system
        + "  «"
        + content
        + "»";
  }
}
