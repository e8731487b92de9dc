package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PETRARCH verb whose block's patterns mostly code it by its object ("DIE [190]" is "(IN
 * CLASHES)", but "(OF {NATURAL CAUSES}) [---]"; "GIVE" under "GRANT [060]") keeps its default code
 * only when it acts on an actor. Sentences are written after BBC politics sentences the coder got
 * wrong, parsed as CoreNLP parses them.
 */
class ObjectSensitiveVerbsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<String> codes(ParsedArticle p) {
    return CODER.code(p).events().stream().map(e -> e.cameo().code()).toList();
  }

  @Test
  void a_death_at_a_clinic_is_no_use_of_force() {
    assertThat(codes(BbcSentences.diedAtHospice())).noneMatch(c -> c.startsWith("19"));
  }

  @Test
  void giving_an_impression_is_no_material_cooperation() {
    ParsedArticle gave =
        OneSentence.parse(
            "TV host Jane Moss said as home secretary he gave the impression he would"
                + " \"like to feed your cat\".",
            "TV/NN/tv host/NN/host/TITLE Jane/NNP/Jane/PERSON Moss/NNP/Moss/PERSON"
                + " said/VBD/say as/IN/as home/NN/home/TITLE secretary/NN/secretary/TITLE"
                + " he/PRP/he/PERSON gave/VBD/give the/DT/the impression/NN/impression"
                + " he/PRP/he/PERSON would/MD/would \"/`` like/VB/like to/TO/to feed/VB/feed"
                + " your/PRP$/you cat/NN/cat \"/'' ./.",
            "-1>4:root",
            "1>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>7:obl:as",
            "4>9:ccomp",
            "4>21:punct",
            "7>5:case",
            "7>6:compound",
            "9>8:nsubj",
            "9>11:obj",
            "9>15:parataxis",
            "11>10:det",
            "15>12:nsubj",
            "15>13:aux",
            "15>14:punct",
            "15>17:xcomp",
            "17>12:nsubj:xsubj",
            "17>16:mark",
            "17>19:obj",
            "17>20:punct",
            "19>18:nmod:poss");
    List<Event> events = CODER.code(gave).events();
    assertThat(events)
        .noneMatch(e -> e.evidence().rule().equals("petrarch.GRANT"))
        .noneMatch(e -> e.cameo().code().equals("060"));
  }
}
