package io.herald.coding.actors;

import io.herald.model.Span;
import io.herald.model.text.CorefChain;
import io.herald.model.text.CorefMention;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries people to their later mentions. Names and titles follow CoreNLP's coreference chains;
 * pronouns are resolved here by subject preference and recency, because the statistical chains
 * often join every "he" of a two-person story to one of them. A chain is the fallback.
 */
final class CoreferenceLinker {
  private static final Set<String> SINGULAR =
      Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
  private static final Set<String> GROUP_NOUNS = Set.of("leader", "minister", "president", "side");

  /** Sentences to look back for the people a plural refers to. */
  private static final int GROUP_WINDOW = 8;

  private final ParsedArticle p;
  private final ActorTable table;
  private final List<ActorTable.Draft> people;
  private final List<Span> quotes;
  private final Map<Long, List<ActorTable.Draft>> chainFallback = new HashMap<>();

  CoreferenceLinker(
      ParsedArticle p, ActorTable table, List<ActorTable.Draft> people, List<Span> quotes) {
    this.p = p;
    this.table = table;
    this.people = people;
    this.quotes = quotes;
  }

  void link() {
    for (CorefChain chain : p.corefChains()) {
      followChain(chain);
    }
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        if (table.isMarked(s.index(), t.index())) {
          continue;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("PRP") && SINGULAR.contains(w)) {
          resolveSingular(s, t)
              .ifPresent(d -> table.mark(s.index(), t.index(), t.index(), t.span(), d));
        } else if (t.pos().startsWith("PRP") && PLURAL.contains(w) || isGroupNoun(s, t)) {
          List<ActorTable.Draft> group = resolveGroup(s, t);
          if (!group.isEmpty()) {
            table.markGroup(s.index(), t.index(), t.span(), group);
          }
        } else if (t.ner().equals("TITLE")) {
          resolveTitle(s, t);
        }
        if (!table.isMarked(s.index(), t.index())) {
          List<ActorTable.Draft> fb = chainFallback.get(key(s.index(), t.index()));
          if (fb != null && t.ner().equals("TITLE")) {
            fb = fb.stream().filter(d -> sameSide(s, t, d)).toList();
          }
          if (fb != null && !fb.isEmpty()) {
            table.markGroup(s.index(), t.index(), t.span(), fb);
          }
        }
      }
    }
  }

  private static long key(int s, int t) {
    return ((long) s << 20) | t;
  }

  private void followChain(CorefChain chain) {
    Set<ActorTable.Draft> resolved = new LinkedHashSet<>();
    boolean conflict = false;
    for (CorefMention m : chain.mentions()) {
      if (m.kind().equals("PRONOMINAL")) {
        continue;
      }
      List<ActorTable.Draft> here = peopleIn(m);
      if (here.isEmpty()) {
        continue;
      }
      if (!resolved.isEmpty() && !resolved.equals(new LinkedHashSet<>(here))) {
        conflict = true;
      }
      resolved.addAll(here);
    }
    if (resolved.isEmpty() || conflict) {
      return;
    }
    List<ActorTable.Draft> actors = new ArrayList<>(resolved);
    for (CorefMention m : chain.mentions()) {
      if (!peopleIn(m).isEmpty()) {
        continue;
      }
      Sentence s = p.sentences().get(m.sentence());
      if (m.kind().equals("PRONOMINAL") || s.token(m.headToken()).ner().equals("TITLE")) {
        // Pronouns and titles ("the home secretary") are resolved here first; the chain is the
        // fallback, since it often joins them to the wrong person.
        chainFallback.put(key(m.sentence(), m.headToken()), actors);
      } else {
        table.markGroup(m.sentence(), m.headToken(), s.token(m.headToken()).span(), actors);
      }
    }
  }

  /** People a chain mention names: its head, or every person in a list ("Ishiba and Biden"). */
  private List<ActorTable.Draft> peopleIn(CorefMention m) {
    Set<ActorTable.Draft> out = new LinkedHashSet<>();
    if (m.kind().equals("LIST")) {
      for (int t = m.firstToken(); t <= m.lastToken(); t++) {
        table.at(m.sentence(), t).stream().filter(ActorTable.Draft::isPerson).forEach(out::add);
      }
    } else {
      table.at(m.sentence(), m.headToken()).stream()
          .filter(ActorTable.Draft::isPerson)
          .forEach(out::add);
    }
    return new ArrayList<>(out);
  }

  private boolean inQuote(Span span) {
    return quoteOf(span).isPresent();
  }

  private Optional<Span> quoteOf(Span span) {
    return quotes.stream().filter(q -> q.contains(span)).findFirst();
  }

  private List<ActorTable.Draft> persons(int sentence, int token) {
    return table.at(sentence, token).stream().filter(ActorTable.Draft::isPerson).toList();
  }

  /** He/his/him: inside a quote the nearest person before it in the quote; else the subject. */
  private Optional<ActorTable.Draft> resolveSingular(Sentence s, Token t) {
    Optional<Span> quote = quoteOf(t.span());
    if (quote.isPresent()) {
      for (int i = t.index() - 1; i >= 0; i--) {
        Token c = s.token(i);
        if (!quote.get().contains(c.span()) || c.pos().startsWith("PRP")) {
          continue;
        }
        List<ActorTable.Draft> ps = persons(s.index(), i);
        if (ps.size() == 1) {
          return Optional.of(ps.get(0));
        }
      }
    }
    // Subjects of the clauses above the pronoun, nearest first: "Ishiba said he ...".
    int j = t.index();
    Set<Integer> seen = new HashSet<>();
    while (seen.add(j)) {
      Optional<Dependency> head = s.headOf(j);
      if (head.isEmpty() || head.get().governor() < 0) {
        break;
      }
      int g = head.get().governor();
      for (int c : s.children(g, "nsubj")) {
        if (c == j || inQuote(s.token(c).span()) && !inQuote(t.span())) {
          continue;
        }
        List<ActorTable.Draft> ps = persons(s.index(), c);
        if (ps.size() == 1) {
          return Optional.of(ps.get(0));
        }
      }
      j = g;
    }
    // The subject of a recent sentence, then the last person named.
    for (int k = s.index() - 1; k >= Math.max(0, s.index() - 3); k--) {
      Optional<ActorTable.Draft> subj = mainSubject(p.sentences().get(k));
      if (subj.isPresent()) {
        return subj;
      }
    }
    for (int k = s.index(); k >= Math.max(0, s.index() - 2); k--) {
      Sentence prev = p.sentences().get(k);
      int limit = k == s.index() ? t.index() - 1 : prev.tokens().size() - 1;
      for (int i = limit; i >= 0; i--) {
        List<ActorTable.Draft> ps = persons(k, i);
        if (ps.size() == 1 && !prev.token(i).pos().startsWith("PRP")) {
          return Optional.of(ps.get(0));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ActorTable.Draft> mainSubject(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == Dependency.ROOT) {
        for (int c : s.children(d.dependent(), "nsubj")) {
          if (inQuote(s.token(c).span())) {
            continue;
          }
          List<ActorTable.Draft> ps = persons(s.index(), c);
          if (ps.size() == 1) {
            return Optional.of(ps.get(0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "the two leaders", "both sides": a plural noun with no country of its own. */
  private boolean isGroupNoun(Sentence s, Token t) {
    if (!t.pos().equals("NNS") || !GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.childrenOf(t.index())) {
      Token c = s.token(d.dependent());
      if (d.baseRelation().equals("det") || d.baseRelation().equals("nummod")) {
        continue;
      }
      if (d.baseRelation().equals("amod")
          || d.baseRelation().equals("compound")
          || d.baseRelation().equals("nmod")) {
        if (!c.word().equalsIgnoreCase("two") && !c.word().equalsIgnoreCase("both")) {
          return false;
        }
      }
    }
    return true;
  }

  /** They, their, the two leaders: the people last named together. */
  private List<ActorTable.Draft> resolveGroup(Sentence s, Token t) {
    for (int k = s.index(); k >= Math.max(0, s.index() - GROUP_WINDOW); k--) {
      Sentence prev = p.sentences().get(k);
      int limit = k == s.index() ? t.index() - 1 : prev.tokens().size() - 1;
      for (int i = limit; i >= 0; i--) {
        List<ActorTable.Draft> ps = persons(k, i);
        if (ps.size() >= 2) {
          return ps;
        }
        if (ps.size() == 1) {
          for (int c : prev.children(i, "conj")) {
            List<ActorTable.Draft> other = persons(k, c);
            if (other.size() == 1 && other.get(0) != ps.get(0)) {
              return List.of(ps.get(0), other.get(0));
            }
          }
        }
      }
      if (k == s.index()) {
        Set<ActorTable.Draft> inSentence = new LinkedHashSet<>();
        for (int i = 0; i < t.index(); i++) {
          inSentence.addAll(persons(k, i));
        }
        if (inSentence.size() >= 2) {
          return new ArrayList<>(inSentence);
        }
      }
    }
    return List.of();
  }

  /** Words that make a title an opposition post: "the shadow home secretary". */
  private static final Set<String> OPPOSITION_WORDS = Set.of("shadow", "opposition");

  /**
   * Whether a title mention and a person's office are both the opposition's or both not: "the home
   * secretary" is not the shadow home secretary a coreference chain may join it to. A person whose
   * office the text did not give may be either.
   */
  private static boolean sameSide(Sentence s, Token title, ActorTable.Draft person) {
    if (person.role.isEmpty()) {
      return true;
    }
    boolean mentionOpposes = false;
    for (int k : s.subtree(title.index())) {
      mentionOpposes |=
          k < title.index()
              && OPPOSITION_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT));
    }
    String role = person.role.toLowerCase(Locale.ROOT);
    boolean personOpposes = OPPOSITION_WORDS.stream().anyMatch(role::contains);
    return mentionOpposes == personOpposes;
  }

  /** "the prime minister": the one person in the article holding that title. */
  private void resolveTitle(Sentence s, Token t) {
    Optional<Dependency> head = s.headOf(t.index());
    int h = t.index();
    if (head.isPresent()
        && head.get().governor() >= 0
        && s.token(head.get().governor()).ner().equals("TITLE")) {
      return; // not the head of the title phrase
    }
    boolean definite = false;
    for (Dependency d : s.childrenOf(h)) {
      definite |= d.baseRelation().equals("det") && s.token(d.dependent()).lemma().equals("the");
    }
    if (!definite) {
      return;
    }
    int first = h;
    while (first > 0 && s.token(first - 1).ner().equals("TITLE")) {
      first--;
    }
    String title = s.spanOf(first, h).of(p.text()).toLowerCase(Locale.ROOT);
    List<ActorTable.Draft> holders =
        people.stream()
            .filter(
                d -> !d.role.startsWith("former") && d.role.toLowerCase(Locale.ROOT).equals(title))
            .toList();
    if (holders.size() == 1) {
      table.mark(s.index(), first, h, s.spanOf(first, h), holders.get(0));
    }
  }
}
