package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A strike over a grievance is aimed at whoever the grievance names as its doer. */
class GrievanceTargetTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void a_strike_over_a_law_passed_by_a_government_is_aimed_at_it() {
    // The grievance hangs from the strike, too deep below the verb for a plain search.
    String text =
        "Peruvian workers stopped work on the first day of a strike over a law passed by Chile.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Peruvian/JJ workers/NNS/worker stopped/VBD/stop work/NN on/IN the/DT first/JJ"
                + " day/NN of/IN a/DT strike/NN over/IN a/DT law/NN passed/VBN/pass by/IN"
                + " Chile/NNP ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:obj",
            "7>4:case",
            "7>5:det",
            "7>6:amod",
            "2>7:obl:on",
            "10>8:case",
            "10>9:det",
            "7>10:nmod:of",
            "13>11:case",
            "13>12:det",
            "10>13:nmod:over",
            "13>14:acl",
            "16>15:case",
            "14>16:obl:by",
            "2>17:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es).isNotEmpty();
    Event e = es.get(0);
    assertThat(e.plover().type()).isEqualTo("PROTEST");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("PER");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("CHL");
  }
}
