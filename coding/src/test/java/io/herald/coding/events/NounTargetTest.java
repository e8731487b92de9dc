package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import org.junit.jupiter.api.Test;

/** A nominal event with no target in its own phrases takes the nearest actor below the noun. */
class NounTargetTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void a_demand_that_a_country_act_is_aimed_at_that_country() {
    Event demand =
        CODER
            .code(
                OneSentence.parse(
                    "Egypt reiterated its demand that Israel ease restrictions.",
                    "Egypt/NNP reiterated/VBD/reiterate its/PRP$ demand/NN that/IN Israel/NNP"
                        + " ease/VB restrictions/NNS/restriction ./.",
                    "1>0:nsubj",
                    "-1>1:root",
                    "3>2:nmod:poss",
                    "1>3:obj",
                    "6>4:mark",
                    "6>5:nsubj",
                    "3>6:ccomp",
                    "6>7:obj",
                    "1>8:punct"))
            .events()
            .stream()
            .filter(e -> e.cameo().root().equals("10"))
            .findFirst()
            .orElseThrow();
    assertThat(demand.evidence().rule()).startsWith("event.noun.demand");
    assertThat(demand.source()).extracting(p -> p.code().root()).containsExactly("EGY");
    assertThat(demand.target()).extracting(p -> p.code().root()).containsExactly("ISR");
  }
}
