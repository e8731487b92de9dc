package io.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Actor;
import io.herald.model.ActorCode;
import io.herald.model.ActorKind;
import io.herald.model.Article;
import io.herald.model.DateSource;
import io.herald.model.Event;
import io.herald.model.Evidence;
import io.herald.model.Modality;
import io.herald.model.Participant;
import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.Span;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.PloverType;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A country's own people acting on a place in it aim at that country (domestic events), except its
 * forces fighting at home and its officials visiting at home. Hand-built sentence "X VERBED in CITY
 * ." with the place's country given, no models.
 */
class DomesticPlaceTargetTest {
  private static final String TEXT = "Sudan lifted curbs in Nyala .";

  private static ParsedArticle parsed() {
    return parsed(
        TEXT,
        "Sudan/NNP lifted/VBD curbs/NNS in/IN Nyala/NNP ./.",
        List.of(
            new Dependency(1, 0, "nsubj"),
            new Dependency(-1, 1, "root"),
            new Dependency(1, 2, "obj"),
            new Dependency(4, 3, "case"),
            new Dependency(1, 4, "obl:in"),
            new Dependency(1, 5, "punct")));
  }

  private static ParsedArticle parsed(String text, String words, List<Dependency> deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String spec : words.split(" ")) {
      String[] w = spec.split("/");
      int start = text.indexOf(w[0], at);
      at = start + w[0].length();
      tokens.add(
          new Token(
              tokens.size(),
              w[0],
              w[0].toLowerCase(Locale.ROOT),
              w[1],
              "O",
              "",
              new Span(start, at)));
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, deps);
    Article a = new Article("t", "", text, Optional.empty(), "test", "");
    return new ParsedArticle(a, List.of(s), List.of(), List.of(), List.of(), List.of());
  }

  private static Event event(String code) {
    return event(code, "SDNGOV");
  }

  private static Event event(String code, String source) {
    return new Event(
        "e1",
        new CameoCode(
            code,
            "test",
            0.0,
            CameoCode.quadClassOfRoot(code.substring(0, 2)),
            code.substring(0, 2)),
        new PloverType("CONCEDE", "", ""),
        List.of(new Participant("a1", new ActorCode(source))),
        List.of(),
        Optional.empty(),
        DateSource.UNKNOWN,
        "",
        false,
        Modality.ASSERTED,
        new Span(6, 12),
        new Evidence(0, new Span(0, TEXT.length()), "test"));
  }

  private static List<String> targets(String code) {
    return targets(parsed(), code, new Span(22, 27));
  }

  private static List<String> targets(ParsedArticle parsed, String code, Span nyalaAt) {
    return targets(parsed, event(code), nyalaAt);
  }

  private static List<String> targets(ParsedArticle parsed, Event event, Span nyalaAt) {
    Actor sudan =
        new Actor(
            "a1",
            "Sudan",
            ActorKind.COUNTRY,
            new ActorCode("SDNGOV"),
            "SDN",
            "GOV",
            "",
            List.of(new Span(0, 5)),
            new Evidence(0, new Span(0, 5), "test"));
    Place nyala =
        new Place(
            "p1",
            "Nyala",
            nyalaAt,
            12.05,
            24.88,
            "SDN",
            PlaceKind.CITY,
            0,
            false,
            new Evidence(0, nyalaAt, "test"));
    EventPlacer.Placed placed =
        new EventPlacer().place(parsed, List.of(event), List.of(nyala), List.of(sudan));
    return placed.events().get(0).target().stream().map(p -> p.code().value()).toList();
  }

  @Test
  void a_concession_at_home_is_aimed_at_the_countrys_own_people() {
    assertThat(targets("0814")).containsExactly("SDN");
  }

  @Test
  void a_sanction_or_threat_on_a_place_is_aimed_at_its_country() {
    assertThat(targets("162")).containsExactly("SDN");
    assertThat(targets("1723")).containsExactly("SDN");
  }

  @Test
  void force_at_home_is_not_aimed_at_ones_own_country() {
    assertThat(targets("190")).isEmpty();
  }

  @Test
  void rebels_fighting_at_home_fight_their_own_country() {
    assertThat(targets(parsed(), event("190", "SDNREB"), new Span(22, 27))).containsExactly("SDN");
  }

  @Test
  void a_statement_acts_on_no_place() {
    assertThat(targets("051")).isEmpty();
  }

  @Test
  void the_place_of_the_city_of_a_name_is_the_named_city() {
    String text = "Sudan lifted curbs in the city of Nyala .";
    ParsedArticle p =
        parsed(
            text,
            "Sudan/NNP lifted/VBD curbs/NNS in/IN the/DT city/NN of/IN Nyala/NNP ./.",
            List.of(
                new Dependency(1, 0, "nsubj"),
                new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"),
                new Dependency(5, 3, "case"),
                new Dependency(5, 4, "det"),
                new Dependency(1, 5, "obl:in"),
                new Dependency(7, 6, "case"),
                new Dependency(5, 7, "nmod:of"),
                new Dependency(1, 8, "punct")));
    assertThat(targets(p, "0814", new Span(34, 39))).containsExactly("SDN");
  }
}
