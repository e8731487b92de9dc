package io.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.PetrarchDiscards;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Event;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A PETRARCH discard list (config key {@code dictionary.discards}) silences what it matches. */
class DiscardListTest {
  private static PetrarchDiscards list(String text) throws IOException {
    return PetrarchDiscards.read(new StringReader(text), "test-discards.txt");
  }

  private static List<String> sentencesWithEvents(ParsedArticle p, AnalyzedArticle a) {
    return a.events().stream()
        .map(Event::evidence)
        .filter(e -> e.sentence() >= 0)
        .map(e -> p.sentences().get(e.sentence()).span().of(p.text()))
        .distinct()
        .toList();
  }

  @Test
  void a_phrase_drops_the_events_of_its_sentences_only() throws IOException {
    ParsedArticle p = ParsedFixtures.parsed("odesa-strikes");
    AnalyzedArticle all = ParsedFixtures.pipeline().code(p);
    List<String> before = sentencesWithEvents(p, all);
    assertThat(before).anyMatch(s -> s.contains("air defense")).hasSizeGreaterThan(1);

    AnalyzedArticle some =
        ParsedFixtures.pipeline(Optional.of(list("# weapons talk\nAIR_DEFENSE\n"))).code(p);

    List<String> after = sentencesWithEvents(p, some);
    assertThat(after).noneMatch(s -> s.contains("air defense"));
    assertThat(after)
        .containsExactlyElementsOf(
            before.stream().filter(s -> !s.contains("air defense")).toList());
    assertThat(some.actors()).isEqualTo(all.actors()).as("actors are not events");
  }

  @Test
  void a_story_phrase_drops_every_event_and_a_phrase_it_lacks_drops_none() throws IOException {
    ParsedArticle p = ParsedFixtures.parsed("odesa-strikes");
    int events = ParsedFixtures.pipeline().code(p).events().size();
    assertThat(events).isPositive();

    assertThat(ParsedFixtures.pipeline(Optional.of(list("+ODESA\n"))).code(p).events()).isEmpty();
    assertThat(ParsedFixtures.pipeline(Optional.of(list("+TYPHOON\nBASEBALL\n"))).code(p).events())
        .hasSize(events);
  }
}
