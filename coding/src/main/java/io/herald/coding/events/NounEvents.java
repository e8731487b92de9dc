package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.objectOf;
import static io.herald.coding.events.Clauses.objects;
import static io.herald.coding.events.Clauses.relationChildren;
import static io.herald.coding.events.Clauses.subjectOrAgent;
import static io.herald.coding.events.Modalities.genericStatement;
import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;
import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.deepTarget;
import static io.herald.coding.events.Participants.without;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Modality;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events of nouns ("phone talks", "missile strikes", "invasion of Ukraine"): the lexicon's noun
 * patterns, with the doer from a possessive, "by" phrase or nationality adjective, the target from
 * the noun's phrases, and both from a light verb that carries the noun ("held talks with").
 */
final class NounEvents {
  private final EventLexicon lexicon;
  private final VerbEvents verbs;

  NounEvents(EventLexicon lexicon, VerbEvents verbs) {
    this.lexicon = lexicon;
    this.verbs = verbs;
  }

  /** Verbs whose object noun carries the event: "held talks with", "launched strikes on". */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "have",
          "conduct",
          "launch",
          "carry",
          "stage",
          "make",
          "begin",
          "start",
          "resume",
          "pay",
          "mount",
          "open",
          "wrap",
          "end",
          "continue",
          "impose",
          "announce",
          "lodge",
          "file",
          "complete",
          "reiterate",
          "renew",
          "issue",
          "organize",
          "organise",
          "declare",
          "join",
          "step",
          "intensify",
          "escalate");

  /**
   * Nouns that carry an event named by their compound modifier: "a mediation effort between", "a
   * bombing campaign against", "a rescue operation".
   */
  private static final Set<String> CARRIER_NOUNS =
      Set.of("effort", "campaign", "operation", "drive", "bid", "mission", "initiative", "process");

  /** CAMEO roots of violence: unconventional, conventional and mass violence. */
  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

  /** Phrases of a noun's "of" complement that name the event's target. */
  private static final Set<String> NESTED_TARGETS =
      Set.of("nmod:with", "nmod:to", "nmod:against", "nmod:between", "nmod:on");

  /** Obliques that place a verb inside an event: "told X during phone talks". */
  private static final Set<String> SETTING_RELATIONS =
      Set.of(
          "obl:during", "obl:in", "obl:at", "obl:after", "obl:before", "obl:on", "obl:following");

  /**
   * Verbs of coming and going whose "for" or "to" phrase is the event attended: "return for talks".
   */
  private static final Set<String> MOTION_VERBS =
      Set.of(
          "arrive",
          "return",
          "travel",
          "go",
          "come",
          "fly",
          "head",
          "leave",
          "gather",
          "convene",
          "assemble");

  Optional<EventDraft> codeNoun(Sentence s, Token n, ActorTable actors) {
    List<EventLexicon.NounPattern> patterns = lexicon.noun(lower(n.lemma()));
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    Set<String> modifiers = new HashSet<>();
    int firstTok = n.index();
    for (Dependency d : s.childrenOf(n.index())) {
      if (d.baseRelation().equals("compound") || d.baseRelation().equals("amod")) {
        modifiers.add(lower(s.token(d.dependent()).lemma()));
        firstTok = Math.min(firstTok, d.dependent());
      }
    }
    EventLexicon.NounPattern pattern = null;
    for (EventLexicon.NounPattern np : patterns) {
      if (modifiers.contains(np.modifier()) || np.modifier().equals("-") && pattern == null) {
        if (pattern == null || !np.modifier().equals("-")) {
          pattern = np;
        }
      }
    }
    if (pattern == null) {
      return Optional.empty();
    }
    // "a mediation effort between X and Y": the phrase of the carrier noun is the event's.
    int node = n.index();
    Optional<Dependency> up = s.headOf(n.index());
    if (up.isPresent()
        && up.get().governor() >= 0
        && up.get().baseRelation().equals("compound")
        && CARRIER_NOUNS.contains(lower(s.token(up.get().governor()).lemma()))) {
      node = up.get().governor();
    }
    List<Integer> own = new ArrayList<>();
    List<Integer> ownTargets = new ArrayList<>();
    List<Integer> adjectives = new ArrayList<>();
    List<Integer> compounds = new ArrayList<>();
    for (int owner : node == n.index() ? List.of(node) : List.of(n.index(), node)) {
      for (Dependency d : s.childrenOf(owner)) {
        String r = d.relation();
        if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent")) {
          own.add(d.dependent());
        } else if (r.equals("nmod:on")
            || r.equals("nmod:against")
            || r.equals("nmod:with")
            || r.equals("nmod:of")
            || r.equals("nmod:to")
            || r.equals("nmod:at")
            || r.equals("nmod:between")
            || r.equals("nmod:into")) {
          ownTargets.add(d.dependent());
        } else if (r.equals("amod")) {
          adjectives.add(d.dependent());
        } else if (r.equals("compound") && d.dependent() != n.index()) {
          compounds.add(d.dependent());
        }
      }
    }
    List<ActorTable.Draft> sources = actorsOf(s, own, actors);
    List<ActorTable.Draft> targets = actorsOf(s, ownTargets, actors);
    int clause = n.index();
    Optional<Dependency> head = s.headOf(node);
    Optional<Integer> objectOf = objectOf(s, node);
    if (objectOf.isPresent()) {
      head = Optional.of(new Dependency(objectOf.get(), node, "obj"));
    }
    if (head.isPresent() && head.get().governor() >= 0 && s.token(head.get().governor()).isVerb()) {
      int verb = head.get().governor();
      String rel = head.get().baseRelation();
      boolean passive = !relationChildren(s, verb, "nsubj:pass").isEmpty();
      boolean light = rel.equals("obj") && LIGHT_VERBS.contains(lower(s.token(verb).lemma()));
      boolean setting =
          rel.equals("obl")
              && (SETTING_RELATIONS.contains(head.get().relation())
                  || MOTION_VERBS.contains(lower(s.token(verb).lemma()))
                      && (head.get().relation().equals("obl:for")
                          || head.get().relation().equals("obl:to")));
      if (light && verbs.hasObjectPattern(s, s.token(verb))) {
        return Optional.empty(); // "ended mediation efforts" is the verb's event, not a mediation
      }
      if (light || setting) {
        clause = verb;
        if (sources.isEmpty() && passive) {
          // "three civilians were killed in a suicide bombing": the victims are the targets
          sources = actorsOf(s, subjectOrAgent(s, verb), actors);
          if (targets.isEmpty()) {
            targets = actorsOf(s, relationChildren(s, verb, "nsubj:pass"), actors);
          }
        } else if (sources.isEmpty()) {
          sources = actorsOf(s, relationChildren(s, verb, "nsubj"), actors);
          if (targets.isEmpty()) {
            List<Integer> objs = objects(s, verb);
            objs.remove(Integer.valueOf(node));
            objs.addAll(relationChildren(s, verb, "obl:with"));
            targets = actorsOf(s, objs, actors);
          }
        }
      } else if (rel.equals("nsubj") && targets.isEmpty()) {
        // "US drone attacks have killed eight militants": the attack's victims are the verb's
        targets = actorsOf(s, objects(s, verb), actors);
      }
    }
    if (targets.isEmpty()) {
      // "a suspension of air links with Serbia": the target of what the noun acts on
      for (int of : relationChildren(s, node, "nmod:of")) {
        for (Dependency d : s.childrenOf(of)) {
          if (NESTED_TARGETS.contains(d.relation())) {
            targets = actorsOf(s, List.of(d.dependent()), actors);
          }
        }
      }
    }
    if (sources.isEmpty()) {
      // "Palestinian riots against ...", "US Predator attacks have killed ...": a nationality
      // adjective is the doer (the actor table marks the noun it modifies); a name compounded
      // to the noun only when another actor is the target ("Gaza strikes" names the place).
      sources = new ArrayList<>(actorsOf(s, adjectives, actors));
      if (sources.isEmpty()) {
        sources = actors.at(s.index(), n.index());
      }
      if (sources.isEmpty() && !targets.isEmpty()) {
        sources = actorsOf(s, compounds, actors);
      }
    }
    if (targets.isEmpty() && !sources.isEmpty()) {
      // "its demand that Israel ease restrictions", "an investigation into crimes committed by
      // Croat forces": the nearest actor below the noun, as below a verb
      targets = deepTarget(s, node, sources, actors);
    }
    if (sources.isEmpty()
        && !(VIOLENT_ROOTS.contains(pattern.code().root()) && !targets.isEmpty())) {
      // an attack whose victims are named but not its perpetrator is still an attack on them
      return Optional.empty();
    }
    boolean negated = negated(s, n.index()) || clause != n.index() && negated(s, clause);
    return Optional.of(
        new EventDraft(
            pattern.code(),
            Optional.empty(),
            sources,
            without(targets, sources),
            pattern.reciprocal(),
            s.index(),
            clause,
            s.spanOf(firstTok, n.index()),
            negated,
            genericStatement(s, n.index()) ? Modality.HYPOTHETICAL : modality(s, clause),
            "event.noun."
                + pattern.noun()
                + (pattern.modifier().equals("-") ? "" : "+" + pattern.modifier()),
            pattern.plover()));
  }
}
