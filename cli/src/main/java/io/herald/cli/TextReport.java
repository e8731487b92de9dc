package io.herald.cli;

import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Event;
import io.herald.model.Participant;
import io.herald.model.Place;
import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A readable report of one analysed article: each event with its sentence, source and target marked
 * {@code [S ...]} and {@code [T ...]}, the trigger in braces, and the rule that fired; then actors,
 * quotes, places and times.
 */
final class TextReport {

  String render(AnalyzedArticle a) {
    StringBuilder b = new StringBuilder();
    String text = a.article().text();
    Map<String, Actor> actors = new HashMap<>();
    a.actors().forEach(x -> actors.put(x.id(), x));
    Map<String, Place> places = new HashMap<>();
    a.places().forEach(x -> places.put(x.id(), x));
    b.append("== ")
        .append(a.article().title().isEmpty() ? "(untitled)" : a.article().title())
        .append('\n');
    b.append("   id ")
        .append(a.article().id())
        .append(" · date ")
        .append(a.article().date().map(Object::toString).orElse("unknown"))
        .append(" · ")
        .append(a.sentences().size())
        .append(" sentences\n\n");
    long asserted = a.events().stream().filter(Event::asserted).count();
    b.append("EVENTS (")
        .append(asserted)
        .append(" asserted, ")
        .append(a.events().size() - asserted)
        .append(" negated or not asserted)\n");
    for (Event e : a.events()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-4s %-34s %s -> %s%n",
              e.id(),
              e.cameo().code(),
              e.cameo().name(),
              side(e.source(), actors),
              side(e.target(), actors)));
      b.append(
          String.format(
              Locale.ROOT,
              "       quad %d · goldstein %+.1f · PLOVER %s · date %s (%s)%s%s%n",
              e.cameo().quadClass(),
              e.cameo().goldstein(),
              e.plover().type(),
              e.date().map(Object::toString).orElse("unknown"),
              e.dateSource().jsonName(),
              e.placeId().isEmpty() ? "" : " · at " + places.get(e.placeId()).name(),
              e.negated()
                  ? " · NEGATED"
                  : e.asserted() ? "" : " · " + e.modality().jsonName().toUpperCase(Locale.ROOT)));
      b.append("       rule ").append(e.evidence().rule()).append('\n');
      b.append("       « ").append(highlight(a, e, actors)).append(" »\n");
    }
    b.append("\nACTORS\n");
    for (Actor x : a.actors()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-10s %-30s %-24s %2d mentions · %s%n",
              x.id(),
              x.code().value(),
              x.name(),
              x.role().isEmpty() ? "-" : x.role(),
              x.mentions().size(),
              x.evidence().rule()));
    }
    b.append("\nQUOTES\n");
    for (Quote q : a.quotes()) {
      String speaker =
          q.speaker()
              .map(
                  s ->
                      s.name()
                          + (s.actorId().isEmpty()
                              ? ""
                              : " (" + actors.get(s.actorId()).code() + ")"))
              .orElse("(no speaker in the text)");
      b.append("  ").append(q.id()).append(" “").append(shorten(q.text(), 90)).append("”\n");
      b.append("       — ")
          .append(speaker)
          .append(q.cue().isEmpty() ? "" : " · cue " + q.cue())
          .append(q.negated() ? " · NEGATED" : "")
          .append(" · ")
          .append(q.evidence().rule())
          .append('\n');
    }
    b.append("\nPLACES\n");
    for (Place p : a.places()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-22s %-26s %-9s %8.4f %9.4f %s%s · %s%n",
              p.id(),
              shorten(p.span().of(text), 22),
              p.name(),
              p.kind().jsonName(),
              p.lat(),
              p.lon(),
              p.country().isEmpty() ? "-" : p.country(),
              p.adjectival() ? " (adjectival)" : "",
              p.evidence().rule()));
    }
    b.append("\nTIMES\n");
    for (TimeExpression t : a.times()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-24s %-10s %s · %s%n",
              t.id(),
              t.text(),
              t.type(),
              t.value(),
              t.evidence().rule()));
    }
    for (String problem : a.problems()) {
      b.append("\nNOTE ").append(problem).append('\n');
    }
    return b.toString();
  }

  private static String side(List<Participant> ps, Map<String, Actor> actors) {
    if (ps.isEmpty()) {
      return "(none)";
    }
    List<String> out = new ArrayList<>();
    for (Participant p : ps) {
      out.add(actors.get(p.actorId()).name() + " [" + p.code() + "]");
    }
    return String.join(", ", out);
  }

  /** The evidence sentence with source, target and trigger marked. */
  private static String highlight(AnalyzedArticle a, Event e, Map<String, Actor> actors) {
    Span sentence = e.evidence().span();
    String text = a.article().text();
    List<Span> spans = new ArrayList<>();
    List<String> open = new ArrayList<>();
    addMarks(e.source(), actors, sentence, "[S ", spans, open);
    addMarks(e.target(), actors, sentence, "[T ", spans, open);
    spans.add(e.trigger());
    open.add("{");
    StringBuilder b = new StringBuilder();
    int pos = sentence.start();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> spans.get(x).compareTo(spans.get(y)));
    for (int i : order) {
      Span s = spans.get(i);
      if (s.start() < pos || !sentence.contains(s)) {
        continue;
      }
      b.append(text, pos, s.start())
          .append(open.get(i))
          .append(text, s.start(), s.end())
          .append(open.get(i).equals("{") ? "}" : "]");
      pos = s.end();
    }
    b.append(text, pos, sentence.end());
    return b.toString().replace('\n', ' ');
  }

  private static void addMarks(
      List<Participant> ps,
      Map<String, Actor> actors,
      Span sentence,
      String mark,
      List<Span> spans,
      List<String> open) {
    for (Participant p : ps) {
      for (Span m : actors.get(p.actorId()).mentions()) {
        if (sentence.contains(m)) {
          spans.add(m);
          open.add(mark);
        }
      }
    }
  }

  private static String shorten(String s, int max) {
    String one = s.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
