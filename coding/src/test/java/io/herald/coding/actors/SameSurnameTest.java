package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People who share a surname stay apart: a different first name is a different person ("Cherie
 * Blair" is not "Tony Blair"), and an honorific of the other sex never joins a name. The sentence
 * is written after a BBC politics sentence the coder got wrong, parsed as CoreNLP parses it.
 */
class SameSurnameTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static final ParsedArticle BOOK =
      HandParse.of(
          "A memoir published by Philippe Sands QC, a barrister at Cherie Blair's Matrix Chambers claims"
              + " Lord Goldsmith told Tony Blair on 9 March 2003 that the Iraq war could be"
              + " illegal without a second UN resolution approving military force.",
          "A/DT memoir/NN published/VBN by/IN Philippe/NNP/PERSON Sands/NNP/PERSON QC/NNP/STATE_OR_PROVINCE"
              + " ,/, a/DT barrister/NN at/IN Cherie/NNP/PERSON Blair/NNP/PERSON 's/POS"
              + " Matrix/NNP/ORGANIZATION Chambers/NNP/ORGANIZATION claims/VBZ Lord/NNP Goldsmith/NNP/PERSON told/VBD Tony/NNP/PERSON"
              + " Blair/NNP/PERSON on/IN 9/CD/DATE March/NNP/DATE 2003/CD/DATE that/IN the/DT"
              + " Iraq/NNP/CAUSE_OF_DEATH war/NN/CAUSE_OF_DEATH could/MD be/VB illegal/JJ without/IN a/DT/DURATION"
              + " second/JJ/DURATION UN/NNP/ORGANIZATION resolution/NN approving/VBG military/JJ force/NN ./.",
          "-1>2:root",
          "1>0:det",
          "2>1:nsubj",
          "2>6:obl:by",
          "2>41:punct",
          "6>3:case",
          "6>4:compound",
          "6>5:compound",
          "6>7:punct",
          "6>16:dep",
          "9>8:det",
          "9>15:nmod:at",
          "16>9:nsubj",
          "16>19:ccomp",
          "15>10:case",
          "15>12:nmod:poss",
          "15>14:compound",
          "12>11:compound",
          "12>13:case",
          "18>17:compound",
          "19>18:nsubj",
          "19>21:obj",
          "19>24:obl:on",
          "19>32:ccomp",
          "21>20:compound",
          "24>22:case",
          "24>23:nummod",
          "24>25:obl:tmod",
          "32>26:mark",
          "32>29:nsubj",
          "32>30:aux",
          "32>31:cop",
          "32>37:obl:without",
          "29>27:det",
          "29>28:compound",
          "37>33:case",
          "37>34:det",
          "37>35:amod",
          "37>36:compound",
          "37>38:acl",
          "38>40:obj",
          "40>39:amod");

  @Test
  void two_first_names_with_one_surname_are_two_people() {
    ActorTable table = new ActorResolver(LEXICON).resolve(BOOK, List.of(), RoleStore.NONE);
    List<ActorTable.Draft> cherie = table.at(0, 12);
    List<ActorTable.Draft> tony = table.at(0, 21);
    assertThat(cherie).hasSize(1);
    assertThat(tony).hasSize(1);
    assertThat(cherie.get(0)).isNotSameAs(tony.get(0));
    assertThat(tony.get(0).name).isEqualTo("Tony Blair");
  }

  @Test
  void honorifics_are_no_first_names_and_tell_the_sex() {
    assertThat(SameSurname.otherFirstName("Mr Howard", "Michael Howard")).isFalse();
    assertThat(SameSurname.otherFirstName("Cherie Blair", "Tony Blair")).isTrue();
    assertThat(SameSurname.bare("Mrs Howard")).isEqualTo("Howard");
  }
}
