package io.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Actor;
import io.herald.model.DateSource;
import io.herald.model.Event;
import io.herald.model.Modality;
import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleCoderTest {
  private static final ParsedArticle CALL = Fixtures.parsed("korea-japan-call");
  private static final Coding CALL_CODED = Fixtures.CODER.code(CALL);
  private static final ParsedArticle STRIKES = Fixtures.parsed("odesa-strikes");
  private static final Coding STRIKES_CODED = Fixtures.CODER.code(STRIKES);

  private static Actor actor(Coding c, String name) {
    return c.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<Event> events(Coding c, String cameo) {
    return c.events().stream().filter(e -> e.cameo().code().equals(cameo)).toList();
  }

  @Test
  void titles_before_names_give_office_and_country() {
    assertThat(actor(CALL_CODED, "Kim Min-jun").code().value()).isEqualTo("KORGOV");
    assertThat(actor(CALL_CODED, "Kim Min-jun").role()).isEqualTo("President");
    assertThat(actor(CALL_CODED, "Taro Yamada").code().value()).isEqualTo("JPNGOV");
    assertThat(actor(STRIKES_CODED, "Olena Marchenko").code().value()).isEqualTo("UKRGOV");
  }

  @Test
  void former_office_holder_is_not_current_government() {
    Actor park = actor(CALL_CODED, "Park Ji-ho");
    assertThat(park.role()).isEqualTo("former President");
    assertThat(park.sector()).isEqualTo("ELI");
    assertThat(park.country()).isEqualTo("KOR");
  }

  @Test
  void codes_phone_talks_as_consult_by_telephone_dated_by_its_clause() {
    List<Event> calls = events(CALL_CODED, "041");
    assertThat(calls).isNotEmpty();
    Event call = calls.get(0);
    assertThat(call.source()).extracting(p -> p.code().value()).containsExactly("KORGOV");
    assertThat(call.target()).extracting(p -> p.code().value()).containsExactly("JPNGOV");
    assertThat(call.date()).contains(LocalDate.parse("2025-03-03"));
    assertThat(call.dateSource()).isEqualTo(DateSource.CLAUSE);
    assertThat(call.cameo().quadClass()).isEqualTo(1);
    assertThat(call.trigger().of(CALL.text())).isEqualTo("phone talks");
  }

  @Test
  void did_not_meet_is_negated_not_asserted() {
    List<Event> meetings = events(CALL_CODED, "040");
    assertThat(meetings).isNotEmpty().allSatisfy(e -> assertThat(e.negated()).isTrue());
    assertThat(meetings).noneMatch(Event::asserted);
  }

  @Test
  void pronoun_after_a_named_subject_refers_to_that_subject() {
    Actor park = actor(CALL_CODED, "Park Ji-ho");
    int he = CALL.text().indexOf("but he did not") + 4;
    assertThat(park.mentions()).contains(new Span(he, he + 2));
    assertThat(events(CALL_CODED, "040").get(0).source())
        .extracting(p -> p.actorId())
        .containsExactly(park.id());
  }

  @Test
  void said_he_would_visit_is_a_stated_intent_to_meet_not_a_visit() {
    assertThat(events(CALL_CODED, "042")).isEmpty();
    assertThat(events(CALL_CODED, "036"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
              assertThat(e.evidence().rule()).isEqualTo("event.verb.visit.intent");
              assertThat(CALL.text().substring(e.trigger().start(), e.trigger().end()))
                  .isEqualTo("visit");
            });
  }

  @Test
  void attributes_quote_to_speaker_named_by_surname_only() {
    Quote q = CALL_CODED.quotes().get(0);
    assertThat(q.text()).isEqualTo("We will not tolerate any provocation");
    assertThat(q.speaker()).isPresent();
    assertThat(q.speaker().get().actorId()).isEqualTo(actor(CALL_CODED, "Kim Min-jun").id());
    assertThat(q.speaker().get().span().of(CALL.text())).isEqualTo("Kim");
  }

  @Test
  void attributes_quote_to_she_through_the_previous_subject() {
    Quote q = STRIKES_CODED.quotes().get(0);
    assertThat(q.speaker().map(s -> s.actorId()))
        .isEqualTo(Optional.of(actor(STRIKES_CODED, "Olena Marchenko").id()));
  }

  @Test
  void weekday_in_past_tense_news_is_the_last_such_day() {
    assertThat(CALL_CODED.times())
        .filteredOn(t -> t.text().equals("Sunday"))
        .extracting(TimeExpression::value)
        .containsExactly("2025-03-02");
    assertThat(STRIKES_CODED.times())
        .filteredOn(t -> t.text().contains("Tuesday"))
        .extracting(TimeExpression::value)
        .containsExactly("2025-06-10");
  }

  @Test
  void coordinated_verb_shares_its_subject_and_capital_object_is_a_government() {
    List<Event> accusations = events(STRIKES_CODED, "112");
    assertThat(accusations).hasSize(1);
    assertThat(accusations.get(0).source())
        .extracting(p -> p.code().value())
        .containsExactly("RUSGOV");
    assertThat(accusations.get(0).target())
        .extracting(p -> p.code().value())
        .containsExactly("UKRGOV");
  }

  @Test
  void military_attack_is_material_conflict() {
    List<Event> attacks = events(STRIKES_CODED, "190");
    assertThat(attacks).isNotEmpty();
    assertThat(attacks.get(0).source()).extracting(p -> p.code().value()).containsExactly("RUSMIL");
    assertThat(attacks.get(0).cameo().quadClass()).isEqualTo(4);
    assertThat(attacks.get(0).cameo().goldstein()).isNegative();
  }

  @Test
  void condemning_the_attack_is_not_itself_an_attack_by_the_critic() {
    Actor minister = actor(STRIKES_CODED, "Olena Marchenko");
    assertThat(STRIKES_CODED.events())
        .filteredOn(e -> e.cameo().root().equals("19"))
        .allSatisfy(e -> assertThat(e.source()).noneMatch(p -> p.actorId().equals(minister.id())));
    assertThat(events(STRIKES_CODED, "111"))
        .extracting(e -> e.source().get(0).actorId())
        .containsExactly(minister.id());
  }

  @Test
  void every_span_lies_inside_the_text_and_every_reference_resolves() {
    for (ParsedArticle p : List.of(CALL, STRIKES, Fixtures.parsed("meantime-87805"))) {
      Coding c = Fixtures.CODER.code(p);
      int n = p.text().length();
      List<String> ids = c.actors().stream().map(Actor::id).toList();
      for (Actor a : c.actors()) {
        assertThat(a.mentions()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(n));
      }
      for (Event e : c.events()) {
        assertThat(e.trigger().end()).isLessThanOrEqualTo(n);
        e.source().forEach(s -> assertThat(ids).contains(s.actorId()));
        e.target().forEach(s -> assertThat(ids).contains(s.actorId()));
      }
      for (Quote q : c.quotes()) {
        assertThat(q.span().of(p.text())).isEqualTo(q.text());
        q.speaker().ifPresent(s -> assertThat(s.span().end()).isLessThanOrEqualTo(n));
      }
    }
  }
}
