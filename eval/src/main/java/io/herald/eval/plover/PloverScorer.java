package io.herald.eval.plover;

import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Event;
import io.herald.model.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores Herald's events and actors against PLOVER gold records, one sentence per record.
 *
 * <p>Herald may code several events in a sentence where the gold has one. The <em>main</em> event
 * is Herald's first event (the coder lists a sentence's main-clause events before those of its
 * subordinate clauses, then in text order) that PLOVER has a category for and that is not negated;
 * "any event" asks whether one of Herald's events has the gold type. Actors are scored on the
 * matched event: the event of the gold type if Herald has one, else the main event. Herald writes
 * one event per dyad ("Hungary and Romania agreed" is Hungary→Romania and Romania→Hungary) where a
 * PLOVER record lists every source and target of the act, so the matched event's participants are
 * those of all its dyads: the events with its CAMEO code coded from the same trigger words. A gold
 * actor counts as found when the matched event has a participant of the same country (first three
 * letters of the code), and at the second level of the same full code (country and sector: {@code
 * ISRMIL}).
 */
public final class PloverScorer {
  /** The outcome on one record. */
  public record Outcome(
      PloverRecord gold,
      String mainType,
      boolean anyType,
      boolean mainDyad,
      boolean anyDyad,
      int sourceActors,
      int sourceCountry,
      int sourceCode,
      int targetActors,
      int targetCountry,
      int targetCode,
      int anyCountry,
      int anyCode) {}

  /** Totals over all records. */
  public record Report(List<Outcome> outcomes) {
    public int records() {
      return outcomes.size();
    }

    public long mainTypeRight() {
      return outcomes.stream().filter(o -> o.mainType.equals(o.gold.type())).count();
    }

    public long anyTypeRight() {
      return outcomes.stream().filter(Outcome::anyType).count();
    }

    public long mainDyadRight() {
      return outcomes.stream().filter(Outcome::mainDyad).count();
    }

    public long anyDyadRight() {
      return outcomes.stream().filter(Outcome::anyDyad).count();
    }

    private int sum(java.util.function.ToIntFunction<Outcome> f) {
      return outcomes.stream().mapToInt(f).sum();
    }

    public String actorLines() {
      return String.format(
          Locale.ROOT,
          "source actors: country %s, country+sector %s%n"
              + "target actors: country %s, country+sector %s%n"
              + "all actors:    country %s, country+sector %s%n"
              + "any actor of the sentence (recognition, whatever the event): country %s,"
              + " country+sector %s",
          pct(sum(Outcome::sourceCountry), sum(Outcome::sourceActors)),
          pct(sum(Outcome::sourceCode), sum(Outcome::sourceActors)),
          pct(sum(Outcome::targetCountry), sum(Outcome::targetActors)),
          pct(sum(Outcome::targetCode), sum(Outcome::targetActors)),
          pct(
              sum(o -> o.sourceCountry + o.targetCountry),
              sum(o -> o.sourceActors + o.targetActors)),
          pct(sum(o -> o.sourceCode + o.targetCode), sum(o -> o.sourceActors + o.targetActors)),
          pct(sum(Outcome::anyCountry), sum(o -> o.sourceActors + o.targetActors)),
          pct(sum(Outcome::anyCode), sum(o -> o.sourceActors + o.targetActors)));
    }

    public String eventLines() {
      return String.format(
          Locale.ROOT,
          "type, main event:                 %s%n"
              + "type, any event:                  %s%n"
              + "type + source + target, main:     %s%n"
              + "type + source + target, any:      %s",
          pct(mainTypeRight(), records()),
          pct(anyTypeRight(), records()),
          pct(mainDyadRight(), records()),
          pct(anyDyadRight(), records()));
    }

    /** Gold type → (main predicted type → count). */
    public Map<String, Map<String, Integer>> confusion() {
      Map<String, Map<String, Integer>> out = new TreeMap<>();
      for (Outcome o : outcomes) {
        out.computeIfAbsent(o.gold.type(), k -> new TreeMap<>()).merge(o.mainType, 1, Integer::sum);
      }
      return out;
    }

