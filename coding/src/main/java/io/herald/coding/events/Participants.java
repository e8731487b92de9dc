package io.herald.coding.events;

import static io.herald.coding.events.Clauses.OTHER_CLAUSES;
import static io.herald.coding.events.Clauses.infinitiveComplement;
import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.participle;
import static io.herald.coding.events.Clauses.relationChildren;
import static io.herald.coding.events.Modalities.SPEECH_VERBS;

import io.herald.coding.actors.ActorTable;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who an event involves: the actors of a clause's noun phrases (with coordinations, partitives and
 * bare heads), and the targets found below a verb, in a condition, or in the speaker of reported
 * speech.
 */
final class Participants {
  private Participants() {}

  private static final Set<String> PARTITIVES =
      Set.of(
          "thousand",
          "thousands",
          "hundred",
          "hundreds",
          "dozen",
          "dozens",
          "group",
          "number",
          "some",
          "many",
          "member",
          "members",
          "all",
          "most",
          "scores",
          "band",
          "delegation");

  /**
   * Obliques and modifiers that give circumstances, not participants: "agreed to X despite Israel's
   * wish", "after talks with Y".
   */
  private static final Set<String> BACKGROUND =
      Set.of(
          "obl:despite",
          "nmod:despite",
          "obl:because_of",
          "obl:after",
          "obl:before",
          "obl:since",
          "obl:until",
          "obl:amid",
          "obl:following",
          "obl:unlike",
          "obl:like",
          // a path is where the act took place: "cordoned off the roads along the pass of X"
          "obl:along");

  /** Whether {@code d} attaches circumstances ("despite", "after", "following"), no participant. */
  static boolean background(Dependency d) {
    return BACKGROUND.contains(d.relation());
  }

