package io.herald.store;

import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small database for export tests: one story reported twice, and an undated protest story. */
final class ExportFixtures {
  /** A URL and a name with a tab, quotes, a comma and a newline, which exports must survive. */
  static final String AWKWARD_URL = "https://www.wire.example/a?b=1\tc,\"d\"\nx";

  static final String AWKWARD_NAME = "Taro \"T.\"\tYamada,\nPM";
  static final String WIRE_TITLE = "Leaders \"talk\", agree";
  static final Instant FIRST = Instant.parse("2024-10-09T12:00:00Z");
  static final Instant SECOND = Instant.parse("2024-10-10T08:30:05Z");

  private ExportFixtures() {}

  /**
   * The phone-call story as a wire service ran it, saved first: its own id, date, source and an
   * awkward URL and source name; its "agreed" event located in Tokyo.
   */
  static AnalyzedArticle wireCopy() {
    AnalyzedArticle call = Fixtures.phoneCall();
    Article a =
        new Article(
            "wire-7",
            WIRE_TITLE,
            Fixtures.CALL_TEXT,
            Optional.of(LocalDate.of(2024, 10, 9)),
            "Wire\tService",
            AWKWARD_URL);
    List<Actor> actors = new ArrayList<>();
    for (Actor x : call.actors()) {
      actors.add(
          x.id().equals("a1")
              ? new Actor(
                  x.id(),
                  AWKWARD_NAME,
                  x.kind(),
                  x.code(),
                  x.country(),
                  x.sector(),
                  x.role(),
                  x.mentions(),
                  x.evidence())
              : x);
    }
    List<Event> events = new ArrayList<>();
    for (Event e : call.events()) {
      events.add(
          e.id().equals("e2")
              ? new Event(
                  e.id(),
                  e.cameo(),
                  e.plover(),
                  e.source(),
                  e.target(),
                  e.date(),
                  e.dateSource(),
                  "p3",
                  e.negated(),
                  e.modality(),
                  e.trigger(),
                  e.evidence())
              : e);
    }
    return new AnalyzedArticle(
        a,
        call.sentences(),
        call.entities(),
        actors,
        events,
        call.quotes(),
        call.places(),
        call.times(),
        call.problems());
  }

  /** Saves the wire copy at {@link #FIRST}, then the original story and the protest at SECOND. */
  static void build(java.nio.file.Path db) {
    try (Store store = Store.open(db, Clock.fixed(FIRST, ZoneOffset.UTC))) {
      store.save(wireCopy());
    }
    try (Store store = Store.open(db, Clock.fixed(SECOND, ZoneOffset.UTC))) {
      store.save(Fixtures.phoneCall());
      store.save(Fixtures.protest());
    }
  }
}
