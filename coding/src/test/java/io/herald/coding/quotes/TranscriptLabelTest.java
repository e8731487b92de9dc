package io.herald.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptLabelTest {
  private static List<Quote> quotes(ParsedArticle p) {
    return new QuoteAttributor().attribute(p, new QuoteFinder().find(p.text()), new ActorTable());
  }

  @Test
  void a_capitalised_label_of_a_name_the_article_uses_is_the_speaker() {
    ParsedArticle p =
        new Parse("Host Ann Brody met the mayor.\n\n“BRODY: Let us begin with the budget.”")
            .sentence(
                "Host/NN Ann/NNP Brody/NNP met/VBD/meet the/DT mayor/NN ./.",
                "-1>3:root",
                "3>2:nsubj",
                "2>0:compound",
                "2>1:compound",
                "3>5:obj",
                "5>4:det")
            .sentence(
                "“/`` BRODY/NN :/: Let/VB us/PRP begin/VB with/IN the/DT budget/NN ./. ”/''",
                "-1>1:root",
                "1>3:parataxis",
                "3>4:obj",
                "3>5:xcomp",
                "5>8:obl:with",
                "8>6:case",
                "8>7:det")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.evidence().rule()).isEqualTo("quote.transcript");
    assertThat(q.speaker().map(s -> s.span().of(p.text()))).contains("BRODY");
    assertThat(q.text()).isEqualTo("Let us begin with the budget.");
  }

  @Test
  void a_capitalised_word_that_names_nobody_is_no_speaker() {
    ParsedArticle p =
        new Parse("“NOTE: The budget passed.”")
            .sentence(
                "“/`` NOTE/NN :/: The/DT budget/NN passed/VBD/pass ./. ”/''",
                "-1>1:root",
                "1>5:parataxis",
                "5>4:nsubj",
                "4>3:det")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.speaker()).isEmpty();
    assertThat(q.text()).startsWith("NOTE:");
  }

  @Test
  void a_label_is_one_to_three_capitalised_words_before_a_colon() {
    String text = "MR. SMITH: Thanks. Senator Lee: no. In 2016: yes. NOTE WELL: lower case words";
    assertThat(DirectAttribution.labelEnd(text, new Span(0, 18))).isEqualTo(text.indexOf("Thanks"));
    assertThat(DirectAttribution.labelEnd(text, new Span(19, 35))).isEqualTo(-1);
    assertThat(DirectAttribution.labelEnd(text, new Span(36, 49))).isEqualTo(-1);
    assertThat(DirectAttribution.labelEnd(text, new Span(50, text.length())))
        .isEqualTo(text.indexOf("lower"));
  }
}
