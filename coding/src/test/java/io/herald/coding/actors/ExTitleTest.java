package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title written with "ex-" ("ex-Prime Minister", "ex-president"), which the tokenizer keeps on
 * the title's first word, is a former office, as "former" is.
 */
class ExTitleTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE).at(0, token);
  }

  /** "Japan's [title words] Fumio Kishida met reporters." */
  private static ParsedArticle kishida(String title, String titleTokens) {
    int words = title.split(" ").length;
    int name = 2 + words;
    StringBuilder tokens = new StringBuilder("Japan/NNP/COUNTRY 's/POS ");
    tokens.append(titleTokens).append(" Fumio/NNP/PERSON Kishida/NNP/PERSON met/VBD");
    tokens.append(" reporters/NNS ./.");
    List<String> deps = new java.util.ArrayList<>();
    deps.add((name + 1) + ">0:nmod:poss");
    deps.add("0>1:case");
    for (int i = 2; i <= name; i++) {
      deps.add((name + 1) + ">" + i + ":compound");
    }
    deps.add((name + 2) + ">" + (name + 1) + ":nsubj");
    deps.add("-1>" + (name + 2) + ":root");
    deps.add((name + 2) + ">" + (name + 3) + ":obj");
    deps.add((name + 2) + ">" + (name + 4) + ":punct");
    return HandParse.of(
        "Japan's " + title + " Fumio Kishida met reporters.",
        tokens.toString(),
        deps.toArray(String[]::new));
  }

  @Test
  void an_ex_prime_minister_is_no_longer_government() {
    List<ActorTable.Draft> kishida =
        at(kishida("ex-Prime Minister", "ex-Prime/NNP Minister/NNP/TITLE"), 5);
    assertThat(kishida).extracting(d -> d.code().value()).containsExactly("JPNELI");
  }

  @Test
  void ex_tagged_as_part_of_the_title_is_former_too() {
    assertThat(at(kishida("ex-Prime Minister", "ex-Prime/NNP/TITLE Minister/NNP/TITLE"), 5))
        .extracting(d -> d.code().value())
        .containsExactly("JPNELI");
  }

  @Test
  void a_one_word_ex_title_is_former() {
    assertThat(at(kishida("ex-premier", "ex-premier/NN"), 4))
        .extracting(d -> d.code().value())
        .containsExactly("JPNELI");
  }

  @Test
  void the_prime_minister_without_ex_is_government() {
    assertThat(at(kishida("Prime Minister", "Prime/NNP/TITLE Minister/NNP/TITLE"), 5))
        .extracting(d -> d.code().value())
        .containsExactly("JPNGOV");
  }
}
