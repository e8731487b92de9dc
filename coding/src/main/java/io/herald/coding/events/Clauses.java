package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where things are in a dependency parse: a verb's objects and subjects, the subject a clause
 * inherits or is controlled by, a node's depth, and the words of a verb's own clause.
 */
final class Clauses {
  private Clauses() {}

  /** Clauses of their own, whose words do not belong to a verb's pattern. */
  static final Set<String> OTHER_CLAUSES =
      Set.of("conj", "parataxis", "advcl", "dep", "ccomp", "csubj", "acl", "punct");

  /**
   * Documents whose participial modifier states their content, said by whoever issued them: "issued
   * a declaration demanding that ...".
   */
  private static final Set<String> STATEMENT_NOUNS =
      Set.of(
          "statement",
          "declaration",
          "resolution",
          "letter",
          "communique",
          "communiqué",
          "message",
          "note",
          "memorandum",
          "motion",
          "petition");

  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "advcl", "acl", "xcomp", "parataxis", "conj", "csubj");

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /**
   * The verb of which {@code v} is the open complement ({@code xcomp}): "ordered" in "ordered the
   * paper to close", "tried" in "tried to seize".
   */
  static Optional<Integer> xcompGovernor(Sentence s, int v) {
    return s.headOf(v)
        .filter(h -> h.governor() >= 0 && h.baseRelation().equals("xcomp"))
        .map(Dependency::governor);
  }

  /**
   * The verb's direct objects, including one the parser hung under a bare time word ("lifted Friday
   * a day-old blockade", "rejected Thursday a UN appeal": the noun as {@code dep} of the {@code
   * obl:tmod}).
   */
  static List<Integer> objects(Sentence s, int v) {
    List<Integer> out = new ArrayList<>(relationChildren(s, v, "obj"));
    if (out.isEmpty()) {
      for (int t : relationChildren(s, v, "obl:tmod")) {
        for (int d : relationChildren(s, t, "dep")) {
          if (s.token(d).isNoun()) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  /** The verb whose object noun {@code n} is, if it is one (see {@link #objects}). */
  static Optional<Integer> objectOf(Sentence s, int n) {
    Optional<Dependency> h = s.headOf(n);
    if (h.isEmpty() || h.get().governor() < 0) {
      return Optional.empty();
    }
    int g = h.get().governor();
    if (h.get().relation().equals("obj") && s.token(g).isVerb()) {
      return Optional.of(g);
    }
    Optional<Dependency> up = s.headOf(g);
    if (h.get().relation().equals("dep")
        && up.isPresent()
        && up.get().governor() >= 0
        && up.get().relation().equals("obl:tmod")
        && s.token(up.get().governor()).isVerb()
        && objects(s, up.get().governor()).contains(n)) {
      return Optional.of(up.get().governor());
    }
    return Optional.empty();
  }

  /** Lemmas of the verb's object (or passive subject) and of its compound modifiers. */
  static Set<String> objectLemmas(Sentence s, int v) {
    Set<String> out = new HashSet<>();
    List<Integer> heads = new ArrayList<>(objects(s, v));
    heads.addAll(relationChildren(s, v, "nsubj:pass"));
    for (int o : heads) {
      out.add(lower(s.token(o).lemma()));
      for (int c : s.children(o, "compound")) {
        out.add(lower(s.token(c).lemma()));
      }
      for (int c : relationChildren(s, o, "nmod:of")) {
        out.add(lower(s.token(c).lemma())); // "lifted the state of emergency"
      }
    }
    return out;
  }

  static boolean allPronouns(Sentence s, List<Integer> tokens) {
    return tokens.stream().allMatch(t -> s.token(t).pos().equals("PRP"));
  }

  /**
   * A participle modifying a noun ("the curfew imposed in Sudan", "crimes committed by Croat
   * forces"): part of the noun's description, so it may name the target.
   */
  static boolean participle(Sentence s, Dependency d) {
    String pos = s.token(d.dependent()).pos();
    return d.relation().equals("acl") && (pos.equals("VBN") || pos.equals("VBG"));
  }

  /**
   * The verb's own phrase for pattern matching: dependents up to three levels down, not entering
   * other clauses (coordinated, adverbial, relative or reported ones). A participle on the verb's
   * object ("welcomed assurances sent from Bree") is part of the object's phrase, as in the
   * Treebank parse; one on an oblique ("flies on an aircraft operated by X") is not the verb's.
   */
  static void collectLocal(Sentence s, int node, int depth, Set<Integer> out) {
    if (depth > 3) {
      return;
    }
    boolean time =
        s.headOf(node).map(h -> h.relation().equals("obl:tmod")).orElse(false) && depth == 1;
    boolean objectNoun =
        depth == 1 && s.headOf(node).map(h -> h.relation().equals("obj")).orElse(false);
    for (Dependency d : s.childrenOf(node)) {
      String r = d.baseRelation();
      boolean misplacedObject = time && r.equals("dep"); // "lifted Friday a blockade"
      if (!misplacedObject
          && !verblessComplement(s, d)
          && !infinitiveComplement(s, d)
          && !(objectNoun && participle(s, d))
          && (OTHER_CLAUSES.contains(r) || d.relation().equals("acl:relcl"))) {
        continue;
      }
      if (out.add(d.dependent())) {
        collectLocal(s, d.dependent(), depth + 1, out);
      }
    }
  }

  /**
   * "allowed that Mordor isn't a pleasant place": a copular complement clause has no verb of its
   * own to carry an event, so its words belong to the pattern of the verb that governs it; not one
   * whose adjective governs a verb ("said it was ready to withdraw"), which carries the event.
   */
  private static boolean verblessComplement(Sentence s, Dependency d) {
    return d.baseRelation().equals("ccomp")
        && !s.token(d.dependent()).isVerb()
        && !s.children(d.dependent(), "cop").isEmpty()
        && s.childrenOf(d.dependent()).stream().noneMatch(c -> c.baseRelation().equals("xcomp"));
  }

  /**
   * "vowed on Thursday to wage war", "signed an accord to supply Gondor": a to-infinitive the
   * parser hung as an adverbial clause, without a subject of its own (a time word taken for one is
   * none), continues the verb's phrase as a complement would.
   */
  static boolean infinitiveComplement(Sentence s, Dependency d) {
    if (!d.relation().equals("advcl:to") || !s.token(d.dependent()).pos().equals("VB")) {
      return false;
    }
    return s.childrenOf(d.dependent()).stream()
        .noneMatch(
            c -> c.baseRelation().equals("nsubj") && !s.token(c.dependent()).ner().equals("DATE"));
  }

  /**
   * A verb's subjects as a verb has them: several when coordinated ("Gondor and Osgiliath have
   * postponed", a {@code cc} or comma before each later one), else one. A later subject with
   * nothing coordinating it is the parser continuing the phrase before it ("a row between Radagast
   * the Brown called": "the Brown" is part of the name, not a second subject), and is dropped.
   */
  static List<Integer> uncoordinatedFirst(Sentence s, List<Integer> subjects) {
    if (subjects.size() < 2) {
      return subjects;
    }
    List<Integer> sorted = new ArrayList<>(subjects);
    sorted.sort(Integer::compare);
    List<Integer> out = new ArrayList<>(List.of(sorted.get(0)));
    for (int k = 1; k < sorted.size(); k++) {
      int later = sorted.get(k);
      boolean coordinated = !s.children(later, "cc").isEmpty();
      for (int i = sorted.get(k - 1) + 1; i < later && !coordinated; i++) {
        String pos = s.token(i).pos();
        coordinated = pos.equals("CC") || pos.equals(",");
      }
      if (coordinated) {
        out.add(later);
      }
    }
    return out;
  }

  /** "denied X and accused Y": a coordinated verb without a subject shares its head's. */
  static List<Integer> inheritedSubjects(Sentence s, int v) {
    int j = v;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> head = s.headOf(j);
      if (head.isEmpty() || head.get().governor() < 0) {
        break;
      }
      String r = head.get().baseRelation();
      if (!r.equals("conj") && !r.equals("dep")) {
        break;
      }
      // "The team is about to restore ties ... crowds trashed its embassy": a verb the parser hung
      // on a later one shares no subject with it; what comes first is not that verb's conjunct
      if (head.get().governor() > j) {
        break;
      }
      j = head.get().governor();
      List<Integer> subj = s.children(j, "nsubj");
      if (!subj.isEmpty()) {
        return subj;
      }
    }
    return List.of();
  }

  /**
   * The understood subject of a participle clause without one: "demonstrated ... calling for
   * independence" is done by the subject of the clause it modifies (or by the agent of a passive
   * one); a participle on a document ("issued a declaration demanding that ...") by whoever issued
   * the document. Not a purpose ("give a grant to finance"), which is not yet an act, nor what
   * someone is accused of or praised for ("accused Kyiv of using the port"), whose doer is the
   * object and which the speaker does not assert.
   */
  static List<Integer> controllerOf(Sentence s, Token v) {
    Optional<Dependency> head = s.headOf(v.index());
    if (head.isEmpty() || head.get().governor() < 0) {
      return List.of();
    }
    if (!v.pos().equals("VBG")) {
      return List.of();
    }
    int g = head.get().governor();
    String r = head.get().baseRelation();
    boolean prepositional =
        s.childrenOf(v.index()).stream()
            .anyMatch(d -> d.baseRelation().equals("mark") || d.baseRelation().equals("case"));
    if ((r.equals("advcl") || r.equals("xcomp") || r.equals("dep"))
        && !prepositional
        && s.token(g).isVerb()) {
      return subjectOrAgent(s, g);
    }
    if (r.equals("acl")
        && !head.get().relation().equals("acl:relcl")
        && STATEMENT_NOUNS.contains(lower(s.token(g).lemma()))) {
      Optional<Dependency> up = s.headOf(g);
      if (up.isPresent()
          && up.get().governor() >= 0
          && up.get().baseRelation().equals("obj")
          && s.token(up.get().governor()).isVerb()) {
        return subjectOrAgent(s, up.get().governor());
      }
    }
    return List.of();
  }

  /** The doer of verb {@code g}: the agent of a passive, else the subject. */
  static List<Integer> subjectOrAgent(Sentence s, int g) {
    List<Integer> agents = new ArrayList<>();
    agents.addAll(relationChildren(s, g, "obl:agent"));
    agents.addAll(relationChildren(s, g, "obl:by"));
    if (!relationChildren(s, g, "nsubj:pass").isEmpty()) {
      return agents;
    }
    List<Integer> subj = relationChildren(s, g, "nsubj");
    return subj.isEmpty() ? inheritedSubjects(s, g) : subj;
  }

  static List<Integer> relationChildren(Sentence s, int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.childrenOf(i)) {
      if (d.relation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Depth of token {@code i} below the sentence root: main-clause events come first. */
  static int depth(Sentence s, int i) {
    int d = 0;
    int j = i;
    while (d <= s.tokens().size()) {
      Optional<Dependency> h = s.headOf(j);
      if (h.isEmpty() || h.get().governor() < 0) {
        return d;
      }
      j = h.get().governor();
      d++;
    }
    return d;
  }

  static void collectClause(Sentence s, int i, List<Integer> out) {
    if (out.contains(i)) {
      return;
    }
    out.add(i);
    for (Dependency d : s.childrenOf(i)) {
      if (!CLAUSE_RELATIONS.contains(d.baseRelation())) {
        collectClause(s, d.dependent(), out);
      }
    }
  }
}
