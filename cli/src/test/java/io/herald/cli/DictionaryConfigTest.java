package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.coding.actors.PetrarchActorDictionary;
import io.herald.coding.actors.PetrarchAgentDictionary;
import io.herald.coding.events.PetrarchVerbDictionary;
import io.herald.model.codes.CameoCodebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dictionary key naming a file of another kind, or no dictionary at all, is refused by name. */
class DictionaryConfigTest {
  private static final String ACTORS =
      "# fictional test dictionary\n"
          + "BORIN_TALLOW_\n"
          + "\t[NORGOV 20200101-20221231]\n"
          + "GRIMSHAW_INDUSTRIES_ [NORBUS]\n";

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f.toString();
  }

  @Test
  void an_actor_dictionary_given_as_verbs_is_refused() throws IOException {
    String file = write("actors.txt", ACTORS);
    CameoCodebook codebook = CameoCodebook.load();
    PetrarchVerbDictionary verbs =
        Wiring.read(file, (r, o) -> PetrarchVerbDictionary.read(r, o, codebook));
    assertThatThrownBy(
            () ->
                Wiring.nonEmpty(
                    "dictionary.verbs", file, verbs, PetrarchVerbDictionary::verbCount, "verb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dictionary.verbs")
        .hasMessageContaining(file)
        .hasMessageContaining("no PETRARCH verb entries");
  }

  @Test
  void garbage_as_actors_and_agents_is_refused_and_a_real_dictionary_is_kept() throws IOException {
    String garbage = write("garbage.txt", "THIS IS NOT\n[[[ a dictionary\n");
    PetrarchAgentDictionary agents =
        Wiring.read(garbage, (r, o) -> PetrarchAgentDictionary.read(r, o));
    assertThatThrownBy(
            () ->
                Wiring.nonEmpty(
                    "dictionary.agents", garbage, agents, d -> d.agents().size(), "agent"))
        .hasMessageContaining("dictionary.agents");
    String actors = write("actors.txt", ACTORS);
    PetrarchActorDictionary real =
        Wiring.read(actors, (r, o) -> PetrarchActorDictionary.read(r, o));
    assertThat(Wiring.nonEmpty("dictionary.actors", actors, real, d -> d.entries().size(), "actor"))
        .isSameAs(real);
  }
}
