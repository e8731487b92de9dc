package io.herald.store;

import io.herald.model.Actor;
import io.herald.model.ActorCode;
import io.herald.model.ActorKind;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.DateSource;
import io.herald.model.Event;
import io.herald.model.Evidence;
import io.herald.model.Modality;
import io.herald.model.Participant;
import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.Speaker;
import io.herald.model.TimeExpression;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small hand-built analysed articles whose spans are computed from their own text. */
final class Fixtures {
  static final CameoCodebook CODEBOOK = CameoCodebook.load();

  static final String CALL_TEXT =
      "Japan's Prime Minister Taro Yamada held phone talks with U.S. President John Smith on"
          + " Monday. \"We agreed to strengthen the alliance and hope to meet in Washington next"
          + " month,\" Yamada told reporters in Tokyo.";

  static final String PROTEST_TEXT =
      "Japan protested to China on Tuesday after Chinese coast guard ships entered waters near"
          + " disputed islands in the East China Sea. Beijing did not apologise.";

  private Fixtures() {}

  /**
   * Dated article with two actors, three events (one intended), a quote, three places and two
   * times.
   */
  static AnalyzedArticle phoneCall() {
    return phoneCall("Yamada and Smith hold phone talks", CALL_TEXT);
  }

  /** The phone-call analysis over another title and text that keep the same offsets. */
  static AnalyzedArticle phoneCall(String title, String text) {
    Article article =
        new Article(
            "news-1",
            title,
            text,
            Optional.of(LocalDate.of(2024, 10, 8)),
            "Example News",
            "https://example.com/news/1");
    String t = CALL_TEXT;
    Span s0 = new Span(0, t.indexOf('"'));
    Span s1 = new Span(t.indexOf('"'), t.length());
    Span yamada = at(t, "Taro Yamada", 0);
    Span yamada2 = at(t, "Yamada", s1.start());
    Actor a1 =
        new Actor(
            "a1",
            "Taro Yamada",
            ActorKind.PERSON,
            new ActorCode("JPNGOV"),
            "JPN",
            "GOV",
            "Prime Minister",
            List.of(yamada, yamada2),
            new Evidence(0, at(t, "Japan's Prime Minister Taro Yamada", 0), "actor.person.office"));
    Actor a2 =
        new Actor(
            "a2",
            "John Smith",
            ActorKind.PERSON,
            new ActorCode("USAGOV"),
            "USA",
            "GOV",
            "President",
            List.of(at(t, "John Smith", 0)),
            new Evidence(0, at(t, "U.S. President John Smith", 0), "actor.person.office"));
    Participant jpn = new Participant("a1", a1.code());
    Participant usa = new Participant("a2", a2.code());
    Event call =
        event(
            "e1",
            "041",
            List.of(jpn),
            List.of(usa),
            Optional.of(LocalDate.of(2024, 10, 7)),
            DateSource.CLAUSE,
            "",
            false,
            Modality.ASSERTED,
            at(t, "phone talks", 0),
            new Evidence(0, s0, "event.noun.phone_talks"));
    Event agree =
        event(
            "e2",
            "030",
            List.of(jpn),
            List.of(usa),
            Optional.of(LocalDate.of(2024, 10, 8)),
            DateSource.ARTICLE,
            "",
            false,
            Modality.ASSERTED,
            at(t, "agreed", 0),
            new Evidence(1, s1, "event.verb.agree_to"));
    Event visit =
        event(
            "e3",
            "042",
            List.of(jpn),
            List.of(usa),
            Optional.empty(),
            DateSource.UNKNOWN,
            "p2",
            false,
            Modality.INTENDED,
            at(t, "meet", 0),
            new Evidence(1, s1, "event.verb.meet"));
    Quote quote =
        new Quote(
            "q1",
            "We agreed to strengthen the alliance and hope to meet in Washington next month",
            at(
                t,
                "We agreed to strengthen the alliance and hope to meet in Washington next month",
                0),
            true,
            "told",
            false,
            Optional.of(new Speaker("a1", "Yamada", yamada2)),
            new Evidence(1, s1, "quote.direct.cue"));
    List<Place> places =
        List.of(
            new Place(
                "p1",
                "Japan",
                at(t, "Japan", 0),
                36.0,
                138.0,
                "JPN",
                PlaceKind.COUNTRY,
                1861060,
                false,
                new Evidence(0, at(t, "Japan", 0), "geo.gazetteer")),
            new Place(
                "p2",
                "Washington",
                at(t, "Washington", 0),
                38.89511,
                -77.03637,
                "USA",
                PlaceKind.CITY,
                4140963,
                false,
                new Evidence(1, at(t, "Washington", 0), "geo.gazetteer")),
            new Place(
                "p3",
                "Tokyo",
                at(t, "Tokyo", 0),
                35.6895,
                139.69171,
                "JPN",
                PlaceKind.CITY,
                1850147,
                false,
                new Evidence(1, at(t, "Tokyo", 0), "geo.gazetteer")));
    List<TimeExpression> times =
        List.of(
            new TimeExpression(
                "t1",
                "Monday",
                at(t, "Monday", 0),
                "DATE",
                "2024-10-07",
                new Evidence(0, at(t, "Monday", 0), "corenlp.sutime")),
            new TimeExpression(
                "t2",
                "next month",
                at(t, "next month", 0),
                "DATE",
                "2024-11",
                new Evidence(1, at(t, "next month", 0), "corenlp.sutime")));
    return new AnalyzedArticle(
        article,
        List.of(s0, s1),
        List.of(),
        List.of(a1, a2),
        List.of(call, agree, visit),
        List.of(quote),
        places,
        times,
        List.of());
  }

