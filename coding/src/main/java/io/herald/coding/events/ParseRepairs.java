package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dependency-parse errors undone before events are coded. The repaired sentences keep their tokens
 * and indices; only the arcs change, so spans and evidence still point at the article's text.
 *
 * <p>"welcomed cultural memos sent by Bree": the parser reads a reduced relative clause after a
 * verb without an object as a clause of its own ({@code welcomed -dep-> sent -nsubj-> memos}). A
 * bare past participle (no auxiliary, no copula) hung as {@code dep} whose subject follows the verb
 * is the verb's object with a participle on it ({@code welcomed -obj-> memos -acl-> sent}), as the
 * Treebank parse has it.
 *
 * <p>"Ethiopia indicated it would act now with Libya": the parser takes "Ethiopia indicated it" for
 * the clausal subject of "act" ({@code act -csubj-> indicated -obj-> it}). A finite verb with a
 * subject of its own hung as the clausal subject of a verb that has none, whose object is a pronoun
 * followed only by the verb's auxiliaries, is the reporting clause: the pronoun is the verb's
 * subject and the verb the reporting verb's complement ({@code indicated -ccomp-> act -nsubj->
 * it}), so the pronoun can be resolved to the speaker as in any reported clause.
 */
public final class ParseRepairs {
  private ParseRepairs() {}

  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop", "mark");

  /** The article with each sentence's arcs repaired (the same article if nothing changed). */
  public static ParsedArticle repair(ParsedArticle p) {
    List<Sentence> out = new ArrayList<>();
    boolean changed = false;
    for (Sentence s : p.sentences()) {
      Sentence r = reportingSubjects(reducedRelatives(trailingParticiples(s)));
      changed |= r != s;
      out.add(r);
    }
    if (!changed) {
      return p;
    }
    return new ParsedArticle(
        p.article(), out, p.entities(), p.corefChains(), p.times(), p.quotes());
  }

  static Sentence reducedRelatives(Sentence s) {
    List<Dependency> arcs = new ArrayList<>(s.dependencies());
    boolean changed = false;
    for (Dependency d : s.dependencies()) {
      int v = d.governor();
      int participle = d.dependent();
      if (v < 0
          || !d.relation().equals("dep")
          || participle < v
          || !s.token(v).isVerb()
          || !s.token(participle).pos().equals("VBN")
          || !s.children(v, "obj").isEmpty()) {
        continue;
      }
      List<Dependency> below = s.childrenOf(participle);
      if (below.stream().anyMatch(c -> AUXILIARIES.contains(c.relation()))) {
        continue;
      }
      List<Dependency> subjects = below.stream().filter(c -> c.relation().equals("nsubj")).toList();
      if (subjects.size() != 1) {
        continue;
      }
      Dependency subject = subjects.get(0);
      int noun = subject.dependent();
      if (noun < v || noun > participle || !s.token(noun).isNoun()) {
        continue;
      }
      arcs.remove(d);
      arcs.remove(subject);
      arcs.add(new Dependency(v, noun, "obj"));
      arcs.add(new Dependency(noun, participle, "acl"));
      changed = true;
    }
    return changed ? new Sentence(s.index(), s.span(), s.tokens(), arcs) : s;
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /**
   * "called for the release of a nurse, abducted in Yemen": the parser hangs a past participle set
   * off by a comma after a noun as a clause of the sentence's verb ({@code appealed -dep->
   * kidnapped}), whose subject it then inherits. A past form without subject, auxiliary or object,
   * right after "noun ,", is a participle on that noun's phrase ({@code Hassan -acl-> kidnapped}):
   * what was done to the noun, by no one the sentence names. A verb that reports a clause ("a
   * historian who attended the session, recalled, "...he said..."") is the sentence's own verb,
   * hung there by the same misparse, and stays.
   */
  static Sentence trailingParticiples(Sentence s) {
    for (Dependency d : s.dependencies()) {
      int v = d.governor();
      int p = d.dependent();
      if (v < 0
          || !d.relation().equals("dep")
          || p < v + 3
          || !(s.token(p).pos().equals("VBN") || s.token(p).pos().equals("VBD"))
          || !s.token(p - 1).word().equals(",")
          || !s.token(p - 2).isNoun()
          || s.childrenOf(p).stream()
              .map(Dependency::baseRelation)
              .anyMatch(
                  r ->
                      r.startsWith("nsubj")
                          || r.startsWith("aux")
                          || r.equals("obj")
                          || r.equals("ccomp")
                          || r.equals("parataxis"))) {
        continue;
      }
      int noun = p - 2;
      for (Optional<Dependency> h = s.headOf(noun);
          h.isPresent()
              && (h.get().relation().equals("compound") || h.get().relation().equals("flat"));
          h = s.headOf(noun)) {
        noun = h.get().governor();
      }
      if (noun <= v) {
        continue;
      }
      List<Dependency> arcs = new ArrayList<>(s.dependencies());
      arcs.remove(d);
      arcs.add(new Dependency(noun, p, "acl"));
      // one repair per sentence, as for reporting subjects
      return new Sentence(s.index(), s.span(), s.tokens(), arcs);
    }
    return s;
  }

  static Sentence reportingSubjects(Sentence s) {
    for (Dependency d : s.dependencies()) {
      int v = d.governor();
      int reporting = d.dependent();
      if (v < 0
          || !d.relation().equals("csubj")
          || reporting > v
          || !FINITE.contains(s.token(reporting).pos())
          || s.children(reporting, "nsubj").isEmpty()
          || !s.children(v, "nsubj").isEmpty()
          || !s.children(v, "nsubj:pass").isEmpty()) {
        continue;
      }
      Optional<Dependency> object =
          s.childrenOf(reporting).stream()
              .filter(c -> c.relation().equals("obj"))
              .filter(c -> c.dependent() == reporting + 1)
              .filter(c -> s.token(c.dependent()).pos().equals("PRP"))
              .findFirst();
      if (object.isEmpty() || !onlyAuxiliariesBetween(s, object.get().dependent(), v)) {
        continue;
      }
      int pronoun = object.get().dependent();
      List<Dependency> arcs = new ArrayList<>();
      for (Dependency a : s.dependencies()) {
        if (a.equals(d) || a.equals(object.get())) {
          continue;
        }
        arcs.add(a.dependent() == v ? new Dependency(a.governor(), reporting, a.relation()) : a);
      }
      arcs.add(new Dependency(v, pronoun, "nsubj"));
      arcs.add(new Dependency(reporting, v, "ccomp"));
      // one repair per sentence; a second misparse of the kind is left alone
      return new Sentence(s.index(), s.span(), s.tokens(), arcs);
    }
    return s;
  }

  /** Whether every word between {@code from} and verb {@code v} is an auxiliary or adverb of it. */
  private static boolean onlyAuxiliariesBetween(Sentence s, int from, int v) {
    for (int i = from + 1; i < v; i++) {
      Optional<Dependency> h = s.headOf(i);
      if (h.isEmpty()
          || h.get().governor() != v
          || !(h.get().relation().equals("aux") || h.get().relation().equals("advmod"))) {
        return false;
      }
    }
    return true;
  }
}
