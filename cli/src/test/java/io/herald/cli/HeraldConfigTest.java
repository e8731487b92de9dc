package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeraldConfigTest {
  @TempDir Path dir;

  private Path config(String text) throws IOException {
    Path f = dir.resolve("herald.properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void unset_keys_keep_their_defaults() throws IOException {
    HeraldConfig c = HeraldConfig.load(config("ingest.maxBytes = 1000\n"));
    assertThat(c.maxInputBytes()).isEqualTo(1000);
    assertThat(c.nlp()).isEqualTo(HeraldConfig.defaults().nlp());
    assertThat(c.verbDictionary()).isEmpty();
  }

  @Test
  void unknown_key_is_named() throws IOException {
    assertThatThrownBy(() -> HeraldConfig.load(config("nlp.corefAlgorithm = neural\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlp.corefAlgorithm");
  }

  @Test
  void bad_values_name_key_and_value() throws IOException {
    assertThatThrownBy(() -> HeraldConfig.load(config("nlp.coref.algorithm = best\n")))
        .hasMessageContaining("nlp.coref.algorithm")
        .hasMessageContaining("best");
    assertThatThrownBy(() -> HeraldConfig.load(config("ingest.maxBytes = -5\n")))
        .hasMessageContaining("ingest.maxBytes");
    assertThatThrownBy(() -> HeraldConfig.load(config("nlp.ner.fineGrained = yes\n")))
        .hasMessageContaining("nlp.ner.fineGrained");
  }

  @Test
  void dictionaries_must_exist_and_actors_come_with_agents() throws IOException {
    assertThatThrownBy(() -> HeraldConfig.load(config("dictionary.verbs = /no/such/file.txt\n")))
        .hasMessageContaining("dictionary.verbs");
    Path actors = Files.writeString(dir.resolve("a.txt"), "ARNOR_ [ARN]\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> HeraldConfig.load(config("dictionary.actors = " + actors + "\n")))
        .hasMessageContaining("dictionary.agents");
    assertThatThrownBy(() -> HeraldConfig.load(config("dictionary.discards = /no/such/list\n")))
        .hasMessageContaining("dictionary.discards")
        .hasMessageContaining("/no/such/list");
    Path discards = Files.writeString(dir.resolve("d.txt"), "+TYPHOON\n", StandardCharsets.UTF_8);
    assertThat(HeraldConfig.load(config("dictionary.discards = " + discards + "\n")).discardList())
        .isEqualTo(discards.toString());
  }

  @Test
  void a_bad_discard_list_fails_at_start_up_naming_the_line() throws IOException {
    Path discards =
        Files.writeString(dir.resolve("d.txt"), "BASEBALL\n+\n", StandardCharsets.UTF_8);
    HeraldConfig c = HeraldConfig.load(config("dictionary.discards = " + discards + "\n"));
    assertThatThrownBy(() -> Wiring.pipeline(c, null)).hasMessageContaining(discards + ":2");
  }

  @Test
  void source_homes_table_must_exist_and_default_home_is_kept_as_written() throws IOException {
    assertThat(HeraldConfig.defaults().homesFile()).isEmpty();
    assertThat(HeraldConfig.defaults().home()).isEmpty();
    assertThatThrownBy(() -> HeraldConfig.load(config("geo.homes = /no/such/homes.tsv\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geo.homes")
        .hasMessageContaining("/no/such/homes.tsv");
    Path homes =
        Files.writeString(dir.resolve("homes.tsv"), "Dispatch\tOhio\n", StandardCharsets.UTF_8);
    HeraldConfig c =
        HeraldConfig.load(config("geo.homes = " + homes + "\ngeo.home = Ontario, Canada\n"));
    assertThat(c.homesFile()).isEqualTo(homes.toString());
    assertThat(c.home()).isEqualTo("Ontario, Canada");
  }

  @Test
  void a_light_annotator_list_is_allowed_with_a_warning_naming_what_the_coders_miss()
      throws IOException {
    HeraldConfig light = HeraldConfig.load(config("nlp.annotators = tokenize,ssplit\n"));
    assertThat(light.codersWarning())
        .hasValueSatisfying(w -> assertThat(w).contains("nlp.annotators").contains("depparse"));
    assertThat(HeraldConfig.defaults().codersWarning()).isEmpty();
    assertThat(
            HeraldConfig.load(
                    config("nlp.annotators = tokenize,ssplit,pos,lemma,ner,depparse,quote\n"))
                .codersWarning())
        .as("coreference is optional")
        .isEmpty();
  }

  @Test
  void neural_coreference_without_the_parser_is_refused_with_the_fix() throws IOException {
    assertThatThrownBy(() -> HeraldConfig.load(config("nlp.coref.algorithm = neural\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlp.coref.algorithm=neural")
        .hasMessageContaining("parse");
    HeraldConfig withParser =
        HeraldConfig.load(
            config(
                "nlp.coref.algorithm = neural\n"
                    + "nlp.annotators = tokenize,ssplit,pos,lemma,ner,parse,depparse,coref\n"));
    assertThat(withParser.nlp().corefAlgorithm()).isEqualTo("neural");
  }
}
