package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A party named before a title that is no party office ("Tory ex-minister Douglas Hogg") gives the
 * office its country through the parties data; "ex-" makes it a former office. The sentence is
 * written after a BBC politics sentence the coder got wrong, parsed as CoreNLP parses it.
 */
class PartyMinisterTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE).at(0, token);
  }

  @Test
  void a_tory_ex_minister_is_a_former_british_office_holder() {
    ParsedArticle hogg =
        HandParse.of(
            "Tory ex-minister Douglas Hogg said he disliked the proposals for ID cards.",
            "Tory/NNP ex-minister/NN Douglas/NNP/PERSON Hogg/NNP/PERSON said/VBD he/PRP"
                + " disliked/VBD the/DT proposals/NNS for/IN ID/NN cards/NNS ./.",
            "1>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "4>6:ccomp",
            "6>5:nsubj",
            "6>8:obj",
            "8>7:det",
            "8>11:nmod:for",
            "11>9:case",
            "11>10:compound",
            "4>12:punct");
    assertThat(at(hogg, 3)).extracting(d -> d.code().value()).containsExactly("GBRELI");
    assertThat(at(hogg, 3)).allSatisfy(d -> assertThat(d.role).startsWith("former"));
  }
}
