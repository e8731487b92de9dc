package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An act done to a thing made for a group is done to the group. */
class BeneficiaryTargetTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void an_attack_on_a_camp_for_refugees_targets_the_refugees() {
    String text = "A camp for Kenyan refugees was attacked by Somali militiamen.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "A/DT camp/NN for/IN Kenyan/JJ/kenyan/NATIONALITY refugees/NNS/refugee was/VBD/be"
                + " attacked/VBN/attack by/IN Somali/JJ/somali/NATIONALITY"
                + " militiamen/NNS/militiaman ./.",
            "1>0:det",
            "6>1:nsubj:pass",
            "4>2:case",
            "4>3:amod",
            "1>4:nmod:for",
            "6>5:aux:pass",
            "-1>6:root",
            "9>7:case",
            "9>8:amod",
            "6>9:obl:agent",
            "6>10:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).source()).extracting(x -> x.code().root()).containsExactly("SOM");
    assertThat(es.get(0).target()).extracting(x -> x.code().root()).containsExactly("KEN");
  }
}
