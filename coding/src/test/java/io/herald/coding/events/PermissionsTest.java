package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allowing someone to assemble eases restrictions on political freedoms; other permits do not. */
class PermissionsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  /** "Kenyan police allowed students to hold a rally." with the object noun. */
  private static List<Event> allowed(String object) {
    String text = "Kenyan police allowed students to hold a " + object + ".";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Kenyan/JJ police/NN allowed/VBD/allow students/NNS/student to/TO hold/VB a/DT "
                + object
                + "/NN ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:obj",
            "5>4:mark",
            "2>5:xcomp",
            "5>3:nsubj:xsubj",
            "7>6:det",
            "5>7:obj",
            "2>8:punct");
    return CODER.code(p).events();
  }

  @Test
  void allowing_a_rally_eases_restrictions_on_political_freedoms() {
    Event e =
        allowed("rally").stream()
            .filter(x -> x.evidence().rule().equals("event.permission.assembly"))
            .findFirst()
            .orElseThrow();
    assertThat(e.cameo().code()).isEqualTo("0811");
    assertThat(e.plover().type()).isEqualTo("CONCEDE");
    assertThat(e.source()).extracting(x -> x.code().value()).containsExactly("KENCOP");
  }

  @Test
  void allowing_a_sale_is_no_easing() {
    assertThat(allowed("sale")).noneMatch(e -> e.cameo().code().equals("0811"));
  }
}
