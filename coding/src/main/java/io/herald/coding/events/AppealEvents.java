package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.objects;
import static io.herald.coding.events.Clauses.relationChildren;
import static io.herald.coding.events.Modalities.SPEECH_VERBS;
import static io.herald.coding.events.Modalities.forecast;
import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;
import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.deepTarget;
import static io.herald.coding.events.Participants.without;
import static io.herald.coding.events.VerbEvents.petrarchMatch;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Modality;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Events a verb makes of another: an appeal to back or oppose a third party (rallying), an
 * obligation in reported speech (a demand), an announced act (a statement of intent or a threat).
 */
final class AppealEvents {
  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  private final VerbEvents verbs;

  AppealEvents(EventLexicon lexicon, CameoCodebook codebook, VerbEvents verbs) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.verbs = verbs;
  }

  /** Auxiliaries of obligation: "Sudan must return the helicopter". */
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should");

  /** CAMEO's "express intent to" code for the root of an intended act (CAMEO codebook, 03). */
  private static final Map<String, String> INTENT_OF_ROOT =
      Map.of("04", "036", "05", "032", "06", "031", "07", "033", "08", "035");

  /** CAMEO's "threaten" code for the root of an intended act of conflict (CAMEO codebook, 13). */
  private static final Map<String, String> THREAT_OF_ROOT =
      Map.of(
          "14", "133", "15", "138", "16", "131", "17", "137", "18", "138", "19", "138", "20",
          "1385");

  /** Verbs of appeal whose complement says what others are urged to do. */
  private static final Set<String> APPEAL_VERBS =
      Set.of("urge", "call", "ask", "appeal", "exhort", "encourage", "press");

  /**
   * "urged the EC to support the PLO", "called on Arabs to mobilize against Sharon": an appeal to
   * others to back or to oppose a third party is, in CAMEO, rallying support (053) or opposition
   * (113) by the one appealing, aimed at the third party. The complement's own code decides which.
   */
  Optional<EventDraft> rallyOf(Sentence s, Token v, ActorTable actors) {
    if (!APPEAL_VERBS.contains(lower(v.lemma()))) {
      return Optional.empty();
    }
    List<Integer> complements = new ArrayList<>();
    for (Dependency d : s.childrenOf(v.index())) {
      if (d.baseRelation().equals("xcomp") || d.relation().equals("advcl:to")) {
        complements.add(d.dependent());
      }
    }
    String code = null;
    int complement = -1;
    for (int c : complements) {
      Token ct = s.token(c);
      if (!ct.isVerb()) {
        continue;
      }
      List<EventLexicon.VerbPattern> patterns = verbs.verbPatterns(s, ct);
      Optional<CameoCode> own =
          patterns.isEmpty()
              ? lexicon
                  .petrarch()
                  .flatMap(dict -> petrarchMatch(s, ct, dict, lexicon.exactNounForms()))
                  .map(m -> m.code())
              : Optional.of(patterns.get(0).code());
      if (own.isEmpty()) {
        continue;
      }
      String root = own.get().root();
      if (root.equals("05")) {
        code = code == null ? "053" : code;
        complement = complement < 0 ? c : complement;
      } else if (Integer.parseInt(root) >= 11 && Integer.parseInt(root) <= 20) {
        code = "113";
        complement = c;
      }
    }
    if (code == null) {
      return Optional.empty();
    }
    List<ActorTable.Draft> sources = actorsOf(s, relationChildren(s, v.index(), "nsubj"), actors);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    List<ActorTable.Draft> appealed = new ArrayList<>(actorsOf(s, objects(s, v.index()), actors));
    appealed.addAll(actorsOf(s, relationChildren(s, complement, "nsubj"), actors));
    List<ActorTable.Draft> excluded = new ArrayList<>(sources);
    excluded.addAll(appealed);
    List<ActorTable.Draft> targets = deepTarget(s, complement, excluded, actors);
    return Optional.of(
        new EventDraft(
            codebook.require(code),
            Optional.empty(),
            sources,
            targets,
            false,
            s.index(),
            v.index(),
            v.span(),
            negated(s, v.index()),
            modality(s, v.index()),
            "event.rally." + lower(v.lemma())));
  }

  /**
   * An act announced for the future is, in CAMEO, a statement of intent coded when it is made:
   * "Finland will give Tanzania a grant" is an intent to give aid (033), "said they would blockade
   * Paris" a threat (138), "will not accept refugees" a rejection (120). Other intended acts, and
   * acts under a condition, keep their code and their modality flag.
   */
  EventDraft asStatedIntent(Sentence s, EventDraft d) {
    if (d.modality() != Modality.INTENDED
        || !lexicon.statedIntents()
        || forecast(s, d.clauseVerb())) {
      return d;
    }
    String root = d.code().root();
    String code;
    if (d.negated()) {
      code = Integer.parseInt(root) <= 8 ? "120" : null;
    } else {
      code = INTENT_OF_ROOT.getOrDefault(root, THREAT_OF_ROOT.get(root));
    }
    if (code == null) {
      return d;
    }
    return new EventDraft(
        codebook.require(code),
        Optional.empty(),
        d.sources(),
        d.targets(),
        d.reciprocal() && !d.negated(),
        d.sentence(),
        d.clauseVerb(),
        d.trigger(),
        false,
        Modality.ASSERTED,
        d.rule() + (d.negated() ? ".refused" : ".intent"));
  }

  /**
   * "Russia said Sudan must return the helicopter": an obligation in reported speech is a demand
   * (CAMEO 100) from the speaker to the subject of the obligation, coded at the speech verb.
   */
  Optional<EventDraft> demandOf(Sentence s, Token v, ActorTable actors) {
    Optional<Integer> must = Optional.empty();
    for (Dependency d : s.childrenOf(v.index())) {
      if (d.baseRelation().equals("aux")
          && OBLIGATION_AUX.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        must = Optional.of(d.dependent());
      }
    }
    Optional<Dependency> head = s.headOf(v.index());
    if (must.isEmpty()
        || head.isEmpty()
        || head.get().governor() < 0
        || !head.get().baseRelation().equals("ccomp")) {
      return Optional.empty();
    }
    int speech = head.get().governor();
    if (!SPEECH_VERBS.contains(s.token(speech).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<ActorTable.Draft> speakers = actorsOf(s, s.children(speech, "nsubj"), actors);
    List<ActorTable.Draft> obliged =
        without(actorsOf(s, s.children(v.index(), "nsubj"), actors), speakers);
    if (speakers.isEmpty() || obliged.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EventDraft(
            codebook.require("100"),
            Optional.empty(),
            speakers,
            obliged,
            false,
            s.index(),
            speech,
            s.token(must.get()).span(),
            negated(s, speech),
            modality(s, speech),
            "event.demand." + s.token(must.get()).word().toLowerCase(Locale.ROOT)));
  }
}
