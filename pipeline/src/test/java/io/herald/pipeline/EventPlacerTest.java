package io.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Event;
import io.herald.model.Place;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Event locations and place targets on the parsed test stories (no models): stated places only,
 * never a guess; events aimed at a place take its country as target.
 */
class EventPlacerTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = ParsedFixtures.pipeline();
  }

  private static AnalyzedArticle analyzed(String name) throws IOException {
    return pipeline.code(ParsedFixtures.parsed(name));
  }

  private static Actor actor(AnalyzedArticle a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void would_visit_busan_is_aimed_at_south_korea() throws IOException {
    AnalyzedArticle a = analyzed("korea-japan-call");
    Event visit =
        a.events().stream()
            .filter(e -> e.trigger().of(a.article().text()).equals("visit"))
            .findFirst()
            .orElseThrow();
    assertThat(visit.cameo().code()).isEqualTo("036");
    assertThat(visit.target())
        .singleElement()
        .satisfies(p -> assertThat(p.code().value()).isEqualTo("KOR"));
    Actor host = actor(a, visit.target().get(0).actorId());
    assertThat(host.name()).isEqualTo("Busan");
    assertThat(host.evidence().rule()).isEqualTo("event.target.place-country");
    assertThat(host.evidence().span().of(a.article().text())).isEqualTo("Busan");
  }

  @Test
  void a_protest_in_a_foreign_city_is_aimed_at_its_country() throws IOException {
    AnalyzedArticle a = analyzed("stated-intents");
    assertThat(a.events())
        .filteredOn(e -> e.cameo().code().equals("141"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.target()).extracting(p -> p.code().value()).containsExactly("BIH");
              assertThat(e.placeId()).isNotEmpty();
            });
  }

  @Test
  void places_a_launch_into_a_sea_and_a_visit_at_the_city_visited() throws IOException {
    AnalyzedArticle a = analyzed("korea-japan-call");
    assertThat(placeOf(a, "fired"))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Sea of Japan"));
    assertThat(placeOf(a, "visit"))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Busan"));
  }

  @Test
  void leaves_phone_talks_without_a_place_though_the_dateline_names_one() throws IOException {
    AnalyzedArticle a = analyzed("korea-japan-call");
    assertThat(placeOf(a, "phone talks")).isEmpty();
  }

  @Test
  void places_a_meeting_in_the_city_its_sentence_names_as_a_location() throws IOException {
    AnalyzedArticle a = analyzed("odesa-strikes");
    assertThat(placeOf(a, "discuss"))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Brussels"));
  }

  @Test
  void does_not_take_an_origin_or_an_actor_for_the_place() throws IOException {
    AnalyzedArticle a = analyzed("meantime-87805");
    // "buy the plane from Europe": an origin is no place of any act
    assertThat(a.events())
        .noneMatch(
            e ->
                a.places().stream()
                    .anyMatch(p -> p.id().equals(e.placeId()) && p.name().equals("Europe")));
    assertThat(placeOf(a, "recommended")).isEmpty(); // "minister of transport for Indonesia"
  }

  private static Optional<Place> placeOf(AnalyzedArticle a, String trigger) {
    Event e =
        a.events().stream()
            .filter(ev -> ev.trigger().of(a.article().text()).equals(trigger))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event triggered by " + trigger));
    return a.places().stream().filter(p -> p.id().equals(e.placeId())).findFirst();
  }
}