    static String pct(long n, long d) {
      return String.format(Locale.ROOT, "%5.1f%% (%d/%d)", d == 0 ? 0 : 100.0 * n / d, n, d);
    }
  }

  /** Scores one record against Herald's analysis of its sentence. */
  public Outcome score(PloverRecord gold, AnalyzedArticle a) {
    Map<String, Actor> actors = new HashMap<>();
    a.actors().forEach(x -> actors.put(x.id(), x));
    List<Event> coded = new ArrayList<>();
    for (Event e : a.events()) {
      // Negated events ("did not discuss") are not events of their type; default counts skip them.
      if (!e.plover().type().equals("DROPPED") && !e.negated()) {
        coded.add(e);
      }
    }
    Optional<Event> main = coded.stream().findFirst();
    List<Event> ofType = coded.stream().filter(e -> e.plover().type().equals(gold.type())).toList();
    Optional<Event> matched = ofType.stream().findFirst().or(() -> main);
    boolean mainDyad =
        main.filter(e -> e.plover().type().equals(gold.type()))
            .map(e -> dyad(gold, e))
            .orElse(false);
    boolean anyDyad = ofType.stream().anyMatch(e -> dyad(gold, e));
    List<Participant> sources = new ArrayList<>();
    List<Participant> targets = new ArrayList<>();
    for (Event e : matched.map(m -> dyadsOf(m, coded)).orElse(List.of())) {
      sources.addAll(e.source());
      targets.addAll(e.target());
    }
    int sc = 0;
    int ss = 0;
    for (PloverRecord.Actor g : gold.source()) {
      sc += hasCountry(sources, g) ? 1 : 0;
      ss += hasCode(sources, g) ? 1 : 0;
    }
    int tc = 0;
    int ts = 0;
    for (PloverRecord.Actor g : gold.target()) {
      tc += hasCountry(targets, g) ? 1 : 0;
      ts += hasCode(targets, g) ? 1 : 0;
    }
    int ac = 0;
    int as = 0;
    for (PloverRecord.Actor g : concat(gold.source(), gold.target())) {
      ac += a.actors().stream().anyMatch(x -> x.code().root().equals(g.country())) ? 1 : 0;
      as +=
          a.actors().stream().anyMatch(x -> x.code().value().equals(g.code() + g.sector())) ? 1 : 0;
    }
    return new Outcome(
        gold,
        main.map(e -> e.plover().type()).orElse("NONE"),
        !ofType.isEmpty(),
        mainDyad,
        anyDyad,
        gold.source().size(),
        sc,
        ss,
        gold.target().size(),
        tc,
        ts,
        ac,
        as);
  }

  /** The dyads of one coded act: events with {@code e}'s code, sentence and trigger. */
  private static List<Event> dyadsOf(Event e, List<Event> coded) {
    return coded.stream()
        .filter(
            x ->
                x.cameo().code().equals(e.cameo().code())
                    && x.trigger().equals(e.trigger())
                    && x.evidence().sentence() == e.evidence().sentence())
        .toList();
  }

  private static List<PloverRecord.Actor> concat(
      List<PloverRecord.Actor> a, List<PloverRecord.Actor> b) {
    List<PloverRecord.Actor> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Source and target countries agree with the gold (a gold side with no actors agrees). */
  private static boolean dyad(PloverRecord gold, Event e) {
    boolean source =
        gold.source().isEmpty() || gold.source().stream().anyMatch(g -> hasCountry(e.source(), g));
    boolean target =
        gold.target().isEmpty() || gold.target().stream().anyMatch(g -> hasCountry(e.target(), g));
    return source && target;
  }

  private static boolean hasCountry(List<Participant> ps, PloverRecord.Actor g) {
    return ps.stream().anyMatch(p -> p.code().root().equals(g.country()));
  }

  private static boolean hasCode(List<Participant> ps, PloverRecord.Actor g) {
    String want = g.code() + g.sector();
    return ps.stream().anyMatch(p -> p.code().value().equals(want));
  }
}
