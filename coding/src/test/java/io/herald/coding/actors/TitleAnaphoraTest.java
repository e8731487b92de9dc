package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Span;
import io.herald.model.text.CorefChain;
import io.herald.model.text.CorefMention;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The home secretary" is the one person the article names with that title, even when the
 * statistical coreference chain joins it to someone else.
 */
class TitleAnaphoraTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;
  private static final String TEXT =
      "Mubanga said the home secretary refused, and Home Secretary Charles Clarke agreed.";

  private static ParsedArticle story(boolean titleInChain) {
    ParsedArticle p =
        HandParse.of(
            TEXT,
            "Mubanga/NNP/PERSON said/VBD the/DT home/NN/TITLE secretary/NN/TITLE refused/VBD ,/,"
                + " and/CC Home/NNP/TITLE Secretary/NNP/TITLE Charles/NNP/PERSON"
                + " Clarke/NNP/PERSON agreed/VBD ./.",
            "-1>1:root",
            "1>0:nsubj",
            "1>5:ccomp",
            "5>4:nsubj",
            "4>2:det",
            "4>3:compound",
            "1>6:punct",
            "12>7:cc",
            "1>12:conj",
            "12>11:nsubj",
            "11>10:compound",
            "11>9:compound",
            "11>8:compound",
            "1>13:punct");
    int start = TEXT.indexOf("the home");
    CorefMention name =
        new CorefMention(0, 0, 0, 0, new Span(0, "Mubanga".length()), "Mubanga", "PROPER");
    CorefMention title =
        new CorefMention(0, 2, 4, 4, new Span(start, start + 17), "the home secretary", "NOMINAL");
    List<CorefChain> chains =
        titleInChain ? List.of(new CorefChain(1, List.of(name, title), 0)) : List.of();
    return new ParsedArticle(
        p.article(), p.sentences(), p.entities(), chains, p.times(), p.quotes());
  }

  private static List<String> namesAt(ParsedArticle p, int token) {
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    return table.at(0, token).stream().map(d -> d.name).toList();
  }

  @Test
  void the_title_names_its_holder_without_a_chain() {
    assertThat(namesAt(story(false), 4)).containsExactly("Charles Clarke");
  }

  @Test
  void the_title_names_its_holder_over_a_chain_to_another_person() {
    assertThat(namesAt(story(true), 4)).containsExactly("Charles Clarke");
  }
}
