package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.Modality;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An act asked about ("whether Russia attacked Ukraine") is supposed, not reported. */
class OpenQuestionTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> attacks(String verb, String verbLemma, String mark) {
    String text =
        "The minister "
            + verb
            + " "
            + (mark.isEmpty() ? "" : mark + " ")
            + "Russia attacked Ukraine.";
    String markToken = mark.isEmpty() ? "" : mark + "/IN ";
    int m = mark.isEmpty() ? 0 : 1;
    List<String> deps =
        new java.util.ArrayList<>(
            List.of(
                "-1>2:root",
                "2>1:nsubj",
                "1>0:det",
                "2>" + (4 + m) + ":ccomp",
                (4 + m) + ">" + (3 + m) + ":nsubj",
                (4 + m) + ">" + (5 + m) + ":obj",
                "2>" + (6 + m) + ":punct"));
    if (m == 1) {
      deps.add("5>3:mark");
    }
    ParsedArticle p =
        OneSentence.parse(
            text,
            "The/DT minister/NN "
                + verb
                + "/VBD/"
                + verbLemma
                + " "
                + markToken
                + "Russia/NNP/russia attacked/VBD/attack Ukraine/NNP/ukraine ./.",
            deps.toArray(String[]::new));
    return CODER.code(p).events().stream().filter(e -> e.cameo().root().equals("19")).toList();
  }

  @Test
  void an_attack_asked_about_is_hypothetical() {
    assertThat(attacks("asked", "ask", "whether"))
        .isNotEmpty()
        .allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void an_attack_reported_is_asserted() {
    assertThat(attacks("said", "say", ""))
        .isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }
}
