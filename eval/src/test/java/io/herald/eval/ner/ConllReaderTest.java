package io.herald.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  private static final String TWO_DOCS =
      """
      -DOCSTART- -X- O O

      RUGBY NNP I-NP O
      - : O O
      NEWPORT NNP I-NP I-ORG

      South NNP I-NP I-MISC
      African NNP I-NP I-MISC
      Owen NNP I-NP I-PER
      Price NNP I-NP I-PER
      scored VBD I-VP O

      -DOCSTART- -X- O O

      Hamburg NNP I-NP I-LOC
      Berlin NNP I-NP B-LOC
      """;

  @Test
  void splits_documents_at_docstart_and_sentences_at_blank_lines() {
    List<ConllDocument> docs = ConllReader.parse(TWO_DOCS);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).index()).isZero();
    assertThat(docs.get(1).index()).isEqualTo(1);
    assertThat(docs.get(0).tokenCount()).isEqualTo(8);
    assertThat(docs.get(0).text()).isEqualTo("RUGBY - NEWPORT\nSouth African Owen Price scored");
  }

  @Test
  void iob1_chunks_change_at_a_new_type_and_at_b_tags() {
    List<NerMention> gold = ConllReader.parse(TWO_DOCS).get(0).gold();
    assertThat(gold)
        .extracting(NerMention::text, NerMention::type)
        .containsExactly(
            tuple("NEWPORT", ConllType.ORG),
            tuple("South African", ConllType.MISC),
            tuple("Owen Price", ConllType.PER));
    List<NerMention> second = ConllReader.parse(TWO_DOCS).get(1).gold();
    assertThat(second).extracting(NerMention::text).containsExactly("Hamburg", "Berlin");
  }

  @Test
  void gold_spans_index_the_document_text() {
    ConllDocument doc = ConllReader.parse(TWO_DOCS).get(0);
    for (NerMention m : doc.gold()) {
      assertThat(m.span().of(doc.text())).isEqualTo(m.text());
    }
    assertThat(doc.article().text()).isEqualTo(doc.text());
    assertThat(doc.article().date()).isEmpty();
  }

  @Test
  void iob2_tags_read_the_same_way() {
    List<ConllSentence.Chunk> chunks =
        new ConllSentence(
                List.of("New", "York", "and", "Paris", "Rome"),
                List.of("B-LOC", "I-LOC", "O", "B-LOC", "B-LOC"))
            .chunks();
    assertThat(chunks)
        .containsExactly(
            new ConllSentence.Chunk(0, 1, ConllType.LOC),
            new ConllSentence.Chunk(3, 3, ConllType.LOC),
            new ConllSentence.Chunk(4, 4, ConllType.LOC));
  }

  @Test
  void a_file_without_docstart_is_one_document() {
    assertThat(ConllReader.parse("Paris NNP I-NP I-LOC\n\nRome NNP I-NP I-LOC\n")).hasSize(1);
  }

  @Test
  void rejects_an_unknown_tag_naming_the_line() {
    assertThatThrownBy(() -> ConllReader.parse("Paris NNP I-NP I-LOC\nRome NNP I-NP I-CITY\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("CITY");
    assertThatThrownBy(() -> ConllReader.parse("Paris\n"))
        .hasMessageContaining("line 1")
        .hasMessageContaining("token and a tag");
  }

  @Test
  void a_missing_file_is_reported_by_name() {
    Path missing = Path.of("no-such-dir", "eng.testa");
    assertThatThrownBy(() -> ConllReader.read(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CoNLL file not found")
        .hasMessageContaining("eng.testa");
  }
}
