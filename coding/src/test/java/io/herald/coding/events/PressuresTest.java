package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal despite someone's pressure is aimed at them; an attack despite calls is not. */
class PressuresTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static Event first(String verb, String lemma, String noun) {
    String text = "Peru " + verb + " the town despite " + noun + " from Chile.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Peru/NNP "
                + verb
                + "/VBD/"
                + lemma
                + " the/DT town/NN despite/IN "
                + noun
                + "/NN from/IN Chile/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:det",
            "1>3:obj",
            "5>4:case",
            "1>5:obl:despite",
            "7>6:case",
            "5>7:nmod:from",
            "1>8:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es).isNotEmpty();
    return es.get(0);
  }

  @Test
  void a_rejection_despite_pressure_is_aimed_at_the_pressing_party() {
    Event e = first("rejected", "reject", "pressure");
    assertThat(e.plover().type()).isEqualTo("REJECT");
    assertThat(e.evidence().rule()).endsWith(".pressed");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("CHL");
  }

  @Test
  void an_attack_despite_calls_is_not_aimed_at_the_callers() {
    Event e = first("attacked", "attack", "calls");
    assertThat(e.target()).extracting(x -> x.code().root()).doesNotContain("CHL");
  }
}
