package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A couple who share a surname: "Mr" and "Mrs" go to the husband or wife the kinship noun names
 * ("his wife, Clara Penrose"), not to whichever Penrose was named last, and the relative of an
 * office holder does not take the office. Made-up sentences, parsed as CoreNLP parses such ones.
 */
class RelativesTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static final ParsedArticle MR =
      HandParse.of(
          "Prime Minister Arthur Penrose arrived in Paris with his wife, Clara Penrose, and Mr"
              + " Penrose later met the French president.",
          "Prime/NNP Minister/NNP Arthur/NNP/PERSON Penrose/NNP/PERSON arrived/VBD in/IN"
              + " Paris/NNP/CITY with/IN his/PRP$ wife/NN ,/, Clara/NNP/PERSON Penrose/NNP/PERSON"
              + " ,/, and/CC Mr/NNP Penrose/NNP/PERSON later/RB met/VBD the/DT"
              + " French/JJ/NATIONALITY president/NN ./.",
          "-1>4:root",
          "4>3:nsubj",
          "3>0:compound",
          "3>1:compound",
          "3>2:compound",
          "4>6:obl:in",
          "6>5:case",
          "4>9:obl:with",
          "9>7:case",
          "9>8:nmod:poss",
          "9>10:punct",
          "9>12:appos",
          "9>13:punct",
          "12>11:compound",
          "4>18:conj",
          "18>14:cc",
          "18>16:nsubj",
          "16>15:compound",
          "18>17:advmod",
          "18>21:obj",
          "21>19:det",
          "21>20:amod",
          "4>22:punct");

  private static final ParsedArticle MRS =
      HandParse.of(
          "His wife, Clara Penrose, said Prime Minister Arthur Penrose was tired, and Mrs Penrose"
              + " left for London.",
          "His/PRP$ wife/NN ,/, Clara/NNP/PERSON Penrose/NNP/PERSON ,/, said/VBD Prime/NNP"
              + " Minister/NNP Arthur/NNP/PERSON Penrose/NNP/PERSON was/VBD tired/JJ ,/, and/CC"
              + " Mrs/NNP Penrose/NNP/PERSON left/VBD for/IN London/NNP/CITY ./.",
          "-1>6:root",
          "6>1:nsubj",
          "1>0:nmod:poss",
          "1>2:punct",
          "1>4:appos",
          "1>5:punct",
          "4>3:compound",
          "6>12:ccomp",
          "12>10:nsubj",
          "10>7:compound",
          "10>8:compound",
          "10>9:compound",
          "12>11:cop",
          "6>17:conj",
          "17>13:punct",
          "17>14:cc",
          "17>16:nsubj",
          "16>15:compound",
          "17>19:obl:for",
          "19>18:case",
          "6>20:punct");

  @Test
  void mr_after_his_wife_is_named_is_the_husband() {
    ActorTable table = new ActorResolver(LEXICON).resolve(MR, List.of(), RoleStore.NONE);
    ActorTable.Draft husband = table.at(0, 3).get(0);
    ActorTable.Draft wife = table.at(0, 12).get(0);
    assertThat(wife).isNotSameAs(husband);
    assertThat(table.at(0, 16)).containsExactly(husband);
  }

  @Test
  void mrs_is_the_wife_even_when_her_husband_was_named_nearer() {
    ActorTable table = new ActorResolver(LEXICON).resolve(MRS, List.of(), RoleStore.NONE);
    ActorTable.Draft wife = table.at(0, 4).get(0);
    ActorTable.Draft husband = table.at(0, 10).get(0);
    assertThat(wife).isNotSameAs(husband);
    assertThat(wife.name).isEqualTo("Clara Penrose");
    assertThat(table.at(0, 16)).containsExactly(wife);
  }

  @Test
  void the_prime_ministers_wife_does_not_hold_his_office() {
    ActorTable table = new ActorResolver(LEXICON).resolve(MR, List.of(), RoleStore.NONE);
    ActorTable.Draft wife = table.at(0, 12).get(0);
    assertThat(wife.sector).isNotEqualTo("GOV");
    assertThat(wife.code).doesNotEndWith("GOV");
  }
}
