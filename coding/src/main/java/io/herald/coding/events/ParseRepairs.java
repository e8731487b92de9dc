package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
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
 */
final class ParseRepairs {
  private ParseRepairs() {}

  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop", "mark");

  /** The article with each sentence's arcs repaired (the same article if nothing changed). */
  static ParsedArticle repair(ParsedArticle p) {
    List<Sentence> out = new ArrayList<>();
    boolean changed = false;
    for (Sentence s : p.sentences()) {
      Sentence r = reducedRelatives(s);
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
}
