package io.herald.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Quote;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
  private static final String QUOTE_SAID = "“/`` We/PRP will/MD win/VB ,/, ”/''";

  private static List<Quote> quotes(ParsedArticle p) {
    return new QuoteAttributor().attribute(p, new QuoteFinder().find(p.text()), new ActorTable());
  }

  private static String speaker(ParsedArticle p, Quote q) {
    return q.speaker().map(s -> s.span().of(p.text())).orElse("-");
  }

  @Test
  void speaker_after_the_quote_is_the_subject_of_the_governing_verb() {
    ParsedArticle p =
        new Parse("“We will win,” Smith said.")
            .sentence(
                QUOTE_SAID + " Smith/NNP said/VBD/say ./.",
                "-1>7:root",
                "7>3:ccomp",
                "3>1:nsubj",
                "3>2:aux",
                "7>6:nsubj",
                "7>0:punct",
                "7>4:punct",
                "7>5:punct",
                "7>8:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.direct()).isTrue();
    assertThat(q.text()).isEqualTo("We will win");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(speaker(p, q)).isEqualTo("Smith");
    assertThat(q.evidence().rule()).isEqualTo("quote.cue-governs");
  }

  @Test
  void second_half_of_a_quote_split_by_he_said_keeps_the_speaker() {
    ParsedArticle p =
        new Parse("“We will win,” she said. “They know it.”")
            .sentence(
                QUOTE_SAID + " she/PRP said/VBD/say ./.",
                "-1>7:root",
                "7>3:ccomp",
                "3>1:nsubj",
                "7>6:nsubj",
                "7>8:punct")
            .sentence(
                "“/`` They/PRP know/VBP it/PRP ./. ”/''",
                "-1>2:root",
                "2>1:nsubj",
                "2>3:obj",
                "2>0:punct",
                "2>4:punct",
                "2>5:punct")
            .build();
    Quote second = quotes(p).get(1);
    assertThat(second.text()).isEqualTo("They know it.");
    assertThat(speaker(p, second)).isEqualTo("she");
    assertThat(second.evidence().rule()).isEqualTo("quote.continuation");
  }

  @Test
  void quote_paragraph_after_a_colon_introduction_is_its_subjects() {
    ParsedArticle p =
        new Parse("Caddell continued:\n\n“The issue is partisan.”")
            .sentence("Caddell/NNP continued/VBD/continue :/:", "-1>1:root", "1>0:nsubj")
            .sentence(
                "“/`` The/DT issue/NN is/VBZ/be partisan/JJ ./. ”/''",
                "-1>4:root",
                "4>2:nsubj",
                "2>1:det",
                "4>3:cop",
                "4>0:punct",
                "4>5:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(speaker(p, q)).isEqualTo("Caddell");
    assertThat(q.evidence().rule()).isEqualTo("quote.colon");
  }

  @Test
  void unclosed_paragraph_of_a_multi_paragraph_quote_takes_the_speaker_of_its_end() {
    ParsedArticle p =
        new Parse("“First part.\n\n“Second part,” Smith said.")
            .sentence("“/`` First/JJ part/NN ./.", "-1>2:root", "2>1:amod", "2>0:punct")
            .sentence(
                "“/`` Second/JJ part/NN ,/, ”/'' Smith/NNP said/VBD/say ./.",
                "-1>6:root",
                "6>2:ccomp",
                "2>1:amod",
                "6>5:nsubj",
                "6>7:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).extracting(Quote::text).containsExactly("First part.", "Second part");
    assertThat(q).allSatisfy(x -> assertThat(speaker(p, x)).isEqualTo("Smith"));
  }

  @Test
  void quoted_as_saying_speaks_through_the_passive_subject() {
    ParsedArticle p =
        new Parse("Smith was quoted as saying “We will win.”")
            .sentence(
                "Smith/NNP was/VBD/be quoted/VBN/quote as/IN saying/VBG/say “/`` We/PRP will/MD"
                    + " win/VB ./. ”/''",
                "-1>2:root",
                "2>0:nsubj:pass",
                "2>1:aux:pass",
                "2>4:advcl:as",
                "4>3:mark",
                "4>8:ccomp",
                "8>6:nsubj",
                "8>7:aux",
                "8>5:punct",
                "8>9:punct",
                "8>10:punct")
            .build();
    assertThat(speaker(p, quotes(p).get(0))).isEqualTo("Smith");
  }

  @Test
  void quote_paragraph_after_a_quote_paragraph_continues_it() {
    ParsedArticle p =
        new Parse("“We will win,” Smith said.\n\n“We are ready.”")
            .sentence(
                QUOTE_SAID + " Smith/NNP said/VBD/say ./.",
                "-1>7:root",
                "7>3:ccomp",
                "7>6:nsubj",
                "7>8:punct")
            .sentence(
                "“/`` We/PRP are/VBP/be ready/JJ ./. ”/''", "-1>3:root", "3>1:nsubj", "3>2:cop")
            .build();
    assertThat(speaker(p, quotes(p).get(1))).isEqualTo("Smith");
  }

  @Test
  void a_sentence_about_someone_else_ends_the_continuation() {
    ParsedArticle p =
        new Parse("“We will win,” Smith said. Jones disagreed. “It is not so.”")
            .sentence(
                QUOTE_SAID + " Smith/NNP said/VBD/say ./.",
                "-1>7:root",
                "7>3:ccomp",
                "7>6:nsubj",
                "7>8:punct")
            .sentence("Jones/NNP disagreed/VBD/disagree ./.", "-1>1:root", "1>0:nsubj")
            .sentence(
                "“/`` It/PRP is/VBZ/be not/RB so/RB ./. ”/''", "-1>4:root", "4>1:nsubj", "4>2:cop")
            .build();
    Quote q = quotes(p).get(1);
    assertThat(speaker(p, q)).isEqualTo("Jones");
    assertThat(q.evidence().rule()).isEqualTo("quote.previous-subject");
  }

  @Test
  void reported_speech_is_an_indirect_quote_with_its_cue_and_complement() {
    ParsedArticle p =
        new Parse("Ishiba said he wants to strengthen the alliance.")
            .sentence(
                "Ishiba/NNP said/VBD/say he/PRP wants/VBZ/want to/TO strengthen/VB the/DT"
                    + " alliance/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:ccomp",
                "3>2:nsubj",
                "3>5:xcomp",
                "5>4:mark",
                "5>2:nsubj:xsubj",
                "5>7:obj",
                "7>6:det",
                "1>8:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).cue()).isEqualTo("said");
    assertThat(q.get(0).text()).isEqualTo("he wants to strengthen the alliance");
    assertThat(speaker(p, q.get(0))).isEqualTo("Ishiba");
    assertThat(q.get(0).evidence().rule()).isEqualTo("quote.indirect.cue");
  }

  @Test
  void according_to_gives_an_indirect_quote_of_the_rest_of_the_sentence() {
    ParsedArticle p =
        new Parse("The talks went well, according to the ministry.")
            .sentence(
                "The/DT talks/NNS went/VBD/go well/RB ,/, according/VBG to/IN the/DT ministry/NN"
                    + " ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>3:advmod",
                "2>4:punct",
                "2>8:obl:according_to",
                "8>5:case",
                "5>6:fixed",
                "8>7:det",
                "2>9:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.cue()).isEqualTo("according to");
    assertThat(q.text()).isEqualTo("The talks went well");
    assertThat(speaker(p, q)).isEqualTo("the ministry");
  }

  @Test
  void parenthetical_said_reports_the_clause_it_comments_on() {
    ParsedArticle p =
        new Parse("The talks went well, the minister said.")
            .sentence(
                "The/DT talks/NNS went/VBD/go well/RB ,/, the/DT minister/NN said/VBD/say ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>3:advmod",
                "2>4:punct",
                "2>7:parataxis",
                "7>6:nsubj",
                "6>5:det",
                "2>8:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.text()).isEqualTo("The talks went well");
    assertThat(speaker(p, q)).isEqualTo("the minister");
  }

  @Test
  void partial_quote_inside_reported_speech_is_direct_and_has_the_speaker() {
    ParsedArticle p =
        new Parse("Ishiba described the situation as “the most severe since the war.”")
            .sentence(
                "Ishiba/NNP described/VBD/describe the/DT situation/NN as/IN “/`` the/DT"
                    + " most/RBS severe/JJ since/IN the/DT war/NN ./. ”/''",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "1>8:advcl:as",
                "8>4:mark",
                "8>5:punct",
                "8>7:advmod",
                "8>6:det",
                "8>11:obl:since",
                "11>9:case",
                "11>10:det",
                "1>12:punct",
                "1>13:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(2);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).text()).isEqualTo("the most severe since the war.");
    assertThat(speaker(p, q.get(0))).isEqualTo("Ishiba");
    // The whole description is reported speech too: its object and "as" phrase.
    assertThat(q.get(1).direct()).isFalse();
    assertThat(q.get(1).text()).isEqualTo("the situation as “the most severe since the war");
    assertThat(q.get(1).evidence().rule()).isEqualTo("quote.indirect.object");
    assertThat(speaker(p, q.get(1))).isEqualTo("Ishiba");
  }

  @Test
  void reported_speech_keeps_its_complementizer_that() {
    ParsedArticle p =
        new Parse("Smith said that the talks went well.")
            .sentence(
                "Smith/NNP said/VBD/say that/IN the/DT talks/NNS went/VBD/go well/RB ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>5:ccomp",
                "5>2:mark",
                "5>4:nsubj",
                "4>3:det",
                "5>6:advmod",
                "1>7:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.text()).isEqualTo("that the talks went well");
    assertThat(speaker(p, q)).isEqualTo("Smith");
  }

  @Test
  void an_object_cue_whose_object_is_the_subject_of_a_clause_reports_the_clause() {
    // The parser took "rise" for the object of "stressed" and hung "would not hurt" on the cue.
    ParsedArticle p =
        new Parse("She stressed a rise in rates would not hurt the party.")
            .sentence(
                "She/PRP stressed/VBD/stress a/DT rise/NN in/IN rates/NNS would/MD not/RB"
                    + " hurt/VB the/DT party/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "3>5:nmod:in",
                "5>4:case",
                "1>8:dep",
                "8>6:aux",
                "8>7:advmod",
                "8>10:obj",
                "10>9:det",
                "1>11:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("a rise in rates would not hurt the party");
    assertThat(q.get(0).evidence().rule()).isEqualTo("quote.indirect.misread-subject");
  }

  @Test
  void an_infinitive_the_parser_left_unlabelled_is_part_of_a_warning() {
    ParsedArticle p =
        new Parse("Jones warned Mr Smith not to be tempted to spend the cash.")
            .sentence(
                "Jones/NNP/Jones/PERSON warned/VBD/warn Mr/NNP Smith/NNP/Smith/PERSON not/RB to/TO"
                    + " be/VB tempted/VBN/tempt to/TO spend/VB the/DT cash/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:compound",
                "1>7:dep",
                "7>4:advmod",
                "7>5:mark",
                "7>6:aux:pass",
                "7>9:dep",
                "9>8:mark",
                "9>11:obj",
                "11>10:det",
                "1>12:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("Mr Smith not to be tempted to spend the cash");
    assertThat(speaker(p, q.get(0))).isEqualTo("Jones");
  }

  @Test
  void a_matter_not_discussed_is_kept_but_flagged_negated() {
    ParsedArticle p =
        new Parse("Smith did not discuss the treaty.")
            .sentence(
                "Smith/NNP did/VBD/do not/RB discuss/VB/discuss the/DT treaty/NN ./.",
                "-1>3:root",
                "3>0:nsubj",
                "3>1:aux",
                "3>2:advmod",
                "3>5:obj",
                "5>4:det",
                "3>6:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("the treaty");
    assertThat(speaker(p, q.get(0))).isEqualTo("Smith");
    assertThat(q.get(0).negated()).isTrue();
  }

  @Test
  void a_verb_urging_someone_to_act_reports_its_object_and_infinitive() {
    ParsedArticle p =
        new Parse("Smith urged Congress to act on Tuesday.")
            .sentence(
                "Smith/NNP urged/VBD/urge Congress/NNP/congress/ORGANIZATION to/TO act/VB"
                    + " on/IN Tuesday/NNP/tuesday/DATE ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obj",
                "1>4:xcomp",
                "4>3:mark",
                "4>2:nsubj:xsubj",
                "1>6:obl:on",
                "6>5:case",
                "1>7:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).cue()).isEqualTo("urged");
    assertThat(q.get(0).text()).isEqualTo("Congress to act");
    assertThat(q.get(0).evidence().rule()).isEqualTo("quote.indirect.object");
    assertThat(q.get(0).negated()).isFalse();
    assertThat(speaker(p, q.get(0))).isEqualTo("Smith");
  }

  @Test
  void called_for_reports_the_phrase_without_its_preposition() {
    ParsedArticle p =
        new Parse("Smith called for a ban on imports.")
            .sentence(
                "Smith/NNP called/VBD/call for/IN a/DT ban/NN on/IN imports/NNS ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:obl:for",
                "4>2:case",
                "4>3:det",
                "4>6:nmod:on",
                "6>5:case",
                "1>7:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.text()).isEqualTo("a ban on imports");
    assertThat(speaker(p, q)).isEqualTo("Smith");
  }

  @Test
  void a_relative_clause_with_its_own_cue_is_not_part_of_the_content() {
    ParsedArticle p =
        new Parse("Smith criticized the plan, which he called a disaster.")
            .sentence(
                "Smith/NNP criticized/VBD/criticize the/DT plan/NN ,/, which/WDT he/PRP"
                    + " called/VBD/call a/DT disaster/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "3>4:punct",
                "3>7:acl:relcl",
                "7>5:obj",
                "3>5:ref",
                "7>6:nsubj",
                "7>9:xcomp",
                "9>8:det",
                "1>10:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).extracting(Quote::text).containsExactly("the plan", "a disaster");
    assertThat(q).extracting(x -> speaker(p, x)).containsExactly("Smith", "he");
  }

  @Test
  void a_document_a_participle_cue_hangs_on_is_the_source() {
    ParsedArticle p =
        new Parse("A lawsuit alleging that the police erred seeks damages.")
            .sentence(
                "A/DT lawsuit/NN alleging/VBG/allege that/IN the/DT police/NN erred/VBD/err"
                    + " seeks/VBZ/seek damages/NNS ./.",
                "-1>7:root",
                "7>1:nsubj",
                "1>0:det",
                "1>2:acl",
                "2>6:ccomp",
                "6>3:mark",
                "6>5:nsubj",
                "5>4:det",
                "7>8:obj",
                "7>9:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.text()).isEqualTo("that the police erred");
    assertThat(speaker(p, q)).isEqualTo("A lawsuit");
  }

  @Test
  void a_participle_hung_on_an_object_is_the_persons_who_acted() {
    ParsedArticle p =
        new Parse("Smith postponed a visit, citing the ban as his reason.")
            .sentence(
                "Smith/NNP postponed/VBD/postpone a/DT visit/NN ,/, citing/VBG/cite the/DT"
                    + " ban/NN as/IN his/PRP$ reason/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "3>4:punct",
                "3>5:acl",
                "5>7:obj",
                "7>6:det",
                "5>10:obl:as",
                "10>8:case",
                "10>9:nmod:poss",
                "1>11:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.text()).isEqualTo("the ban as his reason");
    assertThat(speaker(p, q)).isEqualTo("Smith");
  }

  @Test
  void the_rest_of_a_complement_the_parser_hung_on_the_cue_belongs_to_it() {
    ParsedArticle p =
        new Parse("Smith said that the reforms needed did not amount to amnesty.")
            .sentence(
                "Smith/NNP said/VBD/say that/IN the/DT reforms/NNS needed/VBN/need did/VBD/do"
                    + " not/RB amount/VB to/IN amnesty/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>5:ccomp",
                "5>2:mark",
                "5>4:nsubj",
                "4>3:det",
                "1>8:dep",
                "8>6:aux",
                "8>7:advmod",
                "8>10:obl:to",
                "10>9:case",
                "1>11:punct")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(q.text()).isEqualTo("that the reforms needed did not amount to amnesty");
  }

  @Test
  void a_cue_inside_another_reported_content_is_not_a_second_attribution() {
    ParsedArticle p =
        new Parse("Smith said he wants peace.")
            .sentence(
                "Smith/NNP said/VBD/say he/PRP wants/VBZ/want peace/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:ccomp",
                "3>2:nsubj",
                "3>4:obj",
                "1>5:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("he wants peace");
  }

  @Test
  void a_complement_inside_quotation_marks_is_only_a_direct_quote() {
    ParsedArticle p =
        new Parse("He said “we will win.”")
            .sentence(
                "He/PRP said/VBD/say “/`` we/PRP will/MD win/VB ./. ”/''",
                "-1>1:root",
                "1>0:nsubj",
                "1>5:ccomp",
                "5>3:nsubj",
                "5>4:aux",
                "5>2:punct",
                "5>6:punct",
                "5>7:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(speaker(p, q.get(0))).isEqualTo("He");
  }

  @Test
  void direct_quotations_come_first_then_reported_speech() {
    ParsedArticle p =
        new Parse("Ishiba said he wants peace. “We will win,” he said.")
            .sentence(
                "Ishiba/NNP said/VBD/say he/PRP wants/VBZ/want peace/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:ccomp",
                "3>2:nsubj",
                "3>4:obj",
                "1>5:punct")
            .sentence(
                QUOTE_SAID + " he/PRP said/VBD/say ./.",
                "-1>7:root",
                "7>3:ccomp",
                "7>6:nsubj",
                "7>8:punct")
            .build();
    List<Quote> q = quotes(p);
    assertThat(q).extracting(Quote::direct).containsExactly(true, false);
    assertThat(q).extracting(Quote::id).containsExactly("q1", "q2");
    assertThat(q).allSatisfy(x -> assertThat(x.span().of(p.text())).isEqualTo(x.text()));
  }

  @Test
  void attribution_the_tokenizer_split_off_after_a_question_mark_still_counts() {
    ParsedArticle p =
        new Parse("“Why?” Vitter demanded.")
            .sentence("“/`` Why/WRB ?/. ”/''", "-1>1:root", "1>2:punct")
            .sentence("Vitter/NNP demanded/VBD/demand ./.", "-1>1:root", "1>0:nsubj", "1>2:punct")
            .build();
    assertThat(speaker(p, quotes(p).get(0))).isEqualTo("Vitter");
  }

  @Test
  void name_after_a_dash_closing_the_quote_is_the_speaker() {
    ParsedArticle p =
        new Parse("“We will win.” ― Pamela Padilla\n“We lost.” ― Jorge Falcon")
            .sentence(
                "“/`` We/PRP will/MD win/VB ./. ”/'' ―/: Pamela/NNP Padilla/NNP",
                "-1>3:root",
                "3>1:nsubj",
                "3>8:dep",
                "8>7:flat")
            .sentence(
                "“/`` We/PRP lost/VBD/lose ./. ”/'' ―/: Jorge/NNP Falcon/NNP",
                "-1>2:root",
                "2>1:nsubj",
                "2>7:dep",
                "7>6:flat")
            .build();
    List<Quote> q = quotes(p);
    assertThat(speaker(p, q.get(0))).isEqualTo("Pamela Padilla");
    assertThat(speaker(p, q.get(1))).isEqualTo("Jorge Falcon");
    assertThat(q.get(1).evidence().rule()).isEqualTo("quote.dash");
  }

  @Test
  void quote_in_a_sentence_without_a_speech_verb_is_its_person_subjects() {
    ParsedArticle p =
        new Parse("Trump treated the remark as a compliment -- “That makes me smart.”")
            .sentence(
                "Trump/NNP treated/VBD/treat the/DT remark/NN as/IN a/DT compliment/NN --/:"
                    + " “/`` That/DT makes/VBZ/make me/PRP smart/JJ ./. ”/''",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "1>6:obl:as",
                "6>4:case",
                "6>5:det",
                "1>10:parataxis",
                "10>9:nsubj",
                "10>12:xcomp",
                "12>11:nsubj")
            .build();
    Quote q = quotes(p).get(0);
    assertThat(speaker(p, q)).isEqualTo("Trump");
    assertThat(q.evidence().rule()).isEqualTo("quote.sentence-subject");
  }
}
