package io.herald.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.herald.eval.Prf;
import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  private static final String TEXT = "Leicestershire beat Somerset at Grace Road in England";

  private static NerMention m(String text, ConllType type) {
    int start = TEXT.indexOf(text);
    return new NerMention(new Span(start, start + text.length()), type, text);
  }

  @Test
  void exact_span_and_type_count_per_type_and_overall() {
    NerScorer scorer = new NerScorer();
    scorer.add(
        List.of(
            m("Leicestershire", ConllType.ORG),
            m("Somerset", ConllType.ORG),
            m("Grace Road", ConllType.LOC),
            m("England", ConllType.LOC)),
        List.of(
            m("Leicestershire", ConllType.ORG),
            m("Somerset", ConllType.LOC),
            m("Grace", ConllType.LOC),
            m("England", ConllType.LOC)));
    NerScore s = scorer.score(3);
    assertThat(s.byType().get(ConllType.ORG)).isEqualTo(new Prf(1, 0, 1));
    assertThat(s.byType().get(ConllType.LOC)).isEqualTo(new Prf(1, 2, 1));
    assertThat(s.byType().get(ConllType.PER)).isEqualTo(Prf.ZERO);
    assertThat(s.overall()).isEqualTo(new Prf(2, 2, 2));
    assertThat(s.goldCount()).isEqualTo(4);
    assertThat(s.documents()).isEqualTo(1);
  }

  @Test
  void sorts_errors_into_kinds() {
    NerScorer scorer = new NerScorer();
    scorer.add(
        List.of(
            m("Somerset", ConllType.ORG),
            m("Grace Road", ConllType.LOC),
            m("England", ConllType.LOC)),
        List.of(
            m("Somerset", ConllType.LOC),
            m("Grace", ConllType.LOC),
            m("beat", ConllType.PER),
            m("Leicestershire", ConllType.ORG)));
    scorer.add(List.of(m("Somerset", ConllType.ORG)), List.of(m("Somerset", ConllType.LOC)));
    List<ErrorKind> kinds = scorer.score(2).errors();
    assertThat(kinds.get(0))
        .isEqualTo(new ErrorKind("ORG tagged as LOC", 2, List.of("Somerset ×2")));
    assertThat(kinds)
        .extracting(ErrorKind::label)
        .containsExactlyInAnyOrder(
            "ORG tagged as LOC",
            "LOC with wrong boundaries",
            "missed LOC",
            "spurious PER",
            "spurious ORG");
    assertThat(kinds)
        .filteredOn(k -> k.label().equals("LOC with wrong boundaries"))
        .singleElement()
        .satisfies(k -> assertThat(k.examples()).containsExactly("Grace Road → Grace"));
  }

  @Test
  void duplicate_predictions_count_once() {
    NerScorer scorer = new NerScorer();
    scorer.add(
        List.of(m("England", ConllType.LOC)),
        List.of(m("England", ConllType.LOC), m("England", ConllType.LOC)));
    assertThat(scorer.score(0).overall()).isEqualTo(new Prf(1, 0, 0));
  }

  @Test
  void maps_corenlp_classes_to_conll_types_and_drops_the_rest() {
    assertThat(ConllType.ofCoreNlp("PERSON")).contains(ConllType.PER);
    assertThat(ConllType.ofCoreNlp("CITY")).contains(ConllType.LOC);
    assertThat(ConllType.ofCoreNlp("STATE_OR_PROVINCE")).contains(ConllType.LOC);
    assertThat(ConllType.ofCoreNlp("ORGANIZATION")).contains(ConllType.ORG);
    assertThat(ConllType.ofCoreNlp("NATIONALITY")).contains(ConllType.MISC);
    assertThat(ConllType.ofCoreNlp("IDEOLOGY")).contains(ConllType.MISC);
    assertThat(ConllType.ofCoreNlp("DATE")).isEmpty();
    assertThat(ConllType.ofCoreNlp("TITLE")).isEmpty();
    assertThat(ConllType.ofCoreNlp("NUMBER")).isEmpty();
  }

  @Test
  void corenlp_baseline_leaves_out_pronoun_mentions_whose_tokens_are_untagged() {
    String text = "Simmons said he would play in England";
    String[] words = text.split(" ");
    String[] ner = {"PERSON", "O", "O", "O", "O", "O", "COUNTRY"};
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      Span span = new Span(offset, offset + words[i].length());
      tokens.add(new Token(i, words[i], words[i], "NN", ner[i], "", span));
      offset = span.end() + 1;
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, List.of());
    List<EntityMention> entities =
        List.of(
            new EntityMention("Simmons", "PERSON", tokens.get(0).span(), 0, 0, 0),
            new EntityMention("he", "PERSON", tokens.get(2).span(), 0, 2, 2),
            new EntityMention("England", "COUNTRY", tokens.get(6).span(), 0, 6, 6));
    ParsedArticle p =
        new ParsedArticle(
            new Article("t", "", text, Optional.empty(), "", ""),
            List.of(s),
            entities,
            List.of(),
            List.of(),
            List.of());
    assertThat(NerMention.ofCoreNlp(p))
        .extracting(NerMention::text, NerMention::type)
        .containsExactly(tuple("Simmons", ConllType.PER), tuple("England", ConllType.LOC));
    assertThat(NerMention.ofEntities(entities, text)).hasSize(3);
  }

  @Test
  void report_puts_systems_side_by_side_with_their_error_kinds() {
    NerScorer a = new NerScorer();
    a.add(List.of(m("Somerset", ConllType.ORG)), List.of(m("Somerset", ConllType.LOC)));
    NerScorer b = new NerScorer();
    b.add(List.of(m("Somerset", ConllType.ORG)), List.of(m("Somerset", ConllType.ORG)));
    String report =
        NerReport.format(
            List.of(
                new NerReport.Column("CoreNLP", a.score(3)),
                new NerReport.Column("Herald", b.score(3))),
            5);
    assertThat(report).contains("CoreNLP P / R / F1").contains("Herald P / R / F1");
    assertThat(report).containsPattern("ORG\\s+1\\s+0\\.00\\s+0\\.00\\s+0\\.00\\s+100\\.00");
    assertThat(report).contains("ORG tagged as LOC").contains("e.g. Somerset");
  }
}
