package io.herald.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Quote;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueVerbsTest {
  private static List<Quote> reported(ParsedArticle p) {
    return new QuoteAttributor()
        .attribute(p, new QuoteFinder().find(p.text()), new ActorTable()).stream()
            .filter(q -> !q.direct())
            .toList();
  }

  @Test
  void speaking_of_a_plan_attributes_the_plan() {
    ParsedArticle p =
        new Parse("The mayor spoke of a new plan.")
            .sentence(
                "The/DT mayor/NN spoke/VBD/speak of/IN a/DT new/JJ plan/NN ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>6:obl:of",
                "6>3:case",
                "6>4:det",
                "6>5:amod",
                "2>7:punct")
            .build();
    List<Quote> q = reported(p);
    assertThat(q).extracting(Quote::text).containsExactly("a new plan");
    assertThat(q.get(0).speaker().map(s -> s.span().of(p.text()))).contains("The mayor");
  }

  @Test
  void agreeing_to_act_attributes_the_infinitive() {
    ParsedArticle p =
        new Parse("The company agreed to clean up the site.")
            .sentence(
                "The/DT company/NN agreed/VBD/agree to/TO clean/VB up/RP the/DT site/NN ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>4:xcomp",
                "4>3:mark",
                "4>5:compound:prt",
                "4>7:obj",
                "7>6:det",
                "2>8:punct")
            .build();
    assertThat(reported(p)).extracting(Quote::text).containsExactly("to clean up the site");
  }

  @Test
  void telling_someone_attributes_nothing_without_what_was_told() {
    ParsedArticle p =
        new Parse("The mayor told the council.")
            .sentence(
                "The/DT mayor/NN told/VBD/tell the/DT council/NN ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>4:obj",
                "4>3:det",
                "2>5:punct")
            .build();
    assertThat(reported(p)).isEmpty();
  }
}
