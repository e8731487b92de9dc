package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import org.junit.jupiter.api.Test;

/**
 * A named newspaper is a medium of the article's country, and a restriction it is ordered to impose
 * on itself is the orderer's act against it.
 */
class OrderedRestrictionsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  /** "The Kenyan government <verb> the opposition newspaper Sauti Huru to suspend publication." */
  private static Coding code(String verb, String lemma) {
    String text =
        "The Kenyan government "
            + verb
            + " the opposition newspaper Sauti Huru to suspend"
            + " publication.";
    return CODER.code(
        OneSentence.parse(
            text,
            "The/DT Kenyan/JJ/kenyan/NATIONALITY government/NN "
                + verb
                + "/VBD/"
                + lemma
                + " the/DT opposition/NN newspaper/NN Sauti/NNP/sauti/ORGANIZATION"
                + " Huru/NNP/huru/ORGANIZATION to/TO suspend/VB publication/NN ./.",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "-1>3:root",
            "6>4:det",
            "6>5:compound",
            "3>6:obj",
            "8>7:compound",
            "6>8:dep",
            "3>10:xcomp",
            "10>9:mark",
            "10>6:nsubj:xsubj",
            "10>11:obj",
            "3>12:punct"));
  }

  @Test
  void a_named_newspaper_is_a_medium_of_the_articles_country() {
    Coding coded = code("ordered", "order");

    assertThat(coded.actors())
        .anySatisfy(
            a -> {
              assertThat(a.country()).isEqualTo("KEN");
              assertThat(a.sector()).contains("MED");
            });
  }

  @Test
  void a_paper_ordered_to_suspend_publication_is_restricted_by_whoever_ordered_it() {
    Coding coded = code("ordered", "order");

    assertThat(coded.events())
        .anySatisfy(
            e -> {
              assertThat(e.cameo().root()).isEqualTo("17");
              assertThat(e.evidence().rule()).endsWith(".ordered");
              assertThat(e.source()).extracting(x -> x.code().toString()).containsExactly("KENGOV");
              assertThat(e.target())
                  .singleElement()
                  .satisfies(
                      x -> assertThat(x.code().toString()).startsWith("KEN").contains("MED"));
            });
  }

  @Test
  void a_paper_only_urged_to_suspend_publication_is_not_restricted_by_the_urger() {
    Coding coded = code("urged", "urge");

    assertThat(coded.events()).noneMatch(e -> e.evidence().rule().endsWith(".ordered"));
  }
}
