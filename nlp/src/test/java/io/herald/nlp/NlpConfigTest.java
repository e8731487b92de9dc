package io.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NlpConfigTest {
  @Test
  void defaults_and_the_four_argument_constructor_read_free_text() {
    assertThat(NlpConfig.defaults().pretokenized()).isFalse();
    NlpConfig c = new NlpConfig(List.of("tokenize", "ssplit"), "statistical", false, false);
    assertThat(c.pretokenized()).isFalse();
    Properties p = CoreNlpAnalyzer.properties(c);
    assertThat(p.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    assertThat(p.getProperty("tokenize.whitespace")).isNull();
    assertThat(p.getProperty("ssplit.eolonly")).isNull();
  }

  @Test
  void pretokenized_ner_splits_on_spaces_and_line_ends_only() {
    NlpConfig c = NlpConfig.pretokenizedNer();
    assertThat(c.pretokenized()).isTrue();
    assertThat(c.fineGrainedNer()).isTrue();
    assertThat(c.annotators()).containsExactly("tokenize", "ssplit", "pos", "lemma", "ner");
    Properties p = CoreNlpAnalyzer.properties(c);
    assertThat(p.getProperty("tokenize.whitespace")).isEqualTo("true");
    assertThat(p.getProperty("ssplit.eolonly")).isEqualTo("true");
    assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner");
  }

  @Test
  void rejects_unknown_annotators_naming_the_key() {
    assertThatThrownBy(
            () ->
                new NlpConfig(
                    List.of("tokenize", "ssplit", "sentiment"), "statistical", true, false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlp.annotators")
        .hasMessageContaining("sentiment");
  }
}
