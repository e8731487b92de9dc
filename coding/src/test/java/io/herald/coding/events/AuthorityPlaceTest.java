package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An arrest with no agent is the act of the country it took place in; a killing is not. */
class AuthorityPlaceTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static ParsedArticle passive(String verb, String lemma) {
    String text = "A Kenyan national was " + verb + " in Italy.";
    return OneSentence.parse(
        text,
        "A/DT Kenyan/JJ/kenyan/NATIONALITY national/NN was/VBD/be "
            + verb
            + "/VBN/"
            + lemma
            + " in/IN Italy/NNP/italy/COUNTRY ./.",
        "2>0:det",
        "2>1:amod",
        "4>2:nsubj:pass",
        "4>3:aux:pass",
        "-1>4:root",
        "6>5:case",
        "4>6:obl:in",
        "4>7:punct");
  }

  @Test
  void an_arrest_in_a_country_is_that_countrys_act() {
    List<Event> es = CODER.code(passive("arrested", "arrest")).events();
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).cameo().code()).startsWith("17");
    assertThat(es.get(0).source()).extracting(x -> x.code().value()).containsExactly("ITA");
    assertThat(es.get(0).target()).extracting(x -> x.code().root()).containsExactly("KEN");
  }

  @Test
  void a_killing_in_a_country_is_not_that_countrys_act() {
    List<Event> es = CODER.code(passive("killed", "kill")).events();
    assertThat(es).noneMatch(e -> e.source().stream().anyMatch(x -> x.code().root().equals("ITA")));
  }
}
