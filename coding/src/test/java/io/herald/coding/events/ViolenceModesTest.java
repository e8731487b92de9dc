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
 * A killing of one office holder is an assassination and force with primitive weapons an assault
 * (PLOVER ASSAULT); killings of many and attacks with firearms stay the use of force (FIGHT).
 */
class ViolenceModesTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  /** "Chadian rebels killed the deputy governor of Niger." with the object's noun and tag. */
  private static List<Event> killed(String victim, String tag, String lemma) {
    String text = "Chadian rebels killed the deputy " + victim + " of Niger.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Chadian/JJ rebels/NNS/rebel killed/VBD/kill the/DT deputy/NN "
                + victim
                + "/"
                + tag
                + "/"
                + lemma
                + " of/IN Niger/NNP ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "5>3:det",
            "5>4:compound",
            "2>5:obj",
            "7>6:case",
            "5>7:nmod:of",
            "2>8:punct");
    return CODER.code(p).events();
  }

  @Test
  void killing_one_office_holder_is_an_assassination() {
    Event e = killed("governor", "NN", "governor").get(0);
    assertThat(e.cameo().code()).isEqualTo("186");
    assertThat(e.plover().type()).isEqualTo("ASSAULT");
    assertThat(e.evidence().rule()).endsWith(".assassination");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("TCD");
  }

  @Test
  void killing_many_office_holders_is_no_assassination() {
    List<Event> es = killed("commanders", "NNS", "commander");
    assertThat(es).isNotEmpty();
    assertThat(es).noneMatch(e -> e.cameo().code().equals("186"));
  }

  /** "Chadian militiamen armed with machetes attacked Niger." with the weapon noun. */
  private static List<Event> armedWith(String weapon, String lemma) {
    String text = "Chadian militiamen armed with " + weapon + " attacked Niger.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Chadian/JJ militiamen/NNS/militiaman armed/VBN/arm with/IN "
                + weapon
                + "/NNS/"
                + lemma
                + " attacked/VBD/attack Niger/NNP ./.",
            "1>0:amod",
            "1>2:acl",
            "4>3:case",
            "2>4:obl:with",
            "5>1:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    return CODER.code(p).events();
  }

  @Test
  void an_attack_with_edged_weapons_is_an_assault() {
    Event e = armedWith("machetes", "machete").get(0);
    assertThat(e.cameo().code()).isEqualTo("180");
    assertThat(e.plover().type()).isEqualTo("ASSAULT");
    assertThat(e.evidence().rule()).endsWith(".primitive_weapon");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("NER");
  }

  @Test
  void an_attack_with_rifles_stays_the_use_of_force() {
    Event e = armedWith("rifles", "rifle").get(0);
    assertThat(e.cameo().code()).isEqualTo("190");
    assertThat(e.plover().type()).isEqualTo("FIGHT");
  }
}
