package io.herald.coding.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {
  private final TimeNormalizer normalizer = new TimeNormalizer();

  private List<TimeExpression> normalize(ParsedArticle p) {
    List<TimeExpression> out = normalizer.normalize(p);
    for (int i = 0; i < out.size(); i++) {
      TimeExpression t = out.get(i);
      assertThat(t.id()).isEqualTo("t" + (i + 1));
      assertThat(t.span().of(p.text())).isEqualTo(t.text());
      assertThat(t.evidence().span()).isEqualTo(t.span());
    }
    return out;
  }

  private TimeExpression only(ParsedArticle p) {
    List<TimeExpression> out = normalize(p);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private String valueOf(ParsedArticle p, String text) {
    return normalize(p).stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no expression \"" + text + "\""))
        .value();
  }

  // Weekdays: direction by tense

  @Test
  void weekday_said_in_past_tense_is_the_last_such_day() {
    // Saturday article; SUTime places "Friday" in the coming week
    ParsedArticle p =
        ArticleBuilder.dated("1999-02-06")
            .sentence(
                "Neal/NNP Horsley/NNP said/VBD/say Friday/NNP that/IN he/PRP would/MD"
                    + " appeal/VB ./.")
            .time("Friday", "DATE", "1999-02-12")
            .build();
    TimeExpression t = only(p);
    assertThat(t.value()).isEqualTo("1999-02-05");
    assertThat(t.evidence().rule()).isEqualTo("time.weekday-past");
  }

  @Test
  void weekday_after_a_verb_of_intent_is_the_next_such_day() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-09-30")
            .sentence(
                "The/DT team/NN planned/VBD/plan to/TO leave/VB Nairobi/NNP on/IN"
                    + " Thursday/NNP ./.")
            .time("Thursday", "DATE", "1998-09-24")
            .build();
    assertThat(only(p).value()).isEqualTo("1998-10-01");
  }

  @Test
  void weekday_after_declined_to_comment_is_past() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-11-21")
            .sentence("Police/NNS declined/VBD/decline to/TO comment/VB Saturday/NNP ./.")
            .time("Saturday", "DATE", "1998-11-28")
            .build();
    assertThat(only(p).value()).isEqualTo("1998-11-21");
  }

  @Test
  void weekday_with_will_is_future_and_today_when_it_is_that_day() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-04-06")
            .sentence(
                "The/DT father/NN will/MD travel/VB on/IN Thursday/NNP and/CC"
                    + " will/MD return/VB Monday/NNP ./.")
            .time("Thursday", "DATE", "2000-03-30")
            .time("Monday", "DATE", "2000-04-03")
            .build();
    assertThat(valueOf(p, "Thursday")).isEqualTo("2000-04-06");
    assertThat(valueOf(p, "Monday")).isEqualTo("2000-04-10");
  }

  @Test
  void weekday_after_until_is_the_nearest_such_day() {
    ParsedArticle p =
        ArticleBuilder.dated("1999-05-07")
            .sentence(
                "Up/RB until/IN Thursday/NNP ,/, they/PRP had/VBD/have called/VBN/call"
                    + " him/PRP a/DT witness/NN ./.")
            .time("Thursday", "DATE", "1999-05-13")
            .build();
    assertThat(only(p).value()).isEqualTo("1999-05-06");
  }

  @Test
  void weekday_and_part_of_day_split_by_ner_become_one_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-01-07")
            .sentence("A/DT message/NN was/VBD/be read/VBN/read Wednesday/NNP night/NN ./.")
            .time("Wednesday", "DATE", "2000-01-05TNI")
            .time("night", "TIME", "2000-01-05TNI")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("Wednesday night");
    assertThat(t.type()).isEqualTo("TIME");
    assertThat(t.value()).isEqualTo("2000-01-05TNI");
    assertThat(TimeNormalizer.dayOf(t.value())).contains(LocalDate.of(2000, 1, 5));
  }

  @Test
  void bare_weekday_drops_a_time_of_day_taken_from_outside_it() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-04-17")
            .sentence("He/PRP lashed/VBD/lash out/RP Sunday/NNP ./.")
            .time("Sunday", "DATE", "2000-04-23TNI")
            .build();
    assertThat(only(p).value()).isEqualTo("2000-04-16");
  }

  // Months, days of the month, quarters

  @Test
  void month_in_past_tense_months_ahead_is_last_years() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-30")
            .sentence(
                "In/IN March/NNP ,/, the/DT company/NN received/VBD/receive an/DT"
                    + " offer/NN ./.")
            .time("March", "DATE", "1990-03")
            .build();
    TimeExpression t = only(p);
    assertThat(t.value()).isEqualTo("1989-03");
    assertThat(t.evidence().rule()).isEqualTo("time.month-by-tense");
  }

  @Test
  void near_date_on_the_far_side_of_its_tense_is_kept() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-31")
            .sentence(
                "The/DT board/NN authorized/VBD/authorize a/DT split/NN payable/JJ"
                    + " Dec./NNP 7/CD ./.")
            .time("Dec. 7", "DATE", "1989-12-07")
            .build();
    assertThat(only(p).value()).isEqualTo("1989-12-07");
  }

  @Test
  void day_of_month_in_past_tense_half_a_year_ahead_is_last_years() {
    ParsedArticle p =
        ArticleBuilder.dated("1999-05-06")
            .sentence("Slepian/NNP was/VBD/be killed/VBN/kill on/IN Oct./NNP 23/CD ./.")
            .time("Oct. 23", "DATE", "1999-10-23")
            .build();
    assertThat(only(p).value()).isEqualTo("1998-10-23");
  }

  @Test
  void last_month_name_is_the_most_recent_one_before_the_last_month() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-27")
            .sentence("The/DT chip/NN was/VBD/be unveiled/VBN/unveil last/JJ April/NNP ./.")
            .sentence("The/DT crash/NN happened/VBD/happen last/JJ September/NNP ./.")
            .time("last April", "DATE", "1988-04")
            .time("last September", "DATE", "1988-09")
            .build();
    assertThat(valueOf(p, "last April")).isEqualTo("1989-04");
    // September would have been "last month"
    assertThat(valueOf(p, "last September")).isEqualTo("1988-09");
  }

  @Test
  void past_quarter_without_year_is_this_years() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-26")
            .sentence(
                "Delta/NNP earned/VBD/earn $/$ 5/CD million/CD in/IN the/DT fiscal/JJ"
                    + " first/JJ quarter/NN ./.")
            .time("the fiscal first quarter", "DATE", "1990-Q1")
            .build();
    assertThat(only(p).value()).isEqualTo("1989-Q1");
  }

  @Test
  void thanksgiving_in_past_tense_is_last_years() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-01-07")
            .sentence("Elian/NNP was/VBD/be found/VBN/find Thanksgiving/NNP Day/NNP ./.")
            .time("Thanksgiving", "DATE", "2000-11-23")
            .time("Day", "DURATION", "P1D")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("Thanksgiving Day");
    assertThat(t.value()).isEqualTo("1999-11-25");
  }

  @Test
  void word_after_a_calendar_date_does_not_hide_it() {
    // regression: "after" following the span was read into the phrase and the holiday was lost
    ParsedArticle p =
        ArticleBuilder.dated("2000-04-03")
            .sentence(
                "He/PRP was/VBD/be found/VBN/find on/IN Thanksgiving/NNP Day/NNP after/IN"
                    + " a/DT boat/NN sank/VBD/sink ./.")
            .time("Thanksgiving", "DATE", "2000-11-23")
            .time("Day", "DURATION", "P1D")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("Thanksgiving Day");
    assertThat(t.value()).isEqualTo("1999-11-25");
  }

  // Relative to something other than the article date

  @Test
  void a_year_earlier_in_a_quarterly_report_is_that_quarter_a_year_before() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-02")
            .sentence("Net/JJ income/NN rose/VBD/rise in/IN the/DT third/JJ quarter/NN ./.")
            .sentence("It/PRP earned/VBD/earn $/$ 5/CD million/CD a/DT year/NN earlier/RBR ./.")
            .sentence(
                "Sales/NNS fell/VBD/fall in/IN the/DT quarter/NN ,/, and/CC the/DT"
                    + " year-ago/JJ results/NNS included/VBD/include a/DT gain/NN ./.")
            .time("the third quarter", "DATE", "1989-Q3")
            .time("a year earlier", "DATE", "1988-11-02")
            .time("the quarter", "DATE", "1989-Q4")
            .build();
    assertThat(valueOf(p, "the third quarter")).isEqualTo("1989-Q3");
    assertThat(valueOf(p, "a year earlier")).isEqualTo("1988-Q3");
    assertThat(valueOf(p, "the quarter")).isEqualTo("1989-Q3");
    // SUTime missed the adjective; it is the same comparison period
    assertThat(valueOf(p, "year-ago")).isEqualTo("1988-Q3");
  }

  @Test
  void fiscal_year_ended_is_a_year_long_period_and_year_ago_quarter_a_year_back() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-31")
            .sentence(
                "Revenue/NN was/VBD/be $/$ 9/CD million/CD in/IN the/DT year/NN"
                    + " ended/VBD/end March/NNP 31/CD ./.")
            .sentence(
                "In/IN the/DT year-ago/JJ third/JJ quarter/NN ,/, it/PRP earned/VBD/earn"
                    + " $/$ 2/CD million/CD ./.")
            .time("the year", "DATE", "1989")
            .time("March 31", "DATE", "1990-03-31")
            .time("third quarter", "DATE", "1989-Q3")
            .build();
    TimeExpression year = normalize(p).get(0);
    assertThat(year.text()).isEqualTo("the year");
    assertThat(year.type()).isEqualTo("DURATION");
    assertThat(year.value()).isEqualTo("P1Y");
    assertThat(valueOf(p, "March 31")).isEqualTo("1989-03-31");
    assertThat(valueOf(p, "the year-ago third quarter")).isEqualTo("1988-Q3");
  }

  @Test
  void a_year_earlier_outside_a_report_is_last_year() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-02-06")
            .sentence("Wages/NNS were/VBD/be higher/JJR than/IN a/DT year/NN earlier/RBR ./.")
            .time("a year", "DURATION", "P1Y")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("a year earlier");
    assertThat(t.value()).isEqualTo("1997");
  }

  @Test
  void years_ago_is_a_year_months_ago_a_month_weeks_ago_a_week() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-01-28")
            .sentence(
                "Castro/NNP took/VBD/take power/NN 41/CD years/NNS ago/RB ,/, the/DT"
                    + " boy/NN came/VBD/come two/CD months/NNS ago/RB and/CC his/PRP$ father/NN"
                    + " wrote/VBD/write six/CD weeks/NNS ago/RB ./.")
            .time("41 years ago", "DATE", "1959-01-28")
            .time("two months ago", "DATE", "1999-11-28")
            .time("six weeks ago", "DATE", "1999-12-17")
            .build();
    assertThat(valueOf(p, "41 years ago")).isEqualTo("1959");
    assertThat(valueOf(p, "two months ago")).isEqualTo("1999-11");
    assertThat(valueOf(p, "six weeks ago")).isEqualTo("1999-W50");
  }

  @Test
  void a_day_later_is_a_duration_not_the_day_after_the_article() {
    ParsedArticle p =
        ArticleBuilder.dated("1990-08-16")
            .sentence(
                "A/DT day/NN later/RB ,/, trucks/NNS crossed/VBD/cross the/DT" + " border/NN ./.")
            .time("A day", "DATE", "1990-08-17")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("A day later");
    assertThat(t.type()).isEqualTo("DURATION");
    assertThat(t.value()).isEqualTo("P1D");
    assertThat(TimeNormalizer.dayOf(t.value())).isEmpty();
  }

  @Test
  void the_following_year_follows_the_year_last_mentioned() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-04-18")
            .sentence(
                "In/IN 1995/CD he/PRP was/VBD/be promoted/VBN/promote and/CC the/DT"
                    + " following/JJ year/NN he/PRP left/VBD/leave ./.")
            .time("1995", "DATE", "1995")
            .time("the following year", "DATE", "1999")
            .build();
    assertThat(valueOf(p, "the following year")).isEqualTo("1996");
  }

  @Test
  void earlier_this_month_and_last_week_keep_sutimes_values() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-10-26")
            .sentence(
                "She/PRP was/VBD/be wounded/VBN/wound earlier/RBR this/DT month/NN"
                    + " and/CC spoke/VBD/speak last/JJ week/NN ./.")
            .time("earlier this month", "DATE", "1998-10")
            .time("last week", "DATE", "1998-W43")
            .build();
    assertThat(valueOf(p, "earlier this month")).isEqualTo("1998-10");
    assertThat(valueOf(p, "last week")).isEqualTo("1998-W43");
  }

  @Test
  void past_weekend_on_a_monday_is_the_one_just_gone() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-04-03")
            .sentence(
                "Over/IN the/DT weekend/NN ,/, lawyers/NNS raised/VBD/raise"
                    + " accusations/NNS ./.")
            .time("the weekend", "DATE", "2000-W14-WE")
            .build();
    assertThat(only(p).value()).isEqualTo("2000-W13-WE");
  }

  // Extents and what is not a time expression

  @Test
  void ages_rates_frequency_adjectives_and_ordinals_are_not_time_expressions() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-26")
            .sentence(
                "The/DT 6-year-old/JJ boy/NN saw/VBD/see a/DT quarterly/JJ dividend/NN"
                    + " of/IN $/$ 5/CD million/CD a/DT year/NN and/CC a/DT second/JJ group/NN"
                    + " ./.")
            .time("6-year-old", "DURATION", "P6Y")
            .time("quarterly", "SET", "P3M")
            .time("a year", "DURATION", "P1Y")
            .time("a second", "DURATION", "PT1S")
            .build();
    assertThat(normalize(p)).isEmpty();
  }

  @Test
  void bare_unit_nouns_are_dropped_unless_that_points_back() {
    ParsedArticle p =
        ArticleBuilder.dated("1999-10-24")
            .sentence("He/PRP was/VBD/be shot/VBN/shoot on/IN Oct./NNP 23/CD ./.")
            .sentence(
                "Earlier/RBR that/DT day/NN ,/, the/DT family/NN faxed/VBD/fax police/NNS"
                    + " ;/: it/PRP was/VBD/be a/DT sad/JJ day/NN ./.")
            .time("Oct. 23", "DATE", "1999-10-23")
            .time("day", "DURATION", "P1D")
            .time("day", "DURATION", "P1D")
            .build();
    List<TimeExpression> out = normalize(p);
    assertThat(out).extracting(TimeExpression::text).containsExactly("Oct. 23", "that day");
    assertThat(out.get(1).value()).isEqualTo("1999-10-23");
  }

  @Test
  void modifier_and_year_split_by_ner_become_one_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-26")
            .sentence(
                "In/IN fiscal/JJ 1989/CD ,/, it/PRP earned/VBD/earn $/$ 7/CD" + " million/CD ./.")
            .time("fiscal", "DATE", "fiscal ")
            .time("1989", "DATE", "1989")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("fiscal 1989");
    assertThat(t.value()).isEqualTo("1989");
  }

  @Test
  void sutime_forms_are_rewritten_as_timex3() {
    ParsedArticle p =
        ArticleBuilder.dated("2000-04-05")
            .sentence(
                "It/PRP began/VBD/begin in/IN the/DT 1990s/NNS in/IN the/DT 20th/JJ"
                    + " century/NN and/CC he/PRP leaves/VBZ/leave at/IN 4/CD a.m./RB EDT/NNP"
                    + " ./.")
            .time("1990s", "DATE", "199X")
            .time("the 20th century", "DATE", "19XX")
            .time("4 a.m. EDT", "TIME", "2000-04-06T04:00-0500")
            .build();
    assertThat(valueOf(p, "1990s")).isEqualTo("199");
    assertThat(valueOf(p, "the 20th century")).isEqualTo("19");
    assertThat(valueOf(p, "4 a.m. EDT")).isEqualTo("2000-04-06T04:00");
  }

  @Test
  void dateline_date_is_found_though_the_analyser_blanks_it() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-12-03")
            .prefix("BRUSSELS, December 2 (Xinhua) -- ")
            .sentence("NATO/NNP ratified/VBD/ratify the/DT treaty/NN ./.")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("December 2");
    assertThat(t.value()).isEqualTo("1998-12-02");
  }

  @Test
  void hyphenated_part_of_a_year_and_year_end_are_found() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-02")
            .sentence(
                "The/DT group/NN fell/VBD/fall apart/RB in/IN mid-1996/JJ and/CC will/MD"
                    + " close/VB the/DT deal/NN by/IN year-end/NN ./.")
            .build();
    assertThat(valueOf(p, "mid-1996")).isEqualTo("1996");
    assertThat(valueOf(p, "year-end")).isEqualTo("1989-12-31");
  }

  // Never invent a date

  @Test
  void without_an_article_date_relative_expressions_stay_unresolved() {
    ParsedArticle p =
        ArticleBuilder.undated()
            .prefix("WASHINGTON, August 8 (Xinhua) -- ")
            .sentence(
                "Clinton/NNP said/VBD/say Friday/NNP that/IN the/DT attack/NN came/VBD"
                    + " two/CD years/NNS ago/RB in/IN March/NNP ./.")
            .time("Friday", "DATE", "XXXX-WXX-5")
            .time("two years ago", "DATE", "OFFSET P-2Y")
            .time("March", "DATE", "XXXX-03")
            .build();
    assertThat(valueOf(p, "Friday")).isEqualTo("XXXX-WXX-5");
    assertThat(valueOf(p, "two years ago")).isEqualTo("OFFSET P-2Y");
    assertThat(valueOf(p, "March")).isEqualTo("XXXX-03");
    assertThat(valueOf(p, "August 8")).isEqualTo("XXXX-08-08");
  }

  @Test
  void day_of_reads_days_with_or_without_time_of_day_only() {
    assertThat(TimeNormalizer.dayOf("2024-10-02")).contains(LocalDate.of(2024, 10, 2));
    assertThat(TimeNormalizer.dayOf("2024-10-02TNI")).contains(LocalDate.of(2024, 10, 2));
    assertThat(TimeNormalizer.dayOf("2024-10-02T10:35")).contains(LocalDate.of(2024, 10, 2));
    assertThat(TimeNormalizer.dayOf("2024-10")).isEmpty();
    assertThat(TimeNormalizer.dayOf("2024-W40")).isEmpty();
    assertThat(TimeNormalizer.dayOf("2024-02-30")).isEmpty();
    assertThat(TimeNormalizer.dayOf("P1D")).isEmpty();
  }

  @Test
  void a_vote_tally_is_no_year_but_two_seasons_in_a_row_are() {
    ParsedArticle vote =
        ArticleBuilder.dated("2008-12-12")
            .sentence("The/DT final/JJ vote/NN was/VBD/be 52-35/CD ./.")
            .time("52-35", "DATE", "2035")
            .build();
    assertThat(normalizer.normalize(vote)).isEmpty();
    ParsedArticle season =
        ArticleBuilder.dated("1992-05-01")
            .sentence("He/PRP played/VBD/play in/IN the/DT 90-91/CD season/NN ./.")
            .time("90-91", "DATE", "1990")
            .build();
    assertThat(normalizer.normalize(season)).extracting(TimeExpression::text).contains("90-91");
  }

  @Test
  void two_years_in_a_row_are_a_financial_year_or_season_not_a_month() {
    ParsedArticle p =
        ArticleBuilder.dated("2005-02-01")
            .sentence("The/DT council/NN expects/VBZ/expect a/DT deficit/NN in/IN 2010-11/CD ./.")
            .time("2010-11", "DATE", "2010-11")
            .sentence("Spending/NN in/IN 2005/06/CD rose/VBD/rise ./.")
            .sentence("The/DT report/NN covers/VBZ/cover 2004-09/CD ./.")
            .time("2004-09", "DATE", "2004-09")
            .build();
    List<TimeExpression> times = normalizer.normalize(p);
    assertThat(times)
        .extracting(TimeExpression::text, TimeExpression::value, t -> t.evidence().rule())
        .containsExactly(
            tuple("2010-11", "2010", "time.year-span"), tuple("2005/06", "2005", "time.year-span"));
  }
}
