package io.herald.coding.events;

import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PETRARCH deletes short comma-delimited clauses before it codes a sentence ("Arnor will restore
 * ties with Gondor, five years after crowds burned its embassy, a senior official said": both the
 * inner and the closing clause go), so that asides neither give events nor take a verb's target.
 * Here the clauses' tokens are cut out of the dependency parse: they keep their places (actor
 * indices stay valid) but lose their part of speech and their arcs, and a word the parser had hung
 * on a deleted one hangs on its nearest kept ancestor. A comma inside a noun phrase's modifiers
 * ("complete, full ties") delimits nothing, as PETRARCH's noun phrases absorb theirs. Used with
 * PETRARCH dictionaries alone.
 */
final class CommaClauses {
  private CommaClauses() {}

  /** The part of speech of a deleted token: neither verb nor noun. */
  static final String DELETED = "-NONE-";

  static ParsedArticle reduce(ParsedArticle p, CommaLimits limits) {
    if (limits.equals(CommaLimits.OFF)) {
      return p;
    }
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      out.add(reduce(s, limits));
    }
    return new ParsedArticle(
        p.article(), out, p.entities(), p.corefChains(), p.times(), p.quotes());
  }

  static Sentence reduce(Sentence s, CommaLimits limits) {
    int n = s.tokens().size();
    List<Integer> commas = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (s.token(i).word().equals(",") && !insideNounPhrase(s, i)) {
        commas.add(i);
      }
    }
    if (commas.isEmpty()) {
      return s;
    }
    int end = n;
    while (end > 0 && isFinalPunctuation(s.token(end - 1))) {
      end--;
    }
    boolean[] deleted = new boolean[n];
    int first = commas.get(0);
    int last = commas.get(commas.size() - 1);
    if (limits.bmax() > 0 && within(words(s, 0, first), limits.bmin(), limits.bmax())) {
      mark(deleted, 0, first);
    }
    if (limits.emax() > 0
        && last < end
        && within(words(s, last + 1, end), limits.emin(), limits.emax())) {
      mark(deleted, last + 1, end);
    }
    if (limits.max() > 0) {
      for (int k = 0; k + 1 < commas.size(); k++) {
        int a = commas.get(k);
        int b = commas.get(k + 1);
        if (within(words(s, a + 1, b), limits.min(), limits.max())) {
          mark(deleted, a + 1, b);
        }
      }
    }
    boolean any = false;
    for (boolean d : deleted) {
      any |= d;
    }
    return any ? cut(s, deleted) : s;
  }

  /**
   * "complete, full ties": a comma before its noun, right after one of that noun's modifiers;
   * "Mordor, Rohan and Bree": a comma before a coordinated noun.
   */
  private static boolean insideNounPhrase(Sentence s, int comma) {
    return listed(s, comma)
        || s.headOf(comma)
            .filter(h -> h.governor() > comma && s.token(h.governor()).isNoun() && comma > 0)
            .filter(
                h ->
                    s.headOf(comma - 1)
                        .filter(m -> m.governor() == h.governor())
                        .filter(
                            m ->
                                m.relation().equals("amod")
                                    || m.relation().equals("compound")
                                    || m.relation().equals("nummod"))
                        .isPresent())
            .isPresent();
  }

  /**
   * A comma of a list of nouns: on a noun, before a noun in the same role ("with Mordor, Rohan,
   * Fornost and Bree") or coordinated with it.
   */
  private static boolean listed(Sentence s, int comma) {
    Optional<Dependency> on = s.headOf(comma);
    if (on.isEmpty() || on.get().governor() < 0 || !s.token(on.get().governor()).isNoun()) {
      return false;
    }
    int g = on.get().governor();
    Optional<Dependency> role = s.headOf(g);
    if (role.isPresent() && role.get().baseRelation().equals("conj")) {
      return true;
    }
    int k = comma + 1;
    while (k < s.tokens().size() && MODIFIER_TAGS.contains(s.token(k).pos())) {
      k++;
    }
    if (k >= s.tokens().size() || !s.token(k).isNoun() || role.isEmpty()) {
      return false;
    }
    Optional<Dependency> next = s.headOf(k);
    return next.isPresent()
        && (next.get().governor() == g && next.get().baseRelation().equals("conj")
            || next.get().governor() == role.get().governor()
                && next.get().relation().equals(role.get().relation()));
  }

  /** Words that may open a listed noun phrase before its noun. */
  private static final Set<String> MODIFIER_TAGS = Set.of("DT", "JJ", "PRP$", "CD");

  private static boolean isFinalPunctuation(Token t) {
    return t.pos().equals(".") || t.pos().equals("''") || t.pos().equals("-RRB-");
  }

  private static boolean within(int words, int min, int max) {
    return words >= min && words <= max;
  }

  /** PETRARCH counts words that begin with a letter. */
  private static int words(Sentence s, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      String w = s.token(i).word();
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        count++;
      }
    }
    return count;
  }

  private static void mark(boolean[] deleted, int from, int to) {
    for (int i = from; i < to; i++) {
      deleted[i] = true;
    }
  }

  private static Sentence cut(Sentence s, boolean[] deleted) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      tokens.add(
          deleted[t.index()]
              ? new Token(t.index(), t.word(), t.lemma(), DELETED, "O", "", t.span())
              : t);
    }
    List<Dependency> deps = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (deleted[d.dependent()]) {
        continue;
      }
      if (d.governor() < 0 || !deleted[d.governor()]) {
        deps.add(d);
        continue;
      }
      int g = d.governor();
      for (int hops = 0; g >= 0 && deleted[g] && hops < s.tokens().size(); hops++) {
        g = s.headOf(g).map(Dependency::governor).orElse(Dependency.ROOT);
      }
      String r = d.relation();
      if (g < 0) {
        r = "root";
      } else if (r.startsWith("obl") && s.token(g).isNoun()) {
        r = "nmod" + r.substring(3);
      }
      deps.add(new Dependency(g, d.dependent(), r));
    }
    return new Sentence(s.index(), s.span(), tokens, deps);
  }
}
