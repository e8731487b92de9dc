package io.herald.coding.quotes;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Span;
import io.herald.model.Speaker;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a cue's speaker is: the subject of the cue verb, found through passives ("was quoted as
 * saying"), participles ("..., saying"), coordinated verbs and relative clauses; and the speaker
 * record for a subject token, with its noun phrase and the actor it refers to.
 */
final class Speakers {
  private static final Set<String> PERSONAL =
      Set.of("he", "she", "i", "we", "they", "you", "him", "her", "them", "us", "me");

  /** Relations through which a verb without a subject of its own takes its governor's subject. */
  private static final Set<String> CONTROLLED =
      Set.of("advcl", "xcomp", "conj", "dep", "acl", "obl");

  private final ParsedArticle p;
  private final ActorTable table;
  private final QuotedText quoted;

  Speakers(ParsedArticle p, ActorTable table, QuotedText quoted) {
    this.p = p;
    this.table = table;
    this.quoted = quoted;
  }

  /** The head that attaches token {@code i}: its basic relation, not an enhanced extra one. */
  static Optional<Dependency> head(Sentence s, int i) {
    Dependency best = null;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != i) {
        continue;
      }
      String r = d.relation();
      if (r.equals("ref") || r.endsWith(":xsubj")) {
        continue;
      }
      if (best == null) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The most words a closing attribution's speaker may have (", the party's chief whip said"). */
  private static final int TAIL_WORDS = 5;

  /** Parts of speech of the words of a plain noun phrase: names, titles, pronouns. */
  private static final Set<String> TAIL_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS");

  /**
   * The speaker of a sentence closing with a comma, a short noun phrase and the cue ("..., Mr Fox
   * said."): the phrase's last word, whatever the parser made of the sentence (it may take a noun
   * of the clause before for the cue's subject and hang the speaker on it). Empty for any other
   * layout.
   */
  Optional<Integer> finalTail(Sentence s, int v) {
    return tailStart(s, v) < 0 ? Optional.empty() : tailHead(s, v);
  }

  /** The word before cue {@code v} when it can head the speaker's phrase. */
  private Optional<Integer> tailHead(Sentence s, int v) {
    int last = v - 1;
    String pos = s.token(last).pos();
    boolean head = pos.startsWith("NN") || pos.equals("PRP");
    return head && !quoted.contains(s.token(last).span()) ? Optional.of(last) : Optional.empty();
  }

  /** The first word of the noun phrase between the comma and cue {@code v}, or -1. */
  static int tailStart(Sentence s, int v) {
    int n = s.tokens().size();
    for (int j = v + 1; j < n; j++) {
      String w = s.token(j).word();
      if (!w.equals(".") && !w.equals("!") && !w.equals("?")) {
        return -1;
      }
    }
    int i = v - 1;
    while (i >= 0 && v - i <= TAIL_WORDS && TAIL_TAGS.contains(s.token(i).pos())) {
      i--;
    }
    return i >= 1 && i < v - 1 && s.token(i).word().equals(",") ? i + 1 : -1;
  }

  /** The speaker of cue verb {@code v}, when the text names one outside quotation marks. */
  Optional<Speaker> ofCue(Sentence s, int v) {
    return subjectToken(s, v, 0).map(t -> at(s, t));
  }

  /** The token standing for the subject of verb {@code v}, or empty. */
  Optional<Integer> subjectToken(Sentence s, int v, int depth) {
    if (depth > 3) {
      return Optional.empty();
    }
    Optional<Integer> own = ownSubject(s, v).or(() -> invertedSubject(s, v));
    int tailFrom = depth == 0 ? tailStart(s, v) : -1;
    if (tailFrom >= 0 && (own.isEmpty() || own.get() < tailFrom)) {
      // a subject the parser found before ", Mr Fox said." misreads the sentence
      Optional<Integer> tail = tailHead(s, v);
      if (tail.isPresent()) {
        return tail;
      }
    }
    if (own.isPresent()) {
      return own;
    }
    Optional<Dependency> h = head(s, v);
    if (h.isEmpty() || h.get().governor() < 0 || !CONTROLLED.contains(h.get().baseRelation())) {
      return Optional.empty();
    }
    int g = h.get().governor();
    return h.get().baseRelation().equals("acl")
        ? participleHolder(s, g)
        : subjectToken(s, g, depth + 1);
  }

