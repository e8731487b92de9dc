package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Span;
import io.herald.model.codes.Countries;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Membership of international organisations on real dates, from the bundled data. */
class IgoMembershipTest {
  private static final Countries COUNTRIES = Countries.load();
  private static final IgoMembership IGOS = IgoMembership.load(COUNTRIES);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void finland_joined_nato_on_4_april_2023() {
    assertThat(IGOS.memberOn("NATO", "FIN", day("2023-04-04"))).isTrue();
    assertThat(IGOS.memberOn("NATO", "FIN", day("2023-04-03"))).isFalse();
  }

  @Test
  void sweden_joined_nato_on_7_march_2024_making_32_members() {
    assertThat(IGOS.memberOn("NATO", "SWE", day("2024-03-07"))).isTrue();
    assertThat(IGOS.memberOn("NATO", "SWE", day("2024-03-06"))).isFalse();
    assertThat(IGOS.membersOn("NATO", day("2024-03-07"))).hasSize(32);
    assertThat(IGOS.membersOn("NATO", day("2024-03-06"))).hasSize(31);
    assertThat(IGOS.membersOn("NATO", day("1949-08-24")))
        .containsExactly(
            "BEL", "CAN", "DNK", "FRA", "GBR", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "USA");
  }

  @Test
  void united_kingdom_was_in_the_eu_until_the_end_of_31_january_2020() {
    assertThat(IGOS.memberOn("EU", "GBR", day("1972-12-31"))).isFalse();
    assertThat(IGOS.memberOn("EU", "GBR", day("1973-01-01"))).isTrue();
    assertThat(IGOS.memberOn("EU", "GBR", day("2020-01-31"))).isTrue();
    assertThat(IGOS.memberOn("EU", "GBR", day("2020-02-01"))).isFalse();
    assertThat(IGOS.membersOn("EU", day("2020-01-31"))).hasSize(28);
    assertThat(IGOS.membersOn("EU", day("2020-02-01"))).hasSize(27);
    assertThat(IGOS.history("EU", "GBR"))
        .singleElement()
        .satisfies(m -> assertThat(m.source()).contains("withdrawal of the United Kingdom"));
  }

  @Test
  void un_has_193_members_since_south_sudan() {
    assertThat(IGOS.membersOn("UN", day("2011-07-14"))).hasSize(193).contains("SSD");
    assertThat(IGOS.membersOn("UN", day("2011-07-13"))).hasSize(192).doesNotContain("SSD");
    // 51 original Members; Czechoslovakia and Yugoslavia no longer exist.
    assertThat(IGOS.membersOn("UN", day("1945-12-31"))).hasSize(49);
    assertThat(IGOS.memberOn("UN", "JPN", day("1956-12-18"))).isTrue();
    assertThat(IGOS.memberOn("UN", "CHE", day("2002-09-09"))).isFalse();
  }

