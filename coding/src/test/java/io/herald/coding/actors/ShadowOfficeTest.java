package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Westminster "shadow" minister speaks for the opposition and holds no office. */
class ShadowOfficeTest {
  private static final ActorLexicon LEXICON = ActorLexicon.load(Countries.load());

  private static ParsedArticle davis(String shadowTag, String title) {
    return HandParse.of(
        "British " + title + " secretary David Davis criticised Russia.",
        "British/JJ "
            + title.replace(" ", "/" + shadowTag + " ")
            + "/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON criticised/VBD"
            + " Russia/NNP/COUNTRY ./.",
        "5>0:amod",
        "5>1:compound",
        "5>2:compound",
        "5>3:compound",
        "5>4:compound",
        "6>5:nsubj",
        "-1>6:root",
        "6>7:obj",
        "6>8:punct");
  }

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE).at(0, token);
  }

  @Test
  void a_shadow_home_secretary_is_opposition() {
    List<ActorTable.Draft> davis = at(davis("NN", "shadow home"), 5);
    assertThat(davis).extracting(d -> d.code().value()).containsExactly("GBROPP");
    assertThat(davis).extracting(d -> d.role).containsExactly("Shadow Home Secretary");
  }

  @Test
  void shadow_tagged_as_part_of_the_title_is_opposition_too() {
    assertThat(at(davis("NN/TITLE", "shadow home"), 5))
        .extracting(d -> d.code().value())
        .containsExactly("GBROPP");
  }

  @Test
  void the_home_secretary_is_government() {
    ParsedArticle p =
        HandParse.of(
            "British home secretary David Davis criticised Russia.",
            "British/JJ home/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON"
                + " criticised/VBD Russia/NNP/COUNTRY ./.",
            "4>0:amod",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(at(p, 4)).extracting(d -> d.code().value()).containsExactly("GBRGOV");
  }
}
