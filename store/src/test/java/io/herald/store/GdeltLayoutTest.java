package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The GDELT column layouts, checked against GDELT's own column-label files when present. */
class GdeltLayoutTest {
  private static final Path REFERENCE =
      Path.of(System.getProperty("herald.shared", "../../shared"), "data", "reference");

  @Test
  void events_have_61_columns_and_mentions_16() {
    assertThat(GdeltLayout.EVENTS).hasSize(61).doesNotHaveDuplicates();
    assertThat(GdeltLayout.MENTIONS).hasSize(16).doesNotHaveDuplicates();
    assertThat(GdeltLayout.EVENTS.get(58)).isEqualTo("ActionGeo_FeatureID");
    assertThat(GdeltLayout.EVENTS.get(60)).isEqualTo("SOURCEURL");
  }

  @Test
  void events_columns_match_gdelt_label_file() throws IOException {
    Path file = REFERENCE.resolve("GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
    Assumptions.assumeTrue(Files.exists(file), "GDELT column labels not under ../shared");
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, 62)) {
      names.add(line.substring(0, line.indexOf(',')));
    }
    assertThat(GdeltLayout.EVENTS).containsExactlyElementsOf(names);
  }

  @Test
  void mentions_columns_match_gdelt_label_file() throws IOException {
    Path file = REFERENCE.resolve("GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv");
    Assumptions.assumeTrue(Files.exists(file), "GDELT column labels not under ../shared");
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f[0].matches("\\d+") && !f[2].isEmpty()) {
        names.add(f[1]);
      }
    }
    assertThat(GdeltLayout.MENTIONS).containsExactlyElementsOf(names);
  }

  @Test
  void fraction_date_follows_gdelt_formula() {
    // (1 * 30 + 1) / 365 = 0.0849; (12 * 30 + 31) / 365 = 1.0712, GDELT's approximation overflows
    assertThat(GdeltExport.fractionDate(LocalDate.of(2015, 1, 1))).isEqualTo("2015.0849");
    assertThat(GdeltExport.fractionDate(LocalDate.of(2024, 10, 2))).isEqualTo("2024.8274");
  }

  @Test
  void type_codes_come_after_the_country_or_from_the_group_class() {
    assertThat(GdeltExport.typeCodes("JPNGOV", "JPN")).containsExactly("GOV");
    assertThat(GdeltExport.typeCodes("USAMILGOV", "USA")).containsExactly("MIL", "GOV");
    assertThat(GdeltExport.typeCodes("IGOWSTNAT", null)).containsExactly("IGO");
    assertThat(GdeltExport.typeCodes("JPN", "JPN")).isEmpty();
    assertThat(GdeltExport.typeCodes("UNK", null)).isEmpty();
    assertThat(GdeltExport.typeCodes("CVL", null)).containsExactly("CVL");
  }

  @Test
  void global_event_ids_are_stable_positive_and_distinct() {
    long a = GdeltExport.globalEventId("2024-10-07|JPNGOV|USAGOV|041");
    assertThat(a).isEqualTo(GdeltExport.globalEventId("2024-10-07|JPNGOV|USAGOV|041"));
    assertThat(a).isPositive().isLessThan(1L << 53);
    assertThat(GdeltExport.globalEventId("2024-10-07|USAGOV|JPNGOV|041")).isNotEqualTo(a);
  }
}