  @Test
  void organisations_are_found_by_key_or_cameo_code() {
    assertThat(IGOS.organisation("IGOWSTNAT"))
        .get()
        .extracting(Organisation::key)
        .isEqualTo("NATO");
    assertThat(IGOS.membersOn("IGOWSTNAT", day("2024-03-07")))
        .isEqualTo(IGOS.membersOn("nato", day("2024-03-07")));
    assertThatThrownBy(() -> IGOS.membersOn("WARSAWPACT", day("1980-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown organisation WARSAWPACT");
  }

  @Test
  void organisations_of_a_country_change_with_the_date() {
    assertThat(IGOS.organisationsOf("SWE", day("2024-03-07")))
        .extracting(Organisation::key)
        .contains("UN", "NATO", "EU", "OSCE");
    assertThat(IGOS.organisationsOf("SWE", day("2024-03-06")))
        .extracting(Organisation::key)
        .contains("EU")
        .doesNotContain("NATO");
    assertThat(IGOS.organisationsOf("JPN", day("2024-01-01")))
        .extracting(Organisation::key)
        .contains("UN", "G7", "G20", "QUAD");
  }

  @Test
  void memberships_known_to_the_month_or_year_count_only_where_certain() {
    // South Sudan's AU admission is recorded as July 2011: certain from its last day.
    assertThat(IGOS.memberOn("AU", "SSD", day("2011-07-30"))).isFalse();
    assertThat(IGOS.memberOn("AU", "SSD", day("2011-07-31"))).isTrue();
    // Qatar joined OPEC in 1961 and terminated its membership on 1 January 2019.
    assertThat(IGOS.memberOn("OPEC", "QAT", day("1961-12-30"))).isFalse();
    assertThat(IGOS.memberOn("OPEC", "QAT", day("1961-12-31"))).isTrue();
    assertThat(IGOS.memberOn("OPEC", "QAT", day("2018-12-31"))).isTrue();
    assertThat(IGOS.memberOn("OPEC", "QAT", day("2019-01-01"))).isFalse();
  }

  @Test
  void current_memberships_match_the_organisations_own_counts() {
    LocalDate d = day("2026-01-01");
    assertThat(IGOS.membersOn("OPEC", d))
        .containsExactly(
            "ARE", "COG", "DZA", "GAB", "GNQ", "IRN", "IRQ", "KWT", "LBY", "NGA", "SAU", "VEN");
    assertThat(IGOS.membersOn("ASEAN", d)).hasSize(11).contains("TLS");
    assertThat(IGOS.membersOn("ASEAN", day("2025-10-25"))).hasSize(10);
    assertThat(IGOS.membersOn("AU", d)).hasSize(55).contains("ESH", "MAR");
    assertThat(IGOS.membersOn("SCO", d)).hasSize(10).contains("BLR", "IRN");
    assertThat(IGOS.membersOn("BRICS", d)).hasSize(10).contains("IDN").doesNotContain("SAU");
    assertThat(IGOS.membersOn("GCC", d)).hasSize(6);
    assertThat(IGOS.membersOn("ARABLEAGUE", d)).hasSize(22);
    assertThat(IGOS.membersOn("OAS", d)).hasSize(33).doesNotContain("VEN", "NIC");
    assertThat(IGOS.membersOn("OSCE", d)).hasSize(57);
    assertThat(IGOS.membersOn("G7", d)).hasSize(7);
    assertThat(IGOS.membersOn("G20", d)).hasSize(19);
    assertThat(IGOS.membersOn("QUAD", d)).containsExactly("AUS", "IND", "JPN", "USA");
  }

  @Test
  void every_membership_has_a_source_and_partial_coverage_is_declared() {
    for (Organisation o : IGOS.organisations()) {
      assertThat(o.source()).as(o.key()).isNotBlank();
      for (String iso3 : IGOS.membersOn(o.key(), day("2026-01-01"))) {
        assertThat(IGOS.history(o.key(), iso3))
            .allSatisfy(m -> assertThat(m.source()).isNotBlank());
      }
    }
    assertThat(IGOS.organisations())
        .filteredOn(o -> !o.complete())
        .extracting(Organisation::key)
        .containsExactly("IAEA");
  }

  @Test
  void every_organisation_is_recognised_in_text_with_its_code() {
    PhraseMatcher<LexiconEntry> phrases = ActorLexicon.load(COUNTRIES).phrases();
    for (Organisation o : IGOS.organisations()) {
      String text = o.name();
      List<PhraseMatcher.Match<LexiconEntry>> found = phrases.find(sentence(text), text);
      assertThat(found).as(text).hasSize(1);
      assertThat(found.get(0).phrase()).as(text).isEqualTo(text);
      assertThat(found.get(0).value().code()).as(text).isEqualTo(o.code().value());
      assertThat(found.get(0).value().type()).isEqualTo(LexiconEntry.Type.ORGANIZATION);
    }
    for (String abbreviation : List.of("NATO", "OPEC", "ASEAN", "OAS", "OSCE", "SCO", "GCC")) {
      List<PhraseMatcher.Match<LexiconEntry>> found =
          phrases.find(sentence(abbreviation), abbreviation);
      assertThat(found)
          .as(abbreviation)
          .singleElement()
          .satisfies(m -> assertThat(m.value().code()).startsWith("IGO"));
    }
  }

  @Test
  void malformed_rows_are_reported_with_table_and_line() {
    String orgs = "org\tcode\tname\tcoverage\tsource\nNATO\tIGOWSTNAT\tNATO\tcomplete\tTreaty\n";
    assertThatThrownBy(() -> read(orgs, "org\tmember\tjoined\tleft\n# c\nNATO\tXYZ\t1949\t\n"))
        .hasMessage("m.tsv:3: unknown country code XYZ");
    assertThatThrownBy(() -> read(orgs, "org\tmember\tjoined\tleft\nNATO\tFIN\t2023-02-30\t\n"))
        .hasMessageStartingWith("m.tsv:2: not a real date");
    assertThatThrownBy(() -> read(orgs, "org\tmember\tjoined\tleft\nNATO\tFIN\t2023-04\t2022\n"))
        .hasMessageStartingWith("m.tsv:2: FIN in NATO: left 2022 before joining 2023-04")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> read(orgs, "org\tmember\tjoined\tleft\nNATO\tFRA\t1949\t\nNATO\tFRA\t2009\t\n"))
        .hasMessageContaining("FRA has overlapping periods in NATO");
    assertThatThrownBy(() -> read(orgs, "org\tmember\tjoined\tleft\nEU\tFRA\t1958\t\n"))
        .hasMessage("m.tsv:2: unknown organisation EU");
  }

  @Test
  void a_country_may_leave_and_rejoin() throws IOException {
    IgoMembership m =
        read(
            "org\tcode\tname\tcoverage\tsource\nCW\tIGOCWN\tCommonwealth\tpartial\tpage\n",
            "org\tmember\tjoined\tleft\nCW\tZAF\t1931\t1961-05-31\nCW\tZAF\t1994-06-01\t\n");
    assertThat(m.memberOn("CW", "ZAF", day("1975-01-01"))).isFalse();
    assertThat(m.memberOn("CW", "ZAF", day("1961-05-31"))).isTrue();
    assertThat(m.memberOn("CW", "ZAF", day("1994-06-01"))).isTrue();
    assertThat(m.history("CW", "ZAF")).hasSize(2);
    assertThat(IGOS.history("COMMONWEALTH", "PAK")).hasSize(2);
  }

  private static IgoMembership read(String orgs, String members) throws IOException {
    return IgoMembership.read(
        new StringReader(orgs), "o.tsv", new StringReader(members), "m.tsv", COUNTRIES);
  }

  /** The words of {@code text} as one sentence of tokens, split at spaces. */
  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    for (String w : text.split(" ")) {
      tokens.add(
          new Token(tokens.size(), w, w, "NNP", "O", "", new Span(start, start + w.length())));
      start += w.length() + 1;
    }
    return new Sentence(0, new Span(0, text.length()), tokens, List.of());
  }
}
