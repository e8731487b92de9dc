package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.Event;
import io.herald.model.Modality;
import io.herald.model.Participant;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stated intentions, refusals, reported obligations and speakers, on the parsed test story. */
class StatedIntentTest {
  private static final ParsedArticle STORY = parsed("stated-intents");
  private static final Coding CODED =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load()).code(STORY);

  private static ParsedArticle parsed(String name) {
    try {
      return new ParsedArticleCodec()
          .read(
              Files.readString(
                  Path.of("..", "testdata", "parsed", name + ".json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Event> inSentence(int sentence) {
    return CODED.events().stream().filter(e -> e.evidence().sentence() == sentence).toList();
  }

  private static List<String> codes(List<Participant> ps) {
    return ps.stream().map(p -> p.code().value()).toList();
  }

  @Test
  void will_not_accept_is_a_rejection_by_the_speaker_the_pronoun_stands_for() {
    // "Turkey says it will not accept further refugees from Syria."
    assertThat(inSentence(0))
        .anySatisfy(
            e -> {
              assertThat(e.cameo().code()).isEqualTo("120");
              assertThat(codes(e.source())).containsExactly("TUR");
              assertThat(e.negated()).isFalse();
              assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
              assertThat(e.evidence().rule()).endsWith(".refused");
            });
  }

  @Test
  void will_give_a_grant_is_an_intent_to_provide_aid() {
    // "Finland will give Tanzania a grant to finance water projects."
    assertThat(inSentence(1))
        .anySatisfy(
            e -> {
              assertThat(e.cameo().code()).isEqualTo("033");
              assertThat(codes(e.source())).containsExactly("FIN");
              assertThat(codes(e.target())).containsExactly("TZA");
              assertThat(e.plover().type()).isEqualTo("AGREE");
              assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            });
  }

  @Test
  void reported_must_is_a_demand_from_the_speaker_to_the_obliged() {
    // "Russia said on Tuesday that Sudan must return the captured helicopter."
    assertThat(inSentence(2))
        .anySatisfy(
            e -> {
              assertThat(e.cameo().code()).isEqualTo("100");
              assertThat(codes(e.source())).containsExactly("RUS");
              assertThat(codes(e.target())).containsExactly("SDN");
              assertThat(e.evidence().rule()).isEqualTo("event.demand.must");
              assertThat(e.trigger().of(STORY.text())).isEqualTo("must");
            });
  }

  @Test
  void demonstrated_is_a_protest() {
    // "Serbian students demonstrated in Sarajevo on Monday."
    assertThat(inSentence(3))
        .anySatisfy(
            e -> {
              assertThat(e.cameo().code()).isEqualTo("141");
              assertThat(codes(e.source())).allMatch(c -> c.startsWith("SRB"));
            });
  }
}