  /**
   * Undated article without title, source or URL: three actors, three events (one negated, one
   * without target), no quotes, a place without country or GeoNames id, and one problem.
   */
  static AnalyzedArticle protest() {
    String t = PROTEST_TEXT;
    Article article = new Article("news-2", "", t, Optional.empty(), "", "");
    Span s0 = new Span(0, t.indexOf("Beijing") - 1);
    Span s1 = new Span(t.indexOf("Beijing"), t.length());
    Actor japan = country("b1", "Japan", "JPN", List.of(at(t, "Japan", 0)));
    Actor china = country("b2", "China", "CHN", List.of(at(t, "China", 0), at(t, "Beijing", 0)));
    Actor guard =
        new Actor(
            "b3",
            "China Coast Guard",
            ActorKind.ORGANIZATION,
            new ActorCode("CHNMIL"),
            "CHN",
            "MIL",
            "",
            List.of(at(t, "Chinese coast guard", 0)),
            new Evidence(0, at(t, "Chinese coast guard", 0), "actor.org.dictionary"));
    Participant jpn = new Participant("b1", japan.code());
    Participant chn = new Participant("b2", china.code());
    Event protest =
        event(
            "f1",
            "114",
            List.of(jpn),
            List.of(chn),
            Optional.empty(),
            DateSource.UNKNOWN,
            "",
            false,
            Modality.ASSERTED,
            at(t, "protested", 0),
            new Evidence(0, s0, "event.verb.protest"));
    Event incursion =
        event(
            "f2",
            "150",
            List.of(new Participant("b3", guard.code())),
            List.of(),
            Optional.empty(),
            DateSource.UNKNOWN,
            "q1",
            false,
            Modality.ASSERTED,
            at(t, "entered", 0),
            new Evidence(0, s0, "event.verb.enter_waters"));
    Event apology =
        event(
            "f3",
            "055",
            List.of(chn),
            List.of(jpn),
            Optional.empty(),
            DateSource.UNKNOWN,
            "",
            true,
            Modality.ASSERTED,
            at(t, "apologise", 0),
            new Evidence(1, s1, "event.verb.apologize"));
    List<Place> places =
        List.of(
            new Place(
                "q1",
                "East China Sea",
                at(t, "East China Sea", 0),
                29.0,
                125.0,
                "",
                PlaceKind.SEA,
                0,
                false,
                new Evidence(0, at(t, "East China Sea", 0), "geo.water_body")),
            new Place(
                "q2",
                "China",
                at(t, "Chinese", 0),
                35.0,
                105.0,
                "CHN",
                PlaceKind.COUNTRY,
                1814991,
                true,
                new Evidence(0, at(t, "Chinese", 0), "geo.demonym")));
    TimeExpression tuesday =
        new TimeExpression(
            "u1",
            "Tuesday",
            at(t, "Tuesday", 0),
            "DATE",
            "XXXX-WXX-2",
            new Evidence(0, at(t, "Tuesday", 0), "corenlp.sutime"));
    return new AnalyzedArticle(
        article,
        List.of(s0, s1),
        List.of(),
        List.of(japan, china, guard),
        List.of(protest, incursion, apology),
        List.of(),
        places,
        List.of(tuesday),
        List.of("no article date: weekday Tuesday left unresolved"));
  }

  private static Actor country(String id, String name, String iso3, List<Span> mentions) {
    return new Actor(
        id,
        name,
        ActorKind.COUNTRY,
        new ActorCode(iso3),
        iso3,
        "",
        "",
        mentions,
        new Evidence(0, mentions.get(0), "actor.country.name"));
  }

  private static Event event(
      String id,
      String cameo,
      List<Participant> source,
      List<Participant> target,
      Optional<LocalDate> date,
      DateSource dateSource,
      String placeId,
      boolean negated,
      Modality modality,
      Span trigger,
      Evidence evidence) {
    CameoCode code = CODEBOOK.require(cameo);
    return new Event(
        id,
        code,
        CODEBOOK.ploverOf(code),
        source,
        target,
        date,
        dateSource,
        placeId,
        negated,
        modality,
        trigger,
        evidence);
  }

  /** The first occurrence of {@code needle} at or after {@code from}. */
  static Span at(String text, String needle, int from) {
    int start = text.indexOf(needle, from);
    if (start < 0) {
      throw new IllegalArgumentException("'" + needle + "' not in fixture text");
    }
    return new Span(start, start + needle.length());
  }
}
