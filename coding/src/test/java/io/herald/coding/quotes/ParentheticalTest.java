package io.herald.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Quote;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParentheticalTest {
  private static List<Quote> reported(ParsedArticle p) {
    return new QuoteAttributor()
        .attribute(p, new QuoteFinder().find(p.text()), new ActorTable()).stream()
            .filter(q -> !q.direct())
            .toList();
  }

  private static String speaker(ParsedArticle p, Quote q) {
    return q.speaker().map(s -> s.span().of(p.text())).orElse("-");
  }

  @Test
  void an_attribution_between_commas_splits_the_content_in_two() {
    ParsedArticle p =
        new Parse("The plan, the minister said, will fail.")
            .sentence(
                "The/DT plan/NN ,/, the/DT minister/NN said/VBD/say ,/, will/MD fail/VB ./.",
                "-1>8:root",
                "8>1:nsubj",
                "1>0:det",
                "8>5:parataxis",
                "5>4:nsubj",
                "4>3:det",
                "5>2:punct",
                "5>6:punct",
                "8>7:aux",
                "8>9:punct")
            .build();
    List<Quote> q = reported(p);
    assertThat(q).extracting(Quote::text).containsExactly("The plan", "will fail");
    assertThat(q).allSatisfy(x -> assertThat(speaker(p, x)).isEqualTo("the minister"));
    assertThat(q).allSatisfy(x -> assertThat(x.cue()).isEqualTo("said"));
    assertThat(q.get(0).evidence().rule()).isEqualTo("quote.indirect.parenthetical");
  }

  @Test
  void a_closing_attribution_keeps_its_speaker_when_the_parser_gives_the_cue_another_subject() {
    // The parser made "said" a complement of "meet" with "voters" as its subject and "Smith" an
    // apposition to "voters"; the layout ", Mr Smith said." still names the speaker.
    ParsedArticle p =
        new Parse("The party chief wanted to meet many voters, Mr Smith said.")
            .sentence(
                "The/DT party/NN chief/NN wanted/VBD/want to/TO meet/VB many/JJ voters/NNS ,/,"
                    + " Mr/NNP Smith/NNP/Smith/PERSON said/VBD/say ./.",
                "-1>3:root",
                "2>0:det",
                "2>1:compound",
                "3>2:nsubj",
                "3>5:xcomp",
                "3>12:punct",
                "5>4:mark",
                "5>11:ccomp",
                "7>6:amod",
                "7>8:punct",
                "7>10:appos",
                "11>7:nsubj",
                "10>9:compound")
            .build();
    List<Quote> q = reported(p);
    assertThat(q)
        .extracting(Quote::text)
        .containsExactly("The party chief wanted to meet many voters");
    assertThat(speaker(p, q.get(0))).contains("Smith");
    assertThat(q.get(0).cue()).isEqualTo("said");
  }

  @Test
  void a_clause_before_a_closing_attribution_is_reported_whatever_the_parser_hung_on_what() {
    ParsedArticle p =
        new Parse("Jobs depend on trade, a report says.")
            .sentence(
                "Jobs/NNS depend/VBP on/IN trade/NN ,/, a/DT report/NN says/VBZ/say ./.",
                "-1>7:root",
                "7>1:advcl",
                "1>0:nsubj",
                "1>3:obl:on",
                "3>2:case",
                "7>6:nsubj",
                "6>5:det",
                "7>4:punct",
                "7>8:punct")
            .build();
    List<Quote> q = reported(p);
    assertThat(q).extracting(Quote::text).containsExactly("Jobs depend on trade");
    assertThat(speaker(p, q.get(0))).isEqualTo("a report");
  }

  @Test
  void words_before_a_parenthetical_cue_are_content_but_a_linking_adverb_is_not() {
    ParsedArticle often =
        new Parse("Too often, the minister said, the plan fails.")
            .sentence(
                "Too/RB often/RB ,/, the/DT minister/NN said/VBD/say ,/, the/DT plan/NN"
                    + " fails/VBZ/fail ./.",
                "-1>5:root",
                "5>1:advmod",
                "1>0:advmod",
                "5>4:nsubj",
                "4>3:det",
                "5>9:ccomp",
                "9>8:nsubj",
                "8>7:det",
                "5>2:punct",
                "5>6:punct",
                "5>10:punct")
            .build();
    assertThat(reported(often))
        .extracting(Quote::text)
        .containsExactly("Too often", "the plan fails");
    ParsedArticle however =
        new Parse("However, the minister said, the plan fails.")
            .sentence(
                "However/RB ,/, the/DT minister/NN said/VBD/say ,/, the/DT plan/NN"
                    + " fails/VBZ/fail ./.",
                "-1>4:root",
                "4>0:advmod",
                "4>3:nsubj",
                "3>2:det",
                "4>8:ccomp",
                "8>7:nsubj",
                "7>6:det",
                "4>1:punct",
                "4>5:punct",
                "4>9:punct")
            .build();
    assertThat(reported(however)).extracting(Quote::text).containsExactly("the plan fails");
  }

  @Test
  void a_scene_before_the_attribution_is_not_what_was_said() {
    ParsedArticle p =
        new Parse("In a statement, the minister said the plan fails.")
            .sentence(
                "In/IN a/DT statement/NN ,/, the/DT minister/NN said/VBD/say the/DT plan/NN"
                    + " fails/VBZ/fail ./.",
                "-1>6:root",
                "6>2:obl:in",
                "2>0:case",
                "2>1:det",
                "6>5:nsubj",
                "5>4:det",
                "6>9:ccomp",
                "9>8:nsubj",
                "8>7:det",
                "6>3:punct",
                "6>10:punct")
            .build();
    assertThat(reported(p)).extracting(Quote::text).containsExactly("the plan fails");
  }

  @Test
  void a_common_noun_after_a_closing_said_is_its_speaker() {
    ParsedArticle p =
        new Parse("The talks failed, said one official.")
            .sentence(
                "The/DT talks/NNS failed/VBD/fail ,/, said/VBD/say one/CD official/NN ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>4:dep",
                "4>6:obj",
                "6>5:nummod",
                "2>3:punct",
                "2>7:punct")
            .build();
    List<Quote> q = reported(p);
    assertThat(q).extracting(Quote::text).containsExactly("The talks failed");
    assertThat(speaker(p, q.get(0))).isEqualTo("one official");
  }

  @Test
  void a_subject_the_parser_made_the_object_of_said_opens_the_reported_clause() {
    ParsedArticle p =
        new Parse("Critics say resources could be spent better.")
            .sentence(
                "Critics/NNS say/VBP/say resources/NNS could/MD be/VB/be spent/VBN/spend"
                    + " better/RBR ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obj",
                "1>5:dep",
                "5>3:aux",
                "5>4:aux:pass",
                "5>6:advmod",
                "1>7:punct")
            .build();
    List<Quote> q = reported(p);
    assertThat(q).extracting(Quote::text).containsExactly("resources could be spent better");
    assertThat(speaker(p, q.get(0))).isEqualTo("Critics");
    assertThat(q.get(0).evidence().rule()).isEqualTo("quote.indirect.misread-subject");
  }

  @Test
  void an_object_of_said_without_a_verb_after_it_reports_nothing() {
    ParsedArticle p =
        new Parse("Officials said nothing about the plan.")
            .sentence(
                "Officials/NNS said/VBD/say nothing/NN about/IN the/DT plan/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obj",
                "2>5:nmod:about",
                "5>3:case",
                "5>4:det",
                "1>6:punct")
            .build();
    assertThat(reported(p)).isEmpty();
  }
}
