package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IgoCommandTest {
  @Test
  void lists_nato_members_on_a_day_with_their_joining_dates() {
    ExportCommandIT.Run r = ExportCommandIT.run("igo", "NATO", "--date", "2023-04-04");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "North Atlantic Treaty Organization (IGOWSTNAT), 31 member countries on 2023-04-04")
        .contains("FIN  Finland  joined 2023-04-04")
        .doesNotContain("SWE");
    assertThat(ExportCommandIT.run("igo", "IGOWSTNAT", "--date", "2023-04-03").out())
        .contains("30 member countries")
        .doesNotContain("FIN");
  }

  @Test
  void lists_the_organisations_of_a_country() {
    ExportCommandIT.Run r = ExportCommandIT.run("igo", "gbr", "--date", "2020-02-01");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("NATO  IGOWSTNAT  joined 1949-08-24").doesNotContain("EU ");
    assertThat(ExportCommandIT.run("igo", "GBR", "--date", "2020-01-31").out())
        .contains("EU  IGOEUREEC  joined 1973-01-01, left 2020-01-31");
  }

  @Test
  void unknown_subject_and_bad_date_fail_with_a_message() {
    ExportCommandIT.Run r = ExportCommandIT.run("igo", "XYZZY");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("neither an organisation nor an ISO alpha-3 country code: XYZZY");
    ExportCommandIT.Run d = ExportCommandIT.run("igo", "NATO", "--date", "2023-02-30");
    assertThat(d.exit()).isEqualTo(1);
    assertThat(d.err()).contains("--date: expected a date YYYY-MM-DD");
  }
}
