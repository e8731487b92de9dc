package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dictionary pattern naming the subject as the cause codes the act with no doer. */
class PatternCauseTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static ParsedArticle killed(String subject) {
    String text = "A minefield " + subject + " killed two Iraqi youths.";
    return OneSentence.parse(
        text,
        "A/DT minefield/NN "
            + subject
            + "/NN killed/VBD/kill two/CD Iraqi/JJ/iraqi/NATIONALITY youths/NNS/youth ./.",
        "2>0:det",
        "2>1:compound",
        "3>2:nsubj",
        "-1>3:root",
        "6>4:nummod",
        "6>5:amod",
        "3>6:obj",
        "3>7:punct");
  }

  @Test
  void an_explosion_that_killed_is_an_attack_on_the_victims() {
    List<Event> es = CODER.code(killed("explosion")).events();
    assertThat(es).hasSize(1);
    assertThat(es.get(0).cameo().code()).isEqualTo("193");
    assertThat(es.get(0).source()).isEmpty();
    assertThat(es.get(0).target()).extracting(p -> p.code().value()).containsExactly("IRQCVL");
  }

  @Test
  void a_subject_the_pattern_does_not_name_is_no_cause() {
    assertThat(CODER.code(killed("blast")).events()).isEmpty();
  }
}