  /**
   * The verb's own subject outside quotes: the one quoted by "quote" ("Detik.com quoted Djamal as
   * saying"), its nominal subject (for a relative pronoun, the noun the clause modifies), or a
   * passive agent ("it was said by the minister").
   */
  private Optional<Integer> ownSubject(Sentence s, int v) {
    if (s.token(v).lemma().equalsIgnoreCase("quote")) {
      for (int c : s.children(v, "obj")) {
        if (!quoted.contains(s.token(c).span())) {
          return Optional.of(c);
        }
      }
    }
    for (Dependency d : s.childrenOf(v)) {
      int c = d.dependent();
      if (!d.baseRelation().equals("nsubj") || quoted.contains(s.token(c).span())) {
        continue;
      }
      if (!s.token(c).pos().startsWith("W")) {
        return Optional.of(c);
      }
      Optional<Dependency> rel = head(s, v); // "Ishiba, who said"
      if (rel.isPresent() && rel.get().governor() >= 0) {
        return Optional.of(rel.get().governor());
      }
    }
    for (Dependency d : s.childrenOf(v)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  /**
   * The noun a participle cue hangs on: "Djamal as saying" and "a man saying" speak, "footage of
   * Trump saying" is Trump's, "a statement saying" has no person.
   */
  private Optional<Integer> participleHolder(Sentence s, int noun) {
    if (isPersonLike(s, noun) || s.token(noun).isProperNoun()) {
      return Optional.of(noun);
    }
    for (Dependency c : s.childrenOf(noun)) {
      if ((c.relation().equals("nmod:of") || c.relation().equals("nmod:poss"))
          && isPersonLike(s, c.dependent())) {
        return Optional.of(c.dependent());
      }
    }
    return Optional.empty();
  }

  /**
   * "“...,” said Djamal" parsed without a subject: a name or personal pronoun right after the verb
   * that the parse hung on it some other way, or any noun when a comma or quotation mark comes just
   * before the verb ("..., said one official").
   */
  private Optional<Integer> invertedSubject(Sentence s, int v) {
    // "..., said one source in the room": after a comma or a closing quotation mark, a common
    // noun the parser made the cue's object is its speaker too.
    boolean afterComma =
        v > 0
            && (s.token(v - 1).word().equals(",")
                || s.token(v - 1).word().equals("''")
                || s.token(v - 1).word().equals("”"));
    for (Dependency d : s.childrenOf(v)) {
      int c = d.dependent();
      String r = d.baseRelation();
      if (c <= v || c > v + 3 || !(r.equals("xcomp") || r.equals("obj") || r.equals("dep"))) {
        continue;
      }
      boolean adjacent = true;
      for (int i = v + 1; i < c; i++) {
        adjacent &= Speakers.phraseSpan(s, c).contains(s.token(i).span());
      }
      boolean name =
          s.token(c).isProperNoun()
              || afterComma
                  && s.token(c).pos().startsWith("NN")
                  && !s.token(v).pos().equals("VBG")
                  && closesSentence(s, c);
      if (adjacent && name && !quoted.contains(s.token(c).span())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether the phrase of {@code c} runs to the end of the sentence but for punctuation. */
  private static boolean closesSentence(Sentence s, int c) {
    List<Integer> phrase = ContentSpans.clause(s, c, Set.of());
    for (int i = phrase.get(phrase.size() - 1) + 1; i < s.tokens().size(); i++) {
      if (!ContentSpans.isPunctuation(s.token(i))) {
        return false;
      }
    }
    return true;
  }

  /** A speaker record for token {@code token}: its noun phrase and the actor it refers to. */
  Speaker at(Sentence s, int token) {
    Span phrase = phraseSpan(s, token);
    List<ActorTable.Draft> actors = table.at(s.index(), token);
    ActorTable.Draft actor = actors.size() == 1 ? actors.get(0) : null;
    if (actor == null) {
      for (ActorTable.Draft d : actors) {
        if (d.isPerson()) {
          actor = d;
          break;
        }
      }
    }
    String name = actor != null ? actor.name() : phrase.of(p.text());
    return new Speaker(actor != null ? actor.id() : "", name, phrase);
  }

  /** Whether token {@code t} names or stands for a person. */
  boolean isPersonLike(Sentence s, int t) {
    Token tok = s.token(t);
    if (table.at(s.index(), t).stream().anyMatch(ActorTable.Draft::isPerson)) {
      return true;
    }
    return tok.ner().equals("PERSON")
        || tok.pos().equals("PRP") && PERSONAL.contains(tok.word().toLowerCase(Locale.ROOT));
  }

  /** The noun phrase headed by {@code token}: its compounds, modifiers, numbers and determiners. */
  static Span phraseSpan(Sentence s, int token) {
    int first = token;
    int last = token;
    for (Dependency d : s.childrenOf(token)) {
      String r = d.baseRelation();
      if (r.equals("compound")
          || r.equals("amod") && s.token(d.dependent()).pos().startsWith("JJ")
          || r.equals("det")
          || r.equals("nummod")
          || d.relation().equals("nmod:poss")
          || r.equals("flat")) {
        first = Math.min(first, d.dependent());
        last = Math.max(last, d.dependent());
      }
    }
    return s.spanOf(first, last);
  }
}