  /**
   * "Syria says it will not accept refugees": a pronoun subject of a reported clause (or of a
   * complement inside it) that coreference left unresolved is the speaker.
   */
  static List<ActorTable.Draft> reportedSpeaker(Sentence s, int v, ActorTable actors) {
    int j = v;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> head = s.headOf(j);
      if (head.isEmpty() || head.get().governor() < 0) {
        return List.of();
      }
      String r = head.get().baseRelation();
      j = head.get().governor();
      if (r.equals("ccomp")) {
        return SPEECH_VERBS.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))
            ? actorsOf(s, s.children(j, "nsubj"), actors)
            : List.of();
      }
      if (!r.equals("xcomp")) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * "threatened to stop negotiations if the United States goes ahead": an act made conditional on
   * what another party does is aimed at that party, the subject of the "if" or "unless" clause on
   * the verb or on the chain of complements it belongs to.
   */
  static List<ActorTable.Draft> conditionTarget(
      Sentence s, int v, List<ActorTable.Draft> sources, ActorTable actors) {
    Set<Integer> chain = new LinkedHashSet<>();
    int top = v;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> h = s.headOf(top);
      if (h.isEmpty() || h.get().governor() < 0 || !h.get().baseRelation().equals("xcomp")) {
        break;
      }
      top = h.get().governor();
    }
    List<Integer> frontier = new ArrayList<>(List.of(top));
    while (!frontier.isEmpty() && chain.size() < 6) {
      int node = frontier.remove(0);
      if (chain.add(node)) {
        frontier.addAll(s.children(node, "xcomp"));
      }
    }
    for (int node : chain) {
      for (Dependency d : s.childrenOf(node)) {
        if (!d.baseRelation().equals("advcl")) {
          continue;
        }
        boolean condition =
            s.children(d.dependent(), "mark").stream()
                .map(m -> lower(s.token(m).word()))
                .anyMatch(w -> w.equals("if") || w.equals("unless"));
        if (condition) {
          List<ActorTable.Draft> found =
              without(actorsOf(s, relationChildren(s, d.dependent(), "nsubj"), actors), sources);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * PETRARCH's target search, which reads on through the verb phrase into a clause set after the
   * verb or its object ("postponed their meeting after a hafling was reported on the pass of Cirith
   * Ungol", "restore ties with Gxndor, five years after Calenardhon crowds burned its embassy"):
   * the first actor of such a clause, in text order, that is not a source. Relative clauses
   * describe, and are not searched. Used with PETRARCH dictionaries alone.
   */
  static List<ActorTable.Draft> laterClauseTarget(
      Sentence s, int v, List<ActorTable.Draft> sources, ActorTable actors) {
    for (int h : s.children(v, "obj")) {
      for (Dependency d : s.childrenOf(h)) {
        if (!d.baseRelation().equals("acl") || d.relation().equals("acl:relcl")) {
          continue;
        }
        for (int t : s.subtree(d.dependent())) {
          List<ActorTable.Draft> found = without(actors.at(s.index(), t), sources);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The nearest actor below the verb when no object names one: "demanded that Israel withdraw",
   * "offered to hand over to Great Britain", "rejected a proposal by Serbia". Breadth first over
   * the verb's dependents after it, skipping its subject and adverbial clauses, at most four levels
   * deep.
   */
  static List<ActorTable.Draft> deepTarget(
      Sentence s, int v, List<ActorTable.Draft> sources, ActorTable actors) {
    return deepTarget(s, v, sources, actors, false);
  }

  /**
   * As {@link #deepTarget(Sentence, int, List, ActorTable)}; with {@code skipScenes}, not in a
   * phrase that says where the act took place ({@link Whereabouts}).
   */
  static List<ActorTable.Draft> deepTarget(
      Sentence s, int v, List<ActorTable.Draft> sources, ActorTable actors, boolean skipScenes) {
    List<Integer> frontier = new ArrayList<>(List.of(v));
    Set<Integer> seen = new HashSet<>(frontier);
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Dependency d : s.childrenOf(node)) {
          String r = d.baseRelation();
          if (node == v && (r.startsWith("nsubj") || r.equals("conj"))
              || OTHER_CLAUSES.contains(r)
                  && !r.equals("ccomp")
                  && !participle(s, d)
                  && !infinitiveComplement(s, d)
              || d.relation().equals("acl:relcl")
              || d.relation().endsWith("according_to")
              || BACKGROUND.contains(d.relation())
              || skipScenes && Whereabouts.scene(s, d)) {
            continue;
          }
          if (d.dependent() < v || !seen.add(d.dependent())) {
            continue;
          }
          next.add(d.dependent());
        }
      }
      for (int node : next) {
        List<ActorTable.Draft> found = without(actorsOf(s, List.of(node), actors), sources);
        if (!found.isEmpty()) {
          return found;
        }
      }
      frontier = next;
    }
    return List.of();
  }

  static List<ActorTable.Draft> without(List<ActorTable.Draft> a, List<ActorTable.Draft> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  /**
   * What an act is done to: the actors of the given tokens, or, for a thing no actor names, of the
   * group it is for ("a camp for Congolese refugees was attacked": the refugees).
   */
  static List<ActorTable.Draft> targetsOf(Sentence s, List<Integer> tokens, ActorTable actors) {
    List<ActorTable.Draft> out = actorsOf(s, tokens, actors);
    if (!out.isEmpty()) {
      return out;
    }
    Set<ActorTable.Draft> beneficiaries = new LinkedHashSet<>();
    for (int t : tokens) {
      if (s.token(t).isNoun() && !s.token(t).isProperNoun()) {
        beneficiaries.addAll(actorsOf(s, relationChildren(s, t, "nmod:for"), actors));
      }
    }
    return new ArrayList<>(beneficiaries);
  }

  /** Actors of the given tokens and of the tokens coordinated with them. */
  static List<ActorTable.Draft> actorsOf(Sentence s, List<Integer> tokens, ActorTable actors) {
    Set<ActorTable.Draft> out = new LinkedHashSet<>();
    for (int t : tokens) {
      out.addAll(actors.at(s.index(), t));
      for (int c : s.children(t, "conj")) {
        out.addAll(actors.at(s.index(), c));
        if (actors.at(s.index(), c).isEmpty()) {
          // "sheep and goats of Gondor": the parser hung the "of" phrase after a bare conjunct
          // on the first one; it names the conjunct it follows
          for (Dependency d : s.childrenOf(t)) {
            if (d.relation().equals("nmod:of") && d.dependent() > c) {
              out.addAll(actors.at(s.index(), d.dependent()));
            }
          }
        }
      }
      if (actors.at(s.index(), t).isEmpty()) {
        // "Hezbollah guerrillas", "Iraqi youths": a head noun the actor table left bare is
        // the group its name or nationality modifier names.
        for (Dependency d : s.childrenOf(t)) {
          if (d.relation().equals("compound") || d.relation().equals("amod")) {
            out.addAll(actors.at(s.index(), d.dependent()));
          }
        }
      }
      if (out.isEmpty() && PARTITIVES.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
        // "Thousands of Iraqi Kurds", "a group of Moroccan diplomats": the actor is in the "of".
        for (Dependency d : s.childrenOf(t)) {
          if (d.relation().equals("nmod:of")) {
            out.addAll(actors.at(s.index(), d.dependent()));
            for (int c : s.children(d.dependent(), "conj")) {
              out.addAll(actors.at(s.index(), c));
            }
          }
        }
      }
    }
    return new ArrayList<>(out);
  }
}
