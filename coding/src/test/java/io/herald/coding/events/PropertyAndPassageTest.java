package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blowing up infrastructure is destroying property (PLOVER COERCE); opening a border or bridge
 * eases a blockade (PLOVER RETREAT). Other objects keep the verbs' other readings.
 */
class PropertyAndPassageTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  /** "Chadian rebels blew up a power line in Niger." with the object noun. */
  private static List<Event> blewUp(String object) {
    String text = "Chadian rebels blew up a power " + object + " in Niger.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Chadian/JJ rebels/NNS/rebel blew/VBD/blow up/RP a/DT power/NN "
                + object
                + "/NN in/IN Niger/NNP ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:compound:prt",
            "6>4:det",
            "6>5:compound",
            "2>6:obj",
            "8>7:case",
            "6>8:nmod:in",
            "2>9:punct");
    return CODER.code(p).events();
  }

  @Test
  void blowing_up_a_power_line_is_destroying_property() {
    Event e = blewUp("line").get(0);
    assertThat(e.cameo().code()).isEqualTo("1712");
    assertThat(e.plover().type()).isEqualTo("COERCE");
    assertThat(e.evidence().rule()).isEqualTo("event.verb.blow_up+line");
  }

  @Test
  void blowing_up_a_power_plant_is_not_read_as_a_line() {
    assertThat(blewUp("plant"))
        .noneMatch(e -> e.evidence().rule().equals("event.verb.blow_up+line"));
  }

  /** "Niger opened its border with Chad." with the object noun. */
  private static List<Event> opened(String object) {
    String text = "Niger opened its " + object + " with Chad.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Niger/NNP opened/VBD/open its/PRP$ " + object + "/NN with/IN Chad/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:nmod:poss",
            "1>3:obj",
            "5>4:case",
            "3>5:nmod:with",
            "1>6:punct");
    return CODER.code(p).events();
  }

  @Test
  void opening_a_border_eases_a_blockade() {
    Event e = opened("border").get(0);
    assertThat(e.cameo().code()).isEqualTo("0872");
    assertThat(e.plover().type()).isEqualTo("RETREAT");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("NER");
  }

  @Test
  void opening_an_office_eases_no_blockade() {
    assertThat(opened("office")).noneMatch(e -> e.cameo().code().equals("0872"));
  }

  @Test
  void opening_borders_to_refugees_grants_asylum() {
    String text = "Niger opened its borders to Chadian refugees.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Niger/NNP opened/VBD/open its/PRP$ borders/NNS/border to/IN Chadian/JJ"
                + " refugees/NNS/refugee ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:nmod:poss",
            "1>3:obj",
            "6>4:case",
            "6>5:amod",
            "1>6:obl:to",
            "1>7:punct");
    Event e = CODER.code(p).events().get(0);
    assertThat(e.cameo().code()).isEqualTo("075");
    assertThat(e.plover().type()).isEqualTo("AID");
    assertThat(e.evidence().rule()).endsWith(".asylum");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("TCD");
  }
}
