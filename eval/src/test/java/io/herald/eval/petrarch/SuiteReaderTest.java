package io.herald.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteReaderTest {
  private static List<SuiteRecord> read(String xml) throws IOException {
    return new SuiteReader()
        .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline");
  }

  @Test
  void reads_expected_triples_and_records_without_events() throws IOException {
    List<SuiteRecord> records =
        read(
            """
            <Validation><Sentences>
            <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
            <!-- comment -->
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
            <Text>
            Arnor is about to restore full diplomatic ties
            with Gondor.
            </Text>
            <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
            </Sentence>
            <Sentence date="19950102" id="NOEV-01" category="DEMO">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            </Sentences></Validation>
            """);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).text())
        .isEqualTo("Arnor is about to restore full diplomatic ties with Gondor.");
    assertThat(records.get(0).expected())
        .containsExactlyInAnyOrder(
            new SuiteRecord.Triple("ARN", "GON", "064"),
            new SuiteRecord.Triple("GON", "ARN", "064"));
    assertThat(records.get(1).expected()).isEmpty();
    assertThat(records.get(1).date()).hasToString("1995-01-02");
  }

  @Test
  void rejects_malformed_xml_naming_the_source() {
    assertThatThrownBy(() -> read("<Validation><Sentence"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inline");
  }

  @Test
  void a_config_element_sets_require_dyad_for_the_records_after_it() throws IOException {
    List<SuiteRecord> records =
        read(
            """
            <Validation>
            <Environment><Config option="stop_on_error" value="True"></Config></Environment>
            <Sentences>
            <Sentence date="19950101" id="A" category="DEMO"><Text>One.</Text></Sentence>
            <Config option="require_dyad" value="FALSE"></Config>
            <Sentence date="19950101" id="B" category="DEMO">
            <EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
            <Text>Two.</Text></Sentence>
            <Config option="require_dyad" value="True"></Config>
            <Sentence date="19950101" id="C" category="DEMO"><Text>Three.</Text></Sentence>
            </Sentences></Validation>
            """);
    assertThat(records).extracting(SuiteRecord::requireDyad).containsExactly(true, false, true);
    assertThat(records.get(0).options()).isEmpty();
    assertThat(records.get(1).expected())
        .containsExactly(new SuiteRecord.Triple("---GOV", "---", "023"));
  }

  @Test
  void keeps_each_records_parse_and_names_what_is_wrong_with_a_malformed_one() throws IOException {
    List<SuiteRecord> records =
        read(
            """
            <Validation><Sentences>
            <Sentence date="19950101" id="OK-01" category="DEMO">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>Arnor met Gondor.</Text>
            <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))))</Parse>
            </Sentence>
            <Sentence date="19950101" id="ERROR-A" category="ERROR">
            <EventCoding error="bad_input_parse"></EventCoding>
            <Text>Arnor met Gondor.</Text>
            <Parse>(ROOT (S (NP (NNP Arnor)) (VBD met) (NP (NNP Gondor)))))</Parse>
            </Sentence>
            <Sentence date="19950101" id="ERROR-B" category="ERROR">
            <EventCoding error="bad_input_parse"></EventCoding>
            <Text>Arnor met Gondor.</Text>
            <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)</Parse>
            </Sentence>
            <Sentence date="19950101" id="NOPARSE" category="DEMO">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            </Sentences></Validation>
            """);
    assertThat(records.get(0).parse()).startsWith("(ROOT (S (NP");
    assertThat(records.get(0).parseProblem()).isEmpty();
    assertThat(records.get(1).parseProblem()).get().asString().contains("never opened");
    assertThat(records.get(2).parseProblem()).get().asString().contains("4 bracket(s) unclosed");
    assertThat(records.get(3).parse()).isEmpty();
    assertThat(records.get(3).parseProblem()).isEmpty();
  }
}
