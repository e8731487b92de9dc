package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.geo.Gazetteer;
import io.herald.geo.SourceHome;
import io.herald.geo.SourceHomes;
import io.herald.model.codes.Countries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geo.homes} and {@code geo.home} resolved against the bundled gazetteer at start-up. */
class SourceHomesConfigTest {
  private static Gazetteer gazetteer;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(Countries.load());
  }

  private HeraldConfig config(String table, String home) throws IOException {
    StringBuilder props = new StringBuilder();
    if (table != null) {
      Path homes = Files.writeString(dir.resolve("homes.tsv"), table, StandardCharsets.UTF_8);
      props.append("geo.homes = ").append(homes).append('\n');
    }
    props.append("geo.home = ").append(home).append('\n');
    Path f = dir.resolve("herald.properties");
    Files.writeString(f, props.toString(), StandardCharsets.UTF_8);
    return HeraldConfig.load(f);
  }

  @Test
  void resolves_each_sources_region_and_the_newsrooms_own() throws IOException {
    SourceHomes homes =
        Wiring.homes(
            config(
                "Columbus Dispatch\tOhio\nToronto Star\tOntario, Canada\nDawn\tPunjab, Pakistan\n",
                "Minnesota"),
            gazetteer);
    assertThat(homes.of("Columbus Dispatch")).isEqualTo(new SourceHome("USA", "OH"));
    assertThat(homes.of("Toronto Star").iso3()).isEqualTo("CAN");
    assertThat(homes.of("Dawn").iso3()).isEqualTo("PAK");
    assertThat(homes.of("Star Tribune")).isEqualTo(new SourceHome("USA", "MN"));
    assertThat(Wiring.homes(HeraldConfig.defaults(), gazetteer)).isEqualTo(SourceHomes.NONE);
  }

  @Test
  void an_unknown_or_ambiguous_region_stops_the_run_naming_file_line_and_region()
      throws IOException {
    HeraldConfig ambiguous = config("Columbus Dispatch\tOhio\nThe Tribune\tPunjab\n", "");
    assertThatThrownBy(() -> Wiring.homes(ambiguous, gazetteer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geo.homes")
        .hasMessageContaining(dir.resolve("homes.tsv") + ":2:")
        .hasMessageContaining("ambiguous region \"Punjab\"")
        .hasMessageContaining("IND.")
        .hasMessageContaining("PAK.");
    HeraldConfig unknown = config("The Post\tAtlantis\n", "");
    assertThatThrownBy(() -> Wiring.homes(unknown, gazetteer))
        .hasMessageContaining("homes.tsv:1:")
        .hasMessageContaining("unknown region \"Atlantis\"");
    HeraldConfig badHome = config(null, "Narnia");
    assertThatThrownBy(() -> Wiring.homes(badHome, gazetteer))
        .hasMessageStartingWith("geo.home: ")
        .hasMessageContaining("Narnia");
  }

  @Test
  void a_table_that_is_not_utf8_is_named() throws IOException {
    Path homes = dir.resolve("homes.tsv");
    Files.write(homes, new byte[] {'A', '\t', (byte) 0xC3, (byte) 0x28, '\n'});
    Path f = dir.resolve("herald.properties");
    Files.writeString(f, "geo.homes = " + homes + "\n", StandardCharsets.UTF_8);
    HeraldConfig c = HeraldConfig.load(f);
    assertThatThrownBy(() -> Wiring.homes(c, gazetteer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geo.homes: cannot read " + homes);
  }
}
