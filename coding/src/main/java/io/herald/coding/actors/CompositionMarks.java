package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Marks the head of a composed noun phrase with the actors its composition gives. */
final class CompositionMarks {
  private final ActorLexicon lexicon;
  private final ParsedArticle article;
  private final ActorTable table;

  CompositionMarks(ActorLexicon lexicon, ParsedArticle article, ActorTable table) {
    this.lexicon = lexicon;
    this.article = article;
    this.table = table;
  }

  /**
   * Makes the head {@code h} of a composed phrase refer to its codes (a person found there takes
   * them only when the text gave no office).
   */
  void apply(Sentence s, int h, Composition c) {
    List<String> codes = c.codes();
    List<ActorTable.Draft> persons =
        table.at(s.index(), h).stream().filter(ActorTable.Draft::isPerson).toList();
    if (!persons.isEmpty()) {
      // A person's office is the person finder's; a person it found none for takes the phrase's.
      if (codes.size() == 1) {
        for (ActorTable.Draft p : persons) {
          if (p.role.isEmpty()) {
            setCode(p, c.actors().get(0), codes.get(0));
          }
        }
      }
      return;
    }
    String name = c.span().of(article.text()).replace('\n', ' ');
    List<ActorTable.Draft> drafts = new ArrayList<>();
    if (codes.isEmpty()) {
      if (!lexicon.unnamedAgents() || !isArgument(s, h)) {
        return;
      }
      StringBuilder sector = new StringBuilder();
      c.agents().forEach(a -> sector.append(a.letters()));
      drafts.add(
          table.intern(
              "agent:" + sector,
              name,
              ActorKind.COUNTRY,
              "",
              sector.toString(),
              new Evidence(s.index(), c.span(), "actor.unnamed-agent")));
    }
    for (String code : codes) {
      Optional<ActorTable.Draft> same =
          table.drafts().stream()
              .filter(d -> !d.isPerson() && d.code().value().equals(code))
              .findFirst();
      if (same.isPresent()) {
        drafts.add(same.get());
        continue;
      }
      String root = rootOf(code, c);
      ActorTable.Draft d =
          table.intern(
              "code:" + code,
              name,
              AgentComposer.isNonState(root.substring(0, 3))
                  ? ActorKind.ORGANIZATION
                  : ActorKind.COUNTRY,
              "",
              "",
              new Evidence(
                  s.index(),
                  c.span(),
                  !c.rule().isEmpty()
                      ? c.rule()
                      : c.agents().isEmpty() ? "actor.noun-modifier" : "actor.agent-composition"));
      setCode(d, root, code);
      drafts.add(d);
    }
    if (!drafts.equals(table.at(s.index(), h))) {
      table.replace(s.index(), h, c.span(), drafts);
    }
  }

  /**
   * Whether {@code h} heads a subject or object (or a phrase coordinated with or in apposition to
   * one): where PETRARCH looks for actors first. An unnamed agent in a prepositional phrase ("on
   * his first official visit") is not an actor.
   */
  static boolean isArgument(Sentence s, int h) {
    int i = h;
    for (int hops = 0; hops < 4; hops++) {
      Optional<Dependency> head = s.headOf(i);
      if (head.isEmpty() || head.get().governor() < 0) {
        return false;
      }
      String r = head.get().baseRelation();
      if (r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj")) {
        return true;
      }
      if (!r.equals("conj") && !r.equals("appos")) {
        return false;
      }
      i = head.get().governor();
    }
    return false;
  }

  /** The actor code a composed code was made from. */
  private static String rootOf(String code, Composition c) {
    for (String a : c.actors()) {
      if (code.contains(a)) {
        return a;
      }
    }
    return c.actors().get(0);
  }

  private static void setCode(ActorTable.Draft d, String actor, String code) {
    String country = AgentComposer.isNonState(actor.substring(0, 3)) ? "" : actor.substring(0, 3);
    d.country = country;
    d.sector = !country.isEmpty() && code.startsWith(country) ? code.substring(3) : d.sector;
    d.code = code.equals(d.country + d.sector) ? "" : code;
  }
}
