package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Peacekeepers arriving in a country give it military protection; other troops do not. */
class PeacekeepingTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> events(String modifier) {
    // PETRARCH's dictionary codes peacekeepers who are the subject; here the subject is their
    // deployment.
    String text = "The first deployment of Peruvian " + modifier + " troops arrived in Chile.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "The/DT first/JJ deployment/NN of/IN Peruvian/JJ "
                + modifier
                + "/NN troops/NNS/troops arrived/VBD/arrive in/IN Chile/NNP ./.",
            "2>0:det",
            "2>1:amod",
            "6>3:case",
            "6>4:amod",
            "6>5:compound",
            "2>6:nmod:of",
            "7>2:nsubj",
            "-1>7:root",
            "9>8:case",
            "7>9:obl:in",
            "7>10:punct");
    return CODER.code(p).events();
  }

  @Test
  void peacekeepers_arriving_in_a_country_are_peacekeeping_for_it() {
    List<Event> es = events("peacekeeping");
    assertThat(es).isNotEmpty();
    Event e = es.get(0);
    assertThat(e.evidence().rule()).isEqualTo("event.peacekeepers.arrive");
    assertThat(e.cameo().code()).isEqualTo("074");
    assertThat(e.plover().type()).isEqualTo("AID");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("PER");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("CHL");
  }

  @Test
  void other_troops_arriving_are_no_peacekeeping() {
    assertThat(events("combat")).noneMatch(e -> e.cameo().code().equals("074"));
  }
}
