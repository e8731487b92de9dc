package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH patterns that place their actors ({@code $} source, {@code +} target) where the subject
 * and object would not, verbs listed by an inflected form, and the words of a verbless complement
 * counted in the pattern of the verb governing it, on a fictional world with hand-built parses.
 */
class PatternRolesTest {
  private static final String ACTORS =
      """
      ARNOR [ARN]
      GONDOR [GON]
      MORDOR [MOR]
      OSGILIATH [OSG]
      ERIADOR [ERI]
      +ERIADORIAN
      ITHILEN [ITH]
      ENT_ [ENT]
      """;

  private static final String VERBS =
      """
      --- SHOT  [223] ---
      SHOT
      - + WAS * DEAD IN $ [224]

      --- REGRET  [111] ---
      REGRET
      - NOTED + *  [115]

      --- FREE  [066] ---
      FREE
      - + * FROM $  [066]

      --- CELEBRATE  [181] ---
      CELEBRATE
      - * IFTAR IN ^ +  [045]

      --- LEAVE  [012] ---
      LEAVE

      --- LEFT  [032:033] ---
      LEFT

      --- WARN  [160] ---
      WARN
      - * THEIR ^ ABOUT +  [162]

      --- ALLOW  [080] ---
      ALLOW
      - * REALLY_PLEASANT  [024]
      """;

  private static final ArticleCoder CODER = coder();

  private static ArticleCoder coder() {
    return PetrarchFixtures.coder(ACTORS, VERBS, true);
  }

  /** The events as "SOURCE TARGET CODE". */
  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream()
        .filter(e -> !e.source().isEmpty() && !e.target().isEmpty())
        .map(PetrarchFixtures::triple)
        .toList();
  }

  @Test
  void a_source_marked_after_the_verb_codes_an_agentless_passive() {
    ParsedArticle p =
        OneSentence.parse(
            "An Eriadorian was shot dead in Osgiliath.",
            "An/DT Eriadorian/NNP was/VBD/be shot/VBN/shoot dead/JJ in/IN Osgiliath/NNP ./.",
            "3>1:nsubj:pass",
            "1>0:det",
            "3>2:aux:pass",
            "-1>3:root",
            "3>4:xcomp",
            "6>5:case",
            "3>6:obl:in",
            "3>7:punct");
    assertThat(triples(p)).containsExactly("OSG ERI 224");
  }

  @Test
  void a_source_marked_after_the_verb_outranks_the_passive_subject() {
    ParsedArticle p =
        OneSentence.parse(
            "Ithilen was freed from Mordor.",
            "Ithilen/NNP was/VBD/be freed/VBN/free from/IN Mordor/NNP ./.",
            "2>0:nsubj:pass",
            "2>1:aux:pass",
            "-1>2:root",
            "4>3:case",
            "2>4:obl:from",
            "2>5:punct");
    assertThat(triples(p)).containsExactly("MOR ITH 066");
  }

  @Test
  void a_target_marked_before_the_verb_takes_the_source_from_the_actor_before_it() {
    ParsedArticle p =
        OneSentence.parse(
            "Gondor noted that Mordor regretted the refusal.",
            "Gondor/NNP noted/VBD/note that/IN Mordor/NNP regretted/VBD/regret the/DT refusal/NN"
                + " ./.",
            "1>0:nsubj",
            "-1>1:root",
            "4>2:mark",
            "4>3:nsubj",
            "1>4:ccomp",
            "6>5:det",
            "4>6:obj",
            "1>7:punct");
    assertThat(triples(p)).containsExactly("GON MOR 115");
  }

  @Test
  void a_skipped_phrase_is_not_the_target_the_actor_after_it_is() {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor celebrated Iftar in Osgiliath with Gondor.",
            "Arnor/NNP celebrated/VBD/celebrate Iftar/NNP in/IN Osgiliath/NNP with/IN Gondor/NNP"
                + " ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "4>3:case",
            "1>4:obl:in",
            "6>5:case",
            "1>6:obl:with",
            "1>7:punct");
    assertThat(triples(p)).containsExactly("ARN GON 045");
  }

  @Test
  void a_verb_listed_by_its_inflected_form_is_that_entry_not_its_lemma() {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor left for Gondor.",
            "Arnor/NNP left/VBD/leave for/IN Gondor/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:case",
            "1>3:obl:for",
            "1>4:punct");
    assertThat(triples(p)).containsExactlyInAnyOrder("ARN GON 032", "GON ARN 033");
  }

  @Test
  void a_copular_complement_belongs_to_the_pattern_of_the_verb_governing_it() {
    ParsedArticle copular =
        OneSentence.parse(
            "Gondor allowed that Mordor is a really pleasant place.",
            "Gondor/NNP allowed/VBD/allow that/IN Mordor/NNP is/VBZ/be a/DT really/RB pleasant/JJ"
                + " place/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "8>2:mark",
            "8>3:nsubj",
            "8>4:cop",
            "8>5:det",
            "7>6:advmod",
            "8>7:amod",
            "1>8:ccomp",
            "1>9:punct");
    assertThat(triples(copular)).containsExactly("GON MOR 024");
    // an adjective governing a verb carries that verb's event: its words stay out
    ParsedArticle ready =
        OneSentence.parse(
            "Gondor allowed that Mordor is really pleasant to visit.",
            "Gondor/NNP allowed/VBD/allow that/IN Mordor/NNP is/VBZ/be really/RB pleasant/JJ to/TO"
                + " visit/VB ./.",
            "1>0:nsubj",
            "-1>1:root",
            "6>2:mark",
            "6>3:nsubj",
            "6>4:cop",
            "6>5:advmod",
            "1>6:ccomp",
            "8>7:mark",
            "6>8:xcomp",
            "1>9:punct");
    assertThat(triples(ready)).containsExactly("GON MOR 080");
  }

  @Test
  void a_target_after_a_word_of_the_pattern_is_not_the_skipped_object() {
    ParsedArticle p =
        OneSentence.parse(
            "Gondor warned their Ent populations about Mordor.",
            "Gondor/NNP warned/VBD/warn their/PRP$ Ent/NNP populations/NNS/population about/IN"
                + " Mordor/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "4>2:nmod:poss",
            "4>3:compound",
            "1>4:obj",
            "6>5:case",
            "1>6:obl:about",
            "1>7:punct");
    assertThat(triples(p)).containsExactly("GON MOR 162");
  }
}
