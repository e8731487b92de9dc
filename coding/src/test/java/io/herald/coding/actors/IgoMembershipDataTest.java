package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.codes.Countries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invariants of the bundled membership tables, read row by row from the resources (not through the
 * loader's own checks), and the member counts the organisations themselves publish.
 */
class IgoMembershipDataTest {
  private static final Countries COUNTRIES = Countries.load();
  private static final List<String[]> ORGS = table("igos.tsv");
  private static final List<String[]> MEMBERS = table("igo-members.tsv");

  /**
   * The loaded tables, built on first use so that the row checks below report a bad row themselves
   * even when the loader would refuse it.
   */
  private static final class Loaded {
    static final IgoMembership IGOS = IgoMembership.load(COUNTRIES);
  }

  /** The data lines of a bundled table, header and comments dropped, split at tabs. */
  private static List<String[]> table(String name) {
    InputStream in = IgoMembership.class.getResourceAsStream("/io/herald/coding/" + name);
    assertThat(in).as(name).isNotNull();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new AssertionError("cannot read " + name, e);
    }
    return rows;
  }

  private static String where(String[] row) {
    return String.join(" ", row[0], row[1], row[2]);
  }

  @Test
  void every_member_is_an_iso_alpha3_code_of_the_country_table() {
    assertThat(MEMBERS).hasSizeGreaterThan(900);
    for (String[] row : MEMBERS) {
      assertThat(row.length).as(where(row)).isBetween(4, 6);
      assertThat(row[1]).as(where(row)).matches("[A-Z]{3}");
      assertThat(COUNTRIES.byIso3(row[1])).as(where(row)).isPresent();
    }
  }

  @Test
  void no_membership_is_listed_twice_and_no_periods_overlap() {
    Map<String, List<String[]>> periods = new HashMap<>();
    for (String[] row : MEMBERS) {
      periods.computeIfAbsent(row[0] + " " + row[1], k -> new ArrayList<>()).add(row);
    }
    for (List<String[]> same : periods.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          String[] a = same.get(i);
          String[] b = same.get(j);
          LocalDate aEnd = a[3].isBlank() ? LocalDate.MAX : MembershipDate.parse(a[3]).last();
          LocalDate bEnd = b[3].isBlank() ? LocalDate.MAX : MembershipDate.parse(b[3]).last();
          boolean overlap =
              !MembershipDate.parse(a[2]).first().isAfter(bEnd)
                  && !MembershipDate.parse(b[2]).first().isAfter(aEnd);
          assertThat(overlap).as(where(a) + " and " + where(b)).isFalse();
        }
      }
    }
  }

  @Test
  void every_end_comes_after_its_start() {
    int ended = 0;
    for (String[] row : MEMBERS) {
      if (row[3].isBlank()) {
        continue;
      }
      ended++;
      MembershipDate joined = MembershipDate.parse(row[2]);
      MembershipDate left = MembershipDate.parse(row[3]);
      // Certainly after: the earliest the end can be is after the latest the start can be.
      assertThat(left.first()).as(where(row) + " left " + row[3]).isAfter(joined.last());
    }
    assertThat(ended).as("periods with an end").isGreaterThan(15);
  }

  @Test
  void every_organisation_has_members_and_a_source_and_every_row_an_organisation() {
    Set<String> keys = new LinkedHashSet<>();
    for (String[] org : ORGS) {
      assertThat(org).as(org[0]).hasSize(5);
      assertThat(org[4]).as(org[0] + " source").isNotBlank();
      keys.add(org[0]);
    }
    Set<String> used = new LinkedHashSet<>();
    for (String[] row : MEMBERS) {
      assertThat(keys).as(where(row)).contains(row[0]);
      used.add(row[0]);
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(keys);
    for (Organisation o : Loaded.IGOS.organisations()) {
      for (String[] row : MEMBERS) {
        if (row[0].equals(o.key())) {
          assertThat(Loaded.IGOS.history(o.key(), row[1]))
              .as(where(row))
              .allSatisfy(m -> assertThat(m.source()).isNotBlank());
        }
      }
    }
  }

  @Test
  void membership_on_a_day_follows_each_rows_dates() {
    for (String[] row : MEMBERS) {
      String org = row[0];
      String iso3 = row[1];
      MembershipDate joined = MembershipDate.parse(row[2]);
      assertThat(Loaded.IGOS.memberOn(org, iso3, joined.last()))
          .as(where(row) + " on joining")
          .isTrue();
      if (!joined.upperBoundOnly()) {
        LocalDate before = joined.first().minusDays(1);
        assertThat(Loaded.IGOS.memberOn(org, iso3, before) && !coveredByAnother(row, before))
            .as(where(row) + " the day before joining")
            .isFalse();
      }
      if (!row[3].isBlank()) {
        MembershipDate left = MembershipDate.parse(row[3]);
        assertThat(Loaded.IGOS.memberOn(org, iso3, left.first()))
            .as(where(row) + " on leaving")
            .isTrue();
        LocalDate after = left.last().plusDays(1);
        assertThat(Loaded.IGOS.memberOn(org, iso3, after) && !coveredByAnother(row, after))
            .as(where(row) + " the day after leaving")
            .isFalse();
      }
    }
  }

  /** Whether another period of the same country in the same organisation covers {@code day}. */
  private static boolean coveredByAnother(String[] row, LocalDate day) {
    return Loaded.IGOS.history(row[0], row[1]).stream()
        .anyMatch(m -> !m.joined().text().equals(row[2]) && m.certainOn(day));
  }

  @ParameterizedTest(name = "{0} has {2} member countries on {1}")
  @CsvSource({
    // NATO, "NATO member countries": 12 founders; 30 after North Macedonia; Finland, Sweden.
    "NATO, 1949-08-24, 12",
    "NATO, 2020-03-27, 30",
    "NATO, 2023-04-04, 31",
    "NATO, 2024-03-06, 31",
    "NATO, 2024-03-07, 32",
    // EU: the six, the enlargements of 1995, 2004, 2007 and 2013, and the United Kingdom's exit.
    "EU, 1958-01-01, 6",
    "EU, 1995-01-01, 15",
    "EU, 2004-05-01, 25",
    "EU, 2007-01-01, 27",
    "EU, 2013-07-01, 28",
    "EU, 2020-01-31, 28",
    "EU, 2020-02-01, 27",
    "EU, 2026-01-01, 27",
    // UN: 193 since South Sudan.
    "UN, 2011-07-14, 193",
    "UN, 2026-01-01, 193",
    // WTO, "Members and Observers": 76 members on 1 January 1995, 164 after Afghanistan, 166 after
    // Comoros and Timor-Leste; the European Union is one of them and is not a country row.
    "WTO, 1995-01-01, 75",
    "WTO, 2016-07-29, 163",
    "WTO, 2024-08-21, 164",
    "WTO, 2024-08-30, 165",
    // Commonwealth: 54 with Rwanda; the Gambia out (2013-2018) and the Maldives out (2016-2020);
    // 56 with Gabon and Togo.
    "COMMONWEALTH, 2009-11-29, 54",
    "COMMONWEALTH, 2014-01-01, 53",
    "COMMONWEALTH, 2017-01-01, 52",
    "COMMONWEALTH, 2019-01-01, 53",
    "COMMONWEALTH, 2021-01-01, 54",
    "COMMONWEALTH, 2022-06-30, 56",
    // IAEA: 172 Member States in September 2020 (with Comoros, 17 September 2020).
    "IAEA, 2020-09-16, 171",
    "IAEA, 2020-09-30, 172",
  })
  void member_counts_match_the_organisations_published_totals(String org, String day, int n) {
    assertThat(Loaded.IGOS.membersOn(org, LocalDate.parse(day))).hasSize(n);
  }

  @Test
  void partial_coverage_stays_within_the_published_total() {
    // 180 IAEA Member States in November 2024; Herald records those it could confirm.
    List<String> iaea = Loaded.IGOS.membersOn("IAEA", LocalDate.parse("2024-11-30"));
    assertThat(iaea).hasSizeLessThanOrEqualTo(180).hasSizeGreaterThanOrEqualTo(175);
    assertThat(iaea).contains("SOM", "CPV", "COM", "WSM", "TON", "VAT").doesNotContain("PRK");
    assertThat(Loaded.IGOS.organisations())
        .filteredOn(o -> !o.complete())
        .extracting(Organisation::key)
        .containsExactly("IAEA");
  }

  @Test
  void joining_and_leaving_dates_are_honoured() {
    // The United Kingdom in the EU in 2019, not in 2021.
    assertThat(Loaded.IGOS.memberOn("EU", "GBR", LocalDate.parse("2019-06-30"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("EU", "GBR", LocalDate.parse("2021-06-30"))).isFalse();
    // The Gambia left the Commonwealth in 2013 and rejoined in 2018; the Maldives left in 2016
    // and rejoined in 2020; Zimbabwe left in 2003.
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "GMB", LocalDate.parse("2012-01-01"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "GMB", LocalDate.parse("2015-01-01")))
        .isFalse();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "GMB", LocalDate.parse("2019-01-01"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "MDV", LocalDate.parse("2015-01-01"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "MDV", LocalDate.parse("2018-01-01")))
        .isFalse();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "MDV", LocalDate.parse("2021-01-01"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "ZWE", LocalDate.parse("2002-01-01"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("COMMONWEALTH", "ZWE", LocalDate.parse("2004-01-01")))
        .isFalse();
    assertThat(Loaded.IGOS.history("COMMONWEALTH", "FJI")).hasSize(2);
    // Cambodia withdrew from the IAEA in 2003 and rejoined on 23 November 2009.
    assertThat(Loaded.IGOS.memberOn("IAEA", "KHM", LocalDate.parse("2000-01-01"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("IAEA", "KHM", LocalDate.parse("2005-01-01"))).isFalse();
    assertThat(Loaded.IGOS.memberOn("IAEA", "KHM", LocalDate.parse("2009-11-22"))).isFalse();
    assertThat(Loaded.IGOS.memberOn("IAEA", "KHM", LocalDate.parse("2009-11-23"))).isTrue();
    // Russia joined the WTO on 22 August 2012; China on 11 December 2001.
    assertThat(Loaded.IGOS.memberOn("WTO", "RUS", LocalDate.parse("2012-08-21"))).isFalse();
    assertThat(Loaded.IGOS.memberOn("WTO", "RUS", LocalDate.parse("2012-08-22"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("WTO", "CHN", LocalDate.parse("2001-12-10"))).isFalse();
    // Venezuela's denunciation of the OAS Charter took effect in April 2019.
    assertThat(Loaded.IGOS.memberOn("OAS", "VEN", LocalDate.parse("2018-12-31"))).isTrue();
    assertThat(Loaded.IGOS.memberOn("OAS", "VEN", LocalDate.parse("2019-05-01"))).isFalse();
  }

  @Test
  void a_date_known_only_as_an_upper_bound_counts_from_that_bound() {
    MembershipDate d = MembershipDate.parse("..2023-07");
    assertThat(d.upperBoundOnly()).isTrue();
    assertThat(d.exact()).isFalse();
    assertThat(d.last()).isEqualTo(LocalDate.parse("2023-07-31"));
    assertThat(d.toString()).isEqualTo("..2023-07");
    assertThat(MembershipDate.parse("2023-07").upperBoundOnly()).isFalse();
    assertThat(Loaded.IGOS.memberOn("IAEA", "TON", LocalDate.parse("2023-07-30"))).isFalse();
    assertThat(Loaded.IGOS.memberOn("IAEA", "TON", LocalDate.parse("2023-07-31"))).isTrue();
    assertThatThrownBy(() -> MembershipDate.parse("....2023"))
        .hasMessageContaining("expected one date after ..");
    assertThatThrownBy(() -> MembershipDate.parse("..July 2023"))
        .hasMessageContaining("optionally after ..");
  }
}
