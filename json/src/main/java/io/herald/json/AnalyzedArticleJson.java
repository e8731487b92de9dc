package io.herald.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Event;
import io.herald.model.Evidence;
import io.herald.model.Participant;
import io.herald.model.Place;
import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.TimeExpression;
import io.herald.model.text.EntityMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an {@link AnalyzedArticle} in Herald's JSON schema v1, the contract every consumer reads.
 * Field names and shapes are documented in the README; absent values are JSON {@code null}.
 */
public final class AnalyzedArticleJson {
  /** Version written in every document's {@code schema} field. */
  public static final String SCHEMA = "herald/v1";

  private final ObjectMapper mapper =
      new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  /** One line of JSON, without a trailing newline. */
  public String write(AnalyzedArticle a) {
    try {
      return mapper.writeValueAsString(tree(a));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write article " + a.article().id(), e);
    }
  }

  /** The document as a tree, for callers that embed it. */
  public ObjectNode tree(AnalyzedArticle a) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    ObjectNode art = root.putObject("article");
    art.put("id", a.article().id());
    art.put("title", orNull(a.article().title()));
    art.put("date", a.article().date().map(Object::toString).orElse(null));
    art.put("source", orNull(a.article().source()));
    art.put("url", orNull(a.article().url()));
    art.put("text", a.article().text());
    ArrayNode sentences = root.putArray("sentences");
    for (Span s : a.sentences()) {
      sentences.add(span(s));
    }
    ArrayNode entities = root.putArray("entities");
    for (EntityMention e : a.entities()) {
      ObjectNode n = entities.addObject();
      n.put("text", e.text());
      n.put("type", e.type());
      n.set("span", span(e.span()));
      n.put("sentence", e.sentence());
    }
    ArrayNode actors = root.putArray("actors");
    for (Actor x : a.actors()) {
      actors.add(actor(x));
    }
    ArrayNode events = root.putArray("events");
    for (Event e : a.events()) {
      events.add(event(a, e));
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : a.quotes()) {
      quotes.add(quote(a, q));
    }
    ArrayNode places = root.putArray("places");
    for (Place p : a.places()) {
      places.add(place(p));
    }
    ArrayNode times = root.putArray("times");
    for (TimeExpression t : a.times()) {
      ObjectNode n = times.addObject();
      n.put("id", t.id());
      n.put("text", t.text());
      n.set("span", span(t.span()));
      n.put("type", t.type());
      n.put("value", t.value());
      n.set("evidence", evidence(a, t.evidence()));
    }
    ArrayNode problems = root.putArray("problems");
    a.problems().forEach(problems::add);
    return root;
  }

  private ObjectNode actor(Actor x) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", x.id());
    n.put("name", x.name());
    n.put("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT));
    n.put("code", x.code().value());
    n.put("country", x.country().isEmpty() ? null : x.country());
    n.put("sector", x.sector().isEmpty() ? null : x.sector());
    n.put("role", x.role().isEmpty() ? null : x.role());
    ArrayNode mentions = n.putArray("mentions");
    for (Span s : x.mentions()) {
      mentions.add(span(s));
    }
    ObjectNode ev = n.putObject("evidence");
    ev.put("sentence", x.evidence().sentence());
    ev.set("span", span(x.evidence().span()));
    ev.put("rule", x.evidence().rule());
    return n;
  }

  private ObjectNode event(AnalyzedArticle a, Event e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("cameo", e.cameo().code());
    n.put("cameoName", e.cameo().name());
    n.put("rootCode", e.cameo().root());
    n.put("quadClass", e.cameo().quadClass());
    n.put("goldstein", e.cameo().goldstein());
    ObjectNode plover = n.putObject("plover");
    plover.put("type", e.plover().type());
    plover.put("mode", e.plover().mode().isEmpty() ? null : e.plover().mode());
    plover.put("context", e.plover().context().isEmpty() ? null : e.plover().context());
    n.set("source", participants(e.source()));
    n.set("target", participants(e.target()));
    n.put("date", e.date().map(Object::toString).orElse(null));
    n.put("dateSource", e.dateSource().jsonName());
    n.put("place", e.placeId().isEmpty() ? null : e.placeId());
    n.put("negated", e.negated());
    n.put("modality", e.modality().jsonName());
    n.set("trigger", span(e.trigger()));
    n.set("evidence", evidence(a, e.evidence()));
    return n;
  }

  private ArrayNode participants(List<Participant> ps) {
    ArrayNode arr = mapper.createArrayNode();
    for (Participant p : ps) {
      ObjectNode n = arr.addObject();
      n.put("actor", p.actorId());
      n.put("code", p.code().value());
    }
    return arr;
  }

  private ObjectNode quote(AnalyzedArticle a, Quote q) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", q.id());
    n.put("text", q.text());
    n.set("span", span(q.span()));
    n.put("direct", q.direct());
    n.put("cue", q.cue().isEmpty() ? null : q.cue());
    n.put("negated", q.negated());
    if (q.speaker().isPresent()) {
      ObjectNode s = n.putObject("speaker");
      s.put("actor", q.speaker().get().actorId().isEmpty() ? null : q.speaker().get().actorId());
      s.put("name", q.speaker().get().name());
      s.set("span", span(q.speaker().get().span()));
    } else {
      n.putNull("speaker");
    }
    n.set("evidence", evidence(a, q.evidence()));
    return n;
  }

  private ObjectNode place(Place p) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", p.id());
    n.put("name", p.name());
    n.set("span", span(p.span()));
    n.put("lat", p.lat());
    n.put("lon", p.lon());
    n.put("country", p.country().isEmpty() ? null : p.country());
    n.put("kind", p.kind().jsonName());
    if (p.geonameId() > 0) {
      n.put("geonameId", p.geonameId());
    } else {
      n.putNull("geonameId");
    }
    n.put("adjectival", p.adjectival());
    n.put("rule", p.evidence().rule());
    return n;
  }

  private ObjectNode evidence(AnalyzedArticle a, Evidence e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("sentence", e.sentence());
    n.put("text", a.sentenceText(e.sentence()));
    n.set("span", span(e.span()));
    n.put("rule", e.rule());
    return n;
  }

  private ArrayNode span(Span s) {
    ArrayNode arr = mapper.createArrayNode();
    arr.add(s.start());
    arr.add(s.end());
    return arr;
  }

  /** The model keeps an absent title, source or url as "": the document says null, as the store. */
  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
