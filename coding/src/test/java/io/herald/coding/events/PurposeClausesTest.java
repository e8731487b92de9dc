package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An infinitive of purpose is its governing verb's subject's act, although the parser gives it that
 * verb's object as subject; an object-control verb's infinitive stays the object's.
 */
class PurposeClausesTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  /** "The Kenyan foreign minister <verb> the Ugandan ambassador to complain about the raids." */
  private static List<Event> summoned(String verb, String lemma) {
    String text =
        "The Kenyan foreign minister "
            + verb
            + " the Ugandan ambassador to complain about the raids.";
    return CODER
        .code(
            OneSentence.parse(
                text,
                "The/DT Kenyan/JJ/kenyan/NATIONALITY foreign/JJ minister/NN/minister/TITLE "
                    + verb
                    + "/VBD/"
                    + lemma
                    + " the/DT Ugandan/JJ/ugandan/NATIONALITY ambassador/NN/ambassador/TITLE"
                    + " to/TO complain/VB about/IN the/DT raids/NNS/raid ./.",
                "3>0:det",
                "3>1:amod",
                "3>2:amod",
                "4>3:nsubj",
                "-1>4:root",
                "7>5:det",
                "7>6:amod",
                "4>7:obj",
                "4>9:xcomp",
                "9>8:mark",
                "9>7:nsubj:xsubj",
                "9>12:obl:about",
                "12>10:case",
                "12>11:det",
                "4>13:punct"))
        .events();
  }

  @Test
  void who_summons_an_envoy_to_complain_complains_to_the_envoy() {
    List<Event> es = summoned("summoned", "summon");

    assertThat(es)
        .anySatisfy(
            e -> {
              assertThat(e.evidence().rule()).endsWith("+summoned-target");
              assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("KEN");
              assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("UGA");
            });
  }

  @Test
  void an_envoy_urged_to_complain_is_the_one_who_would_complain() {
    List<Event> es = summoned("urged", "urge");

    assertThat(es).noneMatch(e -> e.evidence().rule().endsWith("+summoned-target"));
    assertThat(es)
        .filteredOn(e -> e.trigger().start() > "The Kenyan foreign minister urged".length())
        .allSatisfy(
            e -> assertThat(e.source()).extracting(x -> x.code().root()).doesNotContain("KEN"));
  }

  @Test
  void who_takes_steps_to_expel_diplomats_expels_them() {
    String text = "The Kenyan government took steps to expel Ugandan diplomats.";
    List<Event> es =
        CODER
            .code(
                OneSentence.parse(
                    text,
                    "The/DT Kenyan/JJ/kenyan/NATIONALITY government/NN took/VBD/take"
                        + " steps/NNS/step to/TO expel/VB Ugandan/JJ/ugandan/NATIONALITY"
                        + " diplomats/NNS/diplomat ./.",
                    "2>0:det",
                    "2>1:amod",
                    "3>2:nsubj",
                    "-1>3:root",
                    "3>4:obj",
                    "3>6:xcomp",
                    "6>5:mark",
                    "6>4:nsubj:xsubj",
                    "8>7:amod",
                    "6>8:obj",
                    "3>9:punct"))
            .events();

    assertThat(es)
        .anySatisfy(
            e -> {
              assertThat(e.cameo().code()).isEqualTo("161");
              assertThat(e.source()).extracting(x -> x.code().toString()).containsExactly("KENGOV");
              assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("UGA");
            });
  }

  @Test
  void widening_political_freedoms_is_a_concession() {
    String text = "The Kenyan government took steps to widen political freedoms.";
    List<Event> es =
        CODER
            .code(
                OneSentence.parse(
                    text,
                    "The/DT Kenyan/JJ/kenyan/NATIONALITY government/NN took/VBD/take"
                        + " steps/NNS/step to/TO widen/VB political/JJ freedoms/NNS/freedom ./.",
                    "2>0:det",
                    "2>1:amod",
                    "3>2:nsubj",
                    "-1>3:root",
                    "3>4:obj",
                    "3>6:xcomp",
                    "6>5:mark",
                    "6>4:nsubj:xsubj",
                    "8>7:amod",
                    "6>8:obj",
                    "3>9:punct"))
            .events();

    assertThat(es)
        .anySatisfy(
            e -> {
              assertThat(e.cameo().code()).isEqualTo("0811");
              assertThat(e.plover().type()).isEqualTo("CONCEDE");
              assertThat(e.source()).extracting(x -> x.code().toString()).containsExactly("KENGOV");
            });
  }

  @Test
  void troops_retaking_a_town_fight_for_it() {
    String text = "Ethiopian troops retook a border town from Eritrean forces.";
    List<Event> es =
        CODER
            .code(
                OneSentence.parse(
                    text,
                    "Ethiopian/JJ/ethiopian/NATIONALITY troops/NNS/troop retook/VBD/retake"
                        + " a/DT border/NN town/NN from/IN Eritrean/JJ/eritrean/NATIONALITY"
                        + " forces/NNS/force ./.",
                    "1>0:amod",
                    "2>1:nsubj",
                    "-1>2:root",
                    "5>3:det",
                    "5>4:compound",
                    "2>5:obj",
                    "2>8:obl:from",
                    "8>6:case",
                    "8>7:amod",
                    "2>9:punct"))
            .events();

    assertThat(es)
        .anySatisfy(
            e -> {
              assertThat(e.plover().type()).isEqualTo("FIGHT");
              assertThat(e.evidence().rule()).isEqualTo("event.verb.retake");
              assertThat(e.source()).extracting(x -> x.code().toString()).containsExactly("ETHMIL");
              assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("ERI");
            });
  }
}
