package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.Participant;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phrase that says where an act took place names its scene, not its target; and a participle
 * after "noun ," tells what was done to that noun, not what the sentence's subject did. Sentences
 * written after BBC ones ({@link BbcSentences}).
 */
class WhereaboutsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> events(ParsedArticle p) {
    return CODER.code(p).events();
  }

  private static List<String> roots(List<Participant> ps) {
    return ps.stream().map(p -> p.code().root()).toList();
  }

  @Test
  void the_place_of_a_death_is_no_party_to_it() {
    assertThat(events(BbcSentences.diedAtHospice()))
        .allSatisfy(e -> assertThat(roots(e.target())).doesNotContain("GBR"));
  }

  @Test
  void a_kidnapping_in_a_country_is_not_aimed_at_it_nor_done_by_the_appellant() {
    List<Event> events = events(BbcSentences.kidnappedInIraq());
    assertThat(events).allSatisfy(e -> assertThat(roots(e.target())).doesNotContain("IRQ"));
    assertThat(events).noneMatch(e -> e.cameo().code().startsWith("18"));
    // the appeal itself is still coded, for the hostage
    assertThat(events).anyMatch(e -> e.cameo().code().startsWith("02"));
  }

  /** A reporting verb after "noun ," is the sentence's verb, not a participle on the noun. */
  @Test
  void a_reporting_verb_after_a_relative_clause_stays_the_sentence_verb() {
    ParsedArticle p =
        OneSentence.parse(
            "Jane Porter, a lawyer who attended the hearing, recalled, \"He said nothing.\"",
            "Jane/NNP/Jane/PERSON Porter/NNP/Porter/PERSON ,/, a/DT/a lawyer/NN/lawyer/TITLE"
                + " who/WP/who attended/VBD/attend the/DT/the hearing/NN/hearing ,/,"
                + " recalled/VBD/recall ,/, \"/`` He/PRP/he said/VBD/say nothing/NN/nothing ./."
                + " \"/''",
            "-1>1:root",
            "1>0:compound",
            "1>2:punct",
            "1>4:appos",
            "4>3:det",
            "4>5:ref",
            "4>6:acl:relcl",
            "6>4:nsubj",
            "6>8:obj",
            "6>9:punct",
            "6>10:dep",
            "8>7:det",
            "10>11:punct",
            "10>12:punct",
            "10>14:ccomp",
            "14>13:nsubj",
            "14>15:obj",
            "1>16:punct",
            "1>17:punct");
    var s = p.sentences().get(0);
    assertThat(ParseRepairs.trailingParticiples(s)).isSameAs(s);
  }
}
