package io.herald.coding.events;

import io.herald.model.text.ParsedArticle;

/**
 * Sentences written after BBC News sentences on which the coders erred (the research-only corpus
 * itself is never committed), with the tokens, tags and enhanced dependencies CoreNLP gives such
 * sentences, for regression tests.
 */
final class BbcSentences {
  private BbcSentences() {}

  /** A death at a place: no act by anyone, and the place is no party to it. */
  static ParsedArticle diedAtHospice() {
    return OneSentence.parse(
        "Former Northern Ireland minister Sir Peter Hale has died at a London clinic, his"
            + " family has announced.",
        "Former/JJ/former Northern/NNP/Northern/LOCATION Ireland/NNP/Ireland/COUNTRY"
            + " minister/NNP/minister/TITLE Sir/NNP/Sir Peter/NNP/Peter/PERSON"
            + " Hale/NNP/Hale/PERSON has/VBZ/have died/VBN/die at/IN/at a/DT/a"
            + " London/NNP/London/CITY clinic/NN/clinic ,/, his/PRP$/he family/NN/family"
            + " has/VBZ/have announced/VBN/announce ./.",
        "-1>8:root",
        "2>0:amod",
        "2>1:compound",
        "6>2:compound",
        "6>3:compound",
        "6>4:compound",
        "6>5:compound",
        "8>6:nsubj",
        "8>7:aux",
        "8>12:obl:at",
        "8>13:punct",
        "8>17:parataxis",
        "8>18:punct",
        "12>9:case",
        "12>10:det",
        "12>11:compound",
        "15>14:nmod:poss",
        "17>15:nsubj",
        "17>16:aux");
  }

  /** A kidnapping told in a participle after a comma, hung by the parser on the main verb. */
  static ParsedArticle kidnappedInIraq() {
    return OneSentence.parse(
        "Ex-Labour MP John Harker has appealed for the release of charity worker Ann Pryce,"
            + " kidnapped in Iraq.",
        "Ex-Labour/NNP/Ex-Labour MP/NNP/MP John/NNP/John/PERSON Harker/NNP/Harker/PERSON"
            + " has/VBZ/have appealed/VBN/appeal for/IN/for the/DT/the release/NN/release of/IN/of"
            + " charity/NN/charity worker/NN/worker Ann/NNP/Ann/PERSON Pryce/NNP/Pryce/PERSON"
            + " ,/, kidnapped/VBD/kidnap in/IN/in Iraq/NNP/Iraq/COUNTRY ./.",
        "-1>5:root",
        "1>0:compound",
        "3>1:compound",
        "3>2:compound",
        "5>3:nsubj",
        "5>4:aux",
        "5>8:obl:for",
        "5>14:punct",
        "5>15:dep",
        "5>18:punct",
        "8>6:case",
        "8>7:det",
        "8>13:nmod:of",
        "13>9:case",
        "13>11:compound",
        "13>12:compound",
        "11>10:compound",
        "15>17:obl:in",
        "17>16:case");
  }
}
