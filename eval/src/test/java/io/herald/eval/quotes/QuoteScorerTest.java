package io.herald.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.eval.Prf;
import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.CorefChain;
import io.herald.model.text.CorefMention;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
  private static final String TEXT =
      "“We are ready,” Pat Caddell said. Hillary Clinton called it “a disgrace” on Monday. "
          + "“It is over,” he said.";
  private static final String ANN =
      String.join(
          "\n",
          "T1\tContent 0 15\t“We are ready,”",
          "T2\tSource 16 27\tPat Caddell",
          "E1\tAttribution:T2 Source:T2 Content:T1",
          "T3\tSource 34 49\tHillary Clinton",
          "T4\tContent 57 72\tit “a disgrace”",
          "E2\tAttribution:T3 Source:T3 Content:T4",
          "T5\tContent 84 97\t“It is over,”",
          "T6\tSource 98 100\the",
          "E3\tAttribution:T6 Source:T6 Content:T5");

  private static GoldArticle gold() {
    return new GoldArticle("a", TEXT, "a.ann", BratReader.parse(ANN, TEXT, "a.ann").attributions());
  }

  private static ParsedArticle parsed() {
    Article article = new Article("a", "", TEXT, Optional.empty(), "", "");
    List<EntityMention> entities =
        List.of(
            new EntityMention("Pat Caddell", "PERSON", new Span(16, 27), 0, 4, 5),
            new EntityMention("Hillary Clinton", "PERSON", new Span(34, 49), 1, 0, 1));
    CorefChain caddell =
        new CorefChain(
            1,
            List.of(
                new CorefMention(0, 4, 5, 5, new Span(16, 27), "Pat Caddell", "PROPER"),
                new CorefMention(2, 5, 5, 5, new Span(98, 100), "he", "PRONOMINAL")),
            0);
    return new ParsedArticle(article, List.of(), entities, List.of(caddell), List.of(), List.of());
  }

  private static SystemQuote quote(int start, int end, boolean direct, String... names) {
    return new SystemQuote(new Span(start, end), direct, Optional.empty(), List.of(names), "test");
  }

  @Test
  void content_errors_list_misses_partial_spans_and_quotes_of_no_attribution() {
    // Gold: "We are ready" (found exactly), "it “a disgrace”" (only "a disgrace" found),
    // "It is over" (missed); "on Monday" is no attribution's content.
    List<SystemQuote> sys = List.of(quote(1, 13, true), quote(61, 71, true), quote(73, 82, false));
    List<String> errors = QuoteScorer.contentErrors(gold(), sys);
    assertThat(errors)
        .containsExactly(
            "a PART {Hillary Clinton | } «it “a disgrace»  system [test] «a disgrace»",
            "a MISS {he | } «It is over»",
            "a FP [test] «on Monday»");
  }

  @Test
  void spans_match_exactly_after_trimming_marks_or_by_overlap() {
    List<SystemQuote> sys =
        List.of(
            quote(1, 13, true, "Caddell"), // We are ready
            quote(84, 104, true, "Caddell")); // “It is over,” he said: overlaps only
    QuoteScores s = QuoteScorer.score(gold(), parsed(), sys);
    assertThat(s.directExact()).isEqualTo(new Prf(1, 1, 1));
    assertThat(s.directOverlap()).isEqualTo(new Prf(2, 0, 0));
  }

  @Test
  void partial_quote_inside_reported_speech_is_not_a_direct_false_positive() {
    List<SystemQuote> sys = List.of(quote(61, 71, true, "Hillary Clinton")); // a disgrace
    QuoteScores s = QuoteScorer.score(gold(), parsed(), sys);
    assertThat(s.directOverlap()).isEqualTo(new Prf(0, 0, 2));
    assertThat(s.allOverlap()).isEqualTo(new Prf(1, 0, 2));
  }

  @Test
  void speaker_is_right_by_span_or_by_name_and_a_pronoun_source_by_coreference() {
    List<SystemQuote> sys =
        List.of(
            quote(0, 15, true, "Caddell"),
            new SystemQuote(
                new Span(84, 97), true, Optional.of(new Span(98, 100)), List.of("x"), "test"));
    QuoteScores s = QuoteScorer.score(gold(), parsed(), sys);
    assertThat(s.directSpeaker()).isEqualTo(new SpeakerCounts(2, 2, 2));

    List<SystemQuote> byName = List.of(quote(84, 97, true, "Pat Caddell"));
    assertThat(QuoteScorer.score(gold(), parsed(), byName).directSpeaker().correct()).isEqualTo(1);
  }

  @Test
  void another_person_of_the_same_surname_is_wrong_and_a_missed_quote_counts_as_wrong() {
    String text = "“No,” Bill Clinton said.";
    String ann =
        "T1\tContent 0 5\t“No,”\nT2\tSource 6 18\tBill Clinton\nE1\tAttribution:T2 Source:T2 Content:T1";
    GoldArticle g =
        new GoldArticle("b", text, "b.ann", BratReader.parse(ann, text, "b.ann").attributions());
    ParsedArticle p =
        new ParsedArticle(
            new Article("b", "", text, Optional.empty(), "", ""),
            List.of(),
            List.of(new EntityMention("Bill Clinton", "PERSON", new Span(6, 18), 0, 3, 4)),
            List.of(),
            List.of(),
            List.of());
    QuoteScores wrong = QuoteScorer.score(g, p, List.of(quote(0, 5, true, "Hillary Clinton")));
    assertThat(wrong.directSpeaker()).isEqualTo(new SpeakerCounts(1, 1, 0));
    assertThat(wrong.speakerErrors()).singleElement().asString().contains("Hillary Clinton");
    QuoteScores missed = QuoteScorer.score(g, p, List.of());
    assertThat(missed.directSpeaker()).isEqualTo(new SpeakerCounts(1, 0, 0));
    assertThat(QuoteScorer.score(g, p, List.of(quote(0, 5, true, "Clinton"))).directSpeaker())
        .isEqualTo(new SpeakerCounts(1, 1, 1));
  }

  @Test
  void a_direct_quotation_is_answered_by_the_direct_quote_not_the_reported_speech_around_it() {
    List<SystemQuote> sys =
        List.of(
            quote(0, 33, false, "Hillary Clinton"), // “We are ready,” Pat Caddell said.
            quote(1, 13, true, "Caddell"));
    assertThat(QuoteScorer.score(gold(), parsed(), sys).directSpeaker().correct()).isEqualTo(1);
  }

  @Test
  void name_words_drop_articles_honorifics_and_pronouns() {
    assertThat(SpeakerMatcher.words("Mr. Trump's")).containsExactly("trump");
    assertThat(SpeakerMatcher.words("he")).isEmpty();
  }
}
