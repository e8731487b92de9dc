package io.herald.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rules that follow the TimeML annotation guidelines (TIMEX3 extents and values as TimeBank and
 * TempEval-3 annotate them), on sentences from news.
 */
class TimeMlConventionTest {
  private final TimeNormalizer normalizer = new TimeNormalizer();

  private TimeExpression only(ParsedArticle p) {
    List<TimeExpression> out = normalizer.normalize(p);
    assertThat(out).hasSize(1);
    TimeExpression t = out.get(0);
    assertThat(t.span().of(p.text())).isEqualTo(t.text());
    return t;
  }

  @Test
  void after_with_an_object_is_a_signal_outside_the_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-08-20")
            .sentence(
                "Retaliating/VBG 13/CD days/NNS after/IN the/DT deadly/JJ embassy/NN"
                    + " bombings/NNS ,/, U.S./NNP forces/NNS struck/VBD/strike ./.")
            .time("13 days", "DURATION", "P13D")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("13 days");
    assertThat(t.type()).isEqualTo("DURATION");
    assertThat(t.value()).isEqualTo("P13D");
  }

  @Test
  void before_as_an_adverb_stays_in_the_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("1998-08-20")
            .sentence("He/PRP had/VBD/have arrived/VBN a/DT week/NN before/RB ./.")
            .time("a week", "DURATION", "P1W")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("a week before");
    assertThat(t.value()).isEqualTo("P1W");
  }

  @Test
  void weekday_planned_in_the_past_perfect_is_the_last_such_day() {
    // Monday article: the offer had been due to expire on the Friday just gone (it was extended)
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-30")
            .sentence("It/PRP had/VBD/have been/VBN/be due/JJ to/TO expire/VB Friday/NNP ./.")
            .time("Friday", "DATE", "1989-11-03")
            .build();
    assertThat(only(p).value()).isEqualTo("1989-10-27");
    ParsedArticle scheduled =
        ArticleBuilder.dated("1989-10-30")
            .sentence(
                "The/DT offer/NN previously/RB had/VBD/have been/VBN/be scheduled/VBN/schedule"
                    + " to/TO expire/VB Friday/NNP ./.")
            .time("Friday", "DATE", "1989-11-03")
            .build();
    assertThat(only(scheduled).value()).isEqualTo("1989-10-27");
  }

  @Test
  void date_modifying_a_noun_in_a_past_clause_is_not_months_ahead() {
    // May article: "the Oct. 23 slaying" was last October, not the coming one
    ParsedArticle p =
        ArticleBuilder.dated("1999-05-06")
            .sentence(
                "Investigators/NNS have/VBP/have been/VBN/be searching/VBG/search for/IN Kopp/NNP"
                    + " since/IN shortly/RB after/IN the/DT Oct./NNP 23/CD slaying/NN ./.")
            .time("Oct. 23", "DATE", "1999-10-23")
            .build();
    assertThat(only(p).value()).isEqualTo("1998-10-23");
  }

  @Test
  void weekday_after_a_present_verb_tagged_as_bare_form_is_the_next_such_day() {
    // Friday article; the tagger reads "meet" as a base form (VB) though it has a subject
    ParsedArticle p =
        ArticleBuilder.dated("1998-05-01")
            .sentence(
                "He/PRP and/CC Palestinian/JJ leader/NN Yasser/NNP Arafat/NNP meet/VB"
                    + " separately/RB Monday/NNP with/IN US/NNP Secretary/NNP of/IN State/NNP"
                    + " Madeleine/NNP Albright/NNP ./.")
            .time("Monday", "DATE", "1998-05-04")
            .build();
    assertThat(only(p).value()).isEqualTo("1998-05-04");
  }

  @Test
  void weekday_of_a_planned_event_is_ahead_unless_the_plan_is_a_participle() {
    // Friday article
    ParsedArticle planned =
        ArticleBuilder.dated("2000-01-07")
            .sentence(
                "Exiles/NNS planned/VBD/plan a/DT large/JJ demonstration/NN in/IN Little/NNP"
                    + " Havana/NNP on/IN Saturday/NNP ./.")
            .time("Saturday", "DATE", "2000-01-01")
            .build();
    assertThat(only(planned).value()).isEqualTo("2000-01-08");
    // Sunday article: the service planned for Saturday was called off, so Saturday is past
    ParsedArticle cancelled =
        ArticleBuilder.dated("1999-10-24")
            .sentence(
                "A/DT service/NN planned/VBN/plan at/IN the/DT university/NN for/IN Saturday/NNP"
                    + " was/VBD/be canceled/VBN/cancel ./.")
            .time("Saturday", "DATE", "1999-10-30")
            .build();
    assertThat(only(cancelled).value()).isEqualTo("1999-10-23");
  }

  @Test
  void a_coming_or_earlier_quarter_does_not_replace_the_quarter_reported_on() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-02")
            .sentence(
                "Travelers/NNP Corp./NNP 's/POS third-quarter/JJ net/JJ income/NN rose/VBD/rise"
                    + " 11/CD %/NN ./.")
            .sentence(
                "The/DT earthquake/NN last/JJ month/NN will/MD result/VB in/IN a/DT"
                    + " fourth-quarter/JJ charge/NN ./.")
            .sentence(
                "After/IN a/DT flat/JJ second/JJ quarter/NN ,/, profit/NN fell/VBD/fall 59/CD"
                    + " %/NN in/IN the/DT latest/JJS quarter/NN ,/, compared/VBN/compare with/IN"
                    + " $/$ 6.1/CD million/CD a/DT year/NN ago/RB ./.")
            .time("third-quarter", "DATE", "1989-Q3")
            .time("last month", "DATE", "1989-10")
            .time("fourth-quarter", "DATE", "1989-Q4")
            .time("second quarter", "DATE", "1989-Q2")
            .time("the latest quarter", "DATE", "1989-Q4")
            .time("a year ago", "DATE", "1988-11-02")
            .build();
    List<TimeExpression> out = normalizer.normalize(p);
    assertThat(out)
        .extracting(TimeExpression::text, TimeExpression::value)
        .contains(
            Tuple.tuple("fourth-quarter", "1989-Q4"),
            Tuple.tuple("the latest quarter", "1989-Q3"),
            Tuple.tuple("a year ago", "1988-Q3"));
  }

  @Test
  void year_inside_the_period_noun_phrase_takes_the_phrase_and_the_reporting_quarter() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-01")
            .sentence(
                "Kimberly-Clark/NNP posted/VBD/post a/DT 20/CD %/NN gain/NN in/IN"
                    + " third-quarter/JJ net/JJ income/NN ./.")
            .sentence(
                "In/IN the/DT 1989/CD period/NN also/RB ,/, tax/NN rates/NNS were/VBD/be"
                    + " lower/JJR ./.")
            .time("third-quarter", "DATE", "1989-Q3")
            .time("1989", "DATE", "1989")
            .build();
    List<TimeExpression> out = normalizer.normalize(p);
    assertThat(out)
        .extracting(TimeExpression::text)
        .containsExactly("third-quarter", "the 1989 period");
    assertThat(out.get(1).value()).isEqualTo("1989-Q3");
    assertThat(out.get(1).span().of(p.text())).isEqualTo("the 1989 period");
  }

  @Test
  void year_end_as_a_noun_is_the_year_itself() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-01")
            .sentence(
                "The/DT company/NN will/MD cut/VB/cut employment/NN by/IN 6,000/CD people/NNS"
                    + " by/IN year/NN end/NN ./.")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("year end");
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("1989");
  }

  @Test
  void the_near_term_is_future_ref_but_the_adjective_is_no_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-01")
            .sentence(
                "Analysts/NNS expect/VBP/expect losses/NNS in/IN the/DT near/JJ term/NN ,/,"
                    + " and/CC the/DT company/NN will/MD reduce/VB/reduce short-term/JJ debt/NN ./.")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("the near term");
    assertThat(t.value()).isEqualTo("FUTURE_REF");
  }

  @Test
  void month_cut_off_from_its_verb_by_commas_takes_the_tense_of_the_sentence() {
    // November article: "stepped down ... in March" is the March before, not the next one
    ParsedArticle p =
        ArticleBuilder.dated("1989-11-02")
            .sentence(
                "He/PRP succeeds/VBZ/succeed James/NNP Taylor/NNP ,/, who/WP stepped/VBD/step"
                    + " down/RP as/IN chairman/NN ,/, president/NN and/CC chief/JJ executive/NN"
                    + " in/IN March/NNP for/IN health/NN reasons/NNS ./.")
            .time("March", "DATE", "1990-03")
            .build();
    assertThat(only(p).value()).isEqualTo("1989-03");
  }

  @Test
  void date_after_payable_keeps_its_own_time_in_a_past_sentence() {
    ParsedArticle p =
        ArticleBuilder.dated("1989-10-26")
            .sentence(
                "Oneida/NNP declared/VBD/declare a/DT 10/CD %/NN stock/NN dividend/NN ,/,"
                    + " payable/JJ Dec./NNP 15/CD ./.")
            .time("Dec. 15", "DATE", "1989-12-15")
            .build();
    assertThat(only(p).value()).isEqualTo("1989-12-15");
  }

  @Test
  void half_after_a_count_belongs_to_the_duration() {
    // SUTime reads only the unit noun after "3 1/2"
    ParsedArticle p =
        ArticleBuilder.dated("2004-06-09")
            .sentence("The/DT talks/NNS lasted/VBD/last 3/CD 1/2/CD hours/NNS in/IN Geneva/NNP ./.")
            .time("hours", "DURATION", "PTXH")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("3 1/2 hours");
    assertThat(t.type()).isEqualTo("DURATION");
    assertThat(t.value()).isEqualTo("PT3H30M");
    ParsedArticle years =
        ArticleBuilder.dated("2004-06-09")
            .sentence("She/PRP lived/VBD/live abroad/RB for/IN 4/CD 1/2/CD years/NNS ./.")
            .time("years", "DURATION", "PXY")
            .build();
    assertThat(only(years).value()).isEqualTo("P4Y6M");
  }

  @Test
  void more_after_a_count_keeps_the_count() {
    ParsedArticle p =
        ArticleBuilder.dated("2004-06-09")
            .sentence(
                "The/DT mission/NN will/MD stay/VB for/IN at/IN least/JJS three/CD more/JJR"
                    + " weeks/NNS ./.")
            .time("weeks", "DURATION", "PXW")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("at least three more weeks");
    assertThat(t.value()).isEqualTo("P3W");
    // a vague count stays vague
    ParsedArticle vague =
        ArticleBuilder.dated("2004-06-09")
            .sentence("The/DT mission/NN will/MD stay/VB for/IN several/JJ more/JJR weeks/NNS ./.")
            .time("weeks", "DURATION", "PXW")
            .build();
    assertThat(only(vague).text()).isEqualTo("weeks");
    assertThat(only(vague).value()).isEqualTo("PXW");
  }

  @Test
  void these_days_is_the_present() {
    ParsedArticle p =
        ArticleBuilder.dated("2004-06-09")
            .sentence("Few/JJ farmers/NNS grow/VBP rye/NN these/DT days/NNS ./.")
            .time("days", "DURATION", "PXD")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("these days");
    assertThat(t.type()).isEqualTo("DATE");
    assertThat(t.value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void first_months_of_a_year_are_a_duration_and_a_date() {
    ParsedArticle p =
        ArticleBuilder.dated("2003-08-14")
            .sentence(
                "Sales/NNS rose/VBD/rise 4/CD %/NN in/IN the/DT first/JJ six/CD months/NNS of/IN"
                    + " 2003/CD ./.")
            .time("the first six months of 2003", "DATE", "2003 INTERSECT P6M")
            .build();
    List<TimeExpression> out = normalizer.normalize(p);
    assertThat(out)
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            Tuple.tuple("the first six months", "DURATION", "P6M"),
            Tuple.tuple("2003", "DATE", "2003"));
  }

  @Test
  void two_units_joined_by_or_are_one_vague_duration() {
    ParsedArticle p =
        ArticleBuilder.dated("2011-03-02")
            .sentence(
                "Repairs/NNS could/MD take/VB weeks/NNS or/CC months/NNS ,/, engineers/NNS"
                    + " said/VBD/say ./.")
            .time("weeks", "DURATION", "PXW")
            .time("months", "DURATION", "PXM")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("weeks or months");
    assertThat(t.value()).isEqualTo("PXW");
  }

  @Test
  void a_matter_of_days_is_no_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("2011-03-02")
            .sentence(
                "A/DT deal/NN is/VBZ/be a/DT matter/NN of/IN days/NNS ,/, the/DT minister/NN"
                    + " said/VBD/say ./.")
            .time("days", "DURATION", "PXD")
            .build();
    assertThat(normalizer.normalize(p)).isEmpty();
    ParsedArticle kept =
        ArticleBuilder.dated("2011-03-02")
            .sentence("The/DT strike/NN lasted/VBD/last days/NNS ./.")
            .time("days", "DURATION", "PXD")
            .build();
    assertThat(only(kept).value()).isEqualTo("PXD");
  }

  @Test
  void annually_after_an_amount_is_a_rate() {
    ParsedArticle p =
        ArticleBuilder.dated("2011-03-02")
            .sentence("The/DT mill/NN would/MD make/VB 40,000/CD tonnes/NNS annually/RB ./.")
            .time("annually", "SET", "P1Y")
            .build();
    assertThat(normalizer.normalize(p)).isEmpty();
    ParsedArticle feast =
        ArticleBuilder.dated("2011-03-02")
            .sentence("The/DT feast/NN is/VBZ/be held/VBN/hold here/RB annually/RB ./.")
            .time("annually", "SET", "P1Y")
            .build();
    assertThat(only(feast).value()).isEqualTo("P1Y");
  }

  @Test
  void quarterly_as_the_noun_of_a_dividend_is_no_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("2011-03-02")
            .sentence(
                "The/DT bank/NN declared/VBD/declare a/DT quarterly/JJ of/IN 12/CD cents/NNS ./.")
            .time("quarterly", "SET", "P3M")
            .build();
    assertThat(normalizer.normalize(p)).isEmpty();
  }

  @Test
  void march_the_noun_is_no_month() {
    ParsedArticle lower =
        ArticleBuilder.dated("2012-05-20")
            .sentence("Police/NNS counted/VBD/count 8,000/CD people/NNS at/IN the/DT march/NN ./.")
            .time("march", "DATE", "2012-03")
            .build();
    assertThat(normalizer.normalize(lower)).isEmpty();
    ParsedArticle named =
        ArticleBuilder.dated("2012-05-20")
            .sentence("She/PRP led/VBD/lead the/DT March/NNP of/IN the/DT Teachers/NNPS ./.")
            .time("March", "DATE", "2012-03")
            .build();
    assertThat(normalizer.normalize(named)).isEmpty();
    ParsedArticle month =
        ArticleBuilder.dated("2012-05-20")
            .sentence("She/PRP resigned/VBD/resign in/IN March/NNP ./.")
            .time("March", "DATE", "2012-03")
            .build();
    assertThat(only(month).value()).isEqualTo("2012-03");
  }

  @Test
  void earlier_before_a_weekday_stays_outside_the_expression() {
    ParsedArticle p =
        ArticleBuilder.dated("2012-05-20")
            .sentence(
                "Earlier/RBR Thursday/NNP ,/, the/DT union/NN rejected/VBD/reject the/DT"
                    + " offer/NN ./.")
            .time("Earlier Thursday", "DATE", "2012-05-17")
            .build();
    TimeExpression t = only(p);
    assertThat(t.text()).isEqualTo("Thursday");
    assertThat(t.value()).isEqualTo("2012-05-17");
  }
}
