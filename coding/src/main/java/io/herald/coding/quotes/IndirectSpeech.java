package io.herald.coding.quotes;

import io.herald.model.Span;
import io.herald.model.Speaker;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech: the clausal complement of a reporting verb ("Ishiba said he wants to
 * strengthen the alliance", "told reporters that ..."), the clause a parenthetical reporting verb
 * comments on ("The talks went well, the minister said"), a clause "according to" someone, and what
 * a verb of stance takes after it ("urged Congress to act", "criticized the plan", "called for a
 * ban"). Contents follow PolNeAR's conventions: they keep "that", leave a cue's preposition to the
 * cue, and share no word with another attribution. Complements that are quotations in their own
 * right are left to the direct quotes.
 */
final class IndirectSpeech {
  /** One piece of reported speech; {@code negated} when its cue is ("did not discuss"). */
  record Found(
      int sentence,
      Span content,
      Span cue,
      String cueText,
      boolean negated,
      Optional<Speaker> speaker,
      String rule) {}

  /** Words that negate a cue verb they modify. */
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

  /**
   * Prepositions whose phrase after an object-taking cue is part of what was said ("called for a
   * ban", "accused him of lying", "described it as a lapse").
   */
  private static final Set<String> CONTENT_PREPOSITIONS =
      Set.of("of", "for", "about", "as", "against", "on", "to", "over", "with");

  /** Named-entity tags of phrases that date or place a statement rather than state it. */
  private static final Set<String> CIRCUMSTANCE =
      Set.of("DATE", "TIME", "DURATION", "SET", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private final ParsedArticle p;
  private final QuotedText quoted;
  private final Speakers speakers;
  private final ContentSpans spans;

  IndirectSpeech(ParsedArticle p, QuotedText quoted, Speakers speakers) {
    this.p = p;
    this.quoted = quoted;
    this.speakers = speakers;
    this.spans = new ContentSpans(p, quoted);
  }

  List<Found> find() {
    List<Found> out = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        if (quoted.contains(t.span())) {
          continue;
        }
        Optional<Span> content = Optional.empty();
        String rule = "quote.indirect.cue";
        List<Span> fragments = List.of();
        if (Cues.isReporting(t)) {
          content = complement(s, t.index());
          if (content.isEmpty()) {
            content = misreadSubject(s, t.index(), false);
            rule = content.isPresent() ? "quote.indirect.misread-subject" : rule;
          }
          fragments = Parenthetical.around(s, t.index(), content, speakers, spans);
          if (content.isEmpty() && fragments.isEmpty()) {
            content = commentedClause(s, t.index());
          }
        }
        if (content.isEmpty() && fragments.isEmpty() && Cues.takesObjectContent(t)) {
          // "stressed a rise in rates would not affect ...": the object the parser gave the cue
          // is the subject of the clause it reports
          content = misreadSubject(s, t.index(), true);
          rule = "quote.indirect.misread-subject";
          if (content.isEmpty()) {
            content = objectContent(s, t.index());
            rule = "quote.indirect.object";
          }
        }
        if (content.isEmpty() && fragments.isEmpty()) {
          continue; // no speaker to look for
        }
        Optional<Speaker> source = source(s, t.index());
        boolean negated = negated(s, t.index());
        for (Span f : fragments) {
          out.add(new Found(s.index(), f, t.span(), t.word(), negated, source, Parenthetical.RULE));
        }
        if (content.isPresent()) {
          out.add(new Found(s.index(), content.get(), t.span(), t.word(), negated, source, rule));
        }
      }
      accordingTo(s).ifPresent(out::add);
    }
    return outermost(out);
  }

  /**
   * Whether cue {@code v} is negated ("did not discuss", "never said"). PolNeAR annotates such
   * attributions like any other, and an analyst should see them, so they are kept and flagged
   * rather than dropped (dropping them cost 7 of PolNeAR dev's right speakers).
   */
  private static boolean negated(Sentence s, int v) {
    for (Dependency d : s.childrenOf(v)) {
      String r = d.baseRelation();
      if ((r.equals("advmod") || r.equals("neg"))
          && NEGATORS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source of cue {@code v}: its speaker, or the noun a participle cue hangs on, person or not
   * ("a video threatening an attack", "a lawsuit alleging that ..."): reported speech is attributed
   * to documents and institutions too.
   */
  private Optional<Speaker> source(Sentence s, int v) {
    Optional<Speaker> speaker = speakers.ofCue(s, v);
    if (speaker.isPresent()) {
      return speaker;
    }
    Optional<Dependency> h = Speakers.head(s, v);
    if (h.isPresent()
        && h.get().governor() >= 0
        && h.get().baseRelation().equals("acl")
        && !h.get().relation().equals("acl:relcl")
        && s.token(h.get().governor()).pos().startsWith("NN")
        && !quoted.contains(s.token(h.get().governor()).span())) {
      int noun = h.get().governor();
      // "postponed a visit, citing the ban": the participle the parser hung on an object is
      // the doer's, when the doer is a person.
      Optional<Dependency> up = Speakers.head(s, noun);
      if (up.isPresent() && up.get().governor() >= 0 && up.get().baseRelation().equals("obj")) {
        Optional<Integer> doer = speakers.subjectToken(s, up.get().governor(), 0);
        if (doer.isPresent() && speakers.isPersonLike(s, doer.get())) {
          return Optional.of(speakers.at(s, doer.get()));
        }
      }
      return Optional.of(speakers.at(s, noun));
    }
    return Optional.empty();
  }

  /**
   * Without the reported speech whose cue lies inside another's content ("said he «wants» to ..."):
   * PolNeAR gives each word to one attribution, the outer one. When two contents hold each other's
   * cues (a misparse that runs "wanted to meet ..." on into ", Mr Fox said"), the one starting
   * first is the outer one.
   */
  private static List<Found> outermost(List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      boolean nested = false;
      for (Found g : found) {
        boolean mutual = f.content().contains(g.cue());
        nested |=
            g != f
                && g.content().contains(f.cue())
                && (!mutual || g.content().start() < f.content().start());
      }
      if (!nested) {
        out.add(f);
      }
    }
    return out;
  }

  /** "said (that) CLAUSE": the complement clause, without "that". */
  private Optional<Span> complement(Sentence s, int v) {
    for (Dependency d : s.childrenOf(v)) {
      if (!d.baseRelation().equals("ccomp")) {
        continue;
      }
      int c = d.dependent();
      List<Integer> tokens = ContentSpans.clause(s, c, Set.of());
      // "said that the reforms needed [...] did not amount to amnesty": the rest of the clause
      // the parser could only hang on the cue.
      for (int rest : s.children(v, "dep")) {
        if (c > v && rest > c) {
          tokens.addAll(ContentSpans.clause(s, rest, Set.of(v)));
        }
      }
      tokens.sort(null);
      if (c > v) {
        tokens.removeIf(i -> i <= v);
        tokens = ownPart(s, v, tokens);
      } else {
        tokens.removeIf(i -> i >= v);
      }
      Optional<Span> span = spans.content(s, tokens);
      if (span.isPresent()) {
        return span;
      }
    }
    return Optional.empty();
  }

  /**
   * "said praise from abroad would not sway him", which the parser reads with "praise" as the
   * object of "said" and "would not sway" hung on the cue as an unlabelled dependent or made the
   * cue the clausal subject of: the words from the object to the end of that verb's clause. Only
   * for cues whose object is not what they report and never a person addressed ("told reporters").
   */
  private Optional<Span> misreadSubject(Sentence s, int v, boolean objectCue) {
    if (!objectCue && Cues.takesObjectContent(s.token(v))) {
      return Optional.empty(); // tried after the reporting readings, as an object cue
    }
    List<Integer> objects = s.children(v, "obj");
    if (objects.size() != 1) {
      return Optional.empty();
    }
    int o = objects.get(0);
    List<Integer> noun = ContentSpans.clause(s, o, Set.of(v));
    if (noun.get(0) <= v
        || noun.get(0) > v + 2
        || quoted.contains(s.token(o).span())
        || s.token(o).pos().startsWith("PRP")
        || speakers.isPersonLike(s, o)) {
      return Optional.empty();
    }
    int verb = -1;
    for (int d : s.children(v, "dep")) {
      if (d > o && isFiniteVerbal(s, d)) {
        verb = d;
        break;
      }
    }
    Optional<Dependency> h = Speakers.head(s, v);
    if (verb < 0
        && h.isPresent()
        && h.get().governor() > o
        && h.get().baseRelation().equals("csubj")
        && isFiniteVerbal(s, h.get().governor())) {
      verb = h.get().governor();
    }
    if (verb < 0) {
      return Optional.empty();
    }
    List<Integer> tokens = new ArrayList<>(noun);
    for (int i : ContentSpans.clause(s, verb, Set.of(v))) {
      if (i > noun.get(noun.size() - 1)) {
        tokens.add(i);
      }
    }
    tokens.sort(null);
    return spans.content(s, ownPart(s, v, tokens));
  }

  /** A verb marked as an infinitive ("to be tempted", "to act"). */
  private static boolean infinitive(Sentence s, int i) {
    if (!s.token(i).pos().startsWith("VB")) {
      return false;
    }
    for (int m : s.children(i, "mark")) {
      if (s.token(m).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** A verb with a tense or modal of its own ("would sway", "has brought", "could be spent"). */
  private static boolean isFiniteVerbal(Sentence s, int i) {
    String pos = s.token(i).pos();
    if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    if (!pos.startsWith("VB")) {
      return false;
    }
    for (Dependency d : s.childrenOf(i)) {
      if (d.baseRelation().equals("aux") || d.baseRelation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "urged Congress to act", "criticized the plan", "called for a ban", "accused him of lying": the
   * verb's object, infinitive and content prepositional phrases after it, without phrases that only
   * date or place the statement.
   */
  private Optional<Span> objectContent(Sentence s, int v) {
    List<Integer> tokens = new ArrayList<>();
    Set<Integer> phrases = new HashSet<>();
    boolean core = false;
    for (Dependency d : s.childrenOf(v)) {
      int c = d.dependent();
      if (c < v || d.relation().equals("ref") || d.relation().endsWith(":xsubj")) {
        continue;
      }
      String r = d.baseRelation();
      boolean object =
          r.equals("obj")
              || r.equals("iobj")
              || r.equals("xcomp")
              || r.equals("ccomp")
              || r.equals("dep") && infinitive(s, c); // "warned Mr Brown not to be tempted"
      boolean phrase =
          (r.equals("obl") || r.equals("advcl"))
              && CONTENT_PREPOSITIONS.contains(preposition(d))
              && !CIRCUMSTANCE.contains(s.token(c).ner())
              // "was speaking as Sir Digby Jones warned ...": a clause the parser cut, not a
              // capacity ("spoke as foreign minister")
              && !(preposition(d).equals("as") && s.token(c).ner().equals("PERSON"));
      if (object || phrase) {
        core |= object || !preposition(d).equals("with");
        tokens.addAll(ContentSpans.clause(s, c, Set.of(v)));
        if (phrase) {
          phrases.add(c);
        }
      }
    }
    if (!core || tokens.isEmpty()) {
      return Optional.empty();
    }
    tokens.sort(null);
    // "called for «a ban»": the preposition belongs to the cue.
    int first = tokens.get(0);
    Optional<Dependency> up = Speakers.head(s, first);
    if (up.isPresent()
        && up.get().baseRelation().equals("case")
        && phrases.contains(up.get().governor())) {
      tokens.remove(0);
    }
    return spans.content(s, ownPart(s, v, tokens), 1);
  }

  /**
   * The part of a content after cue {@code v} that is its own: up to the first word belonging
   * neither to the content nor to the cue's phrases ("...threatening an attack, Trump called ..."
   * stops before "Trump"), and before an attribution of its own that a relative clause or
   * coordination hangs on it ("..., which he described as ...", "... and arguing that ..."):
   * PolNeAR gives each word to one attribution.
   */
  private List<Integer> ownPart(Sentence s, int v, List<Integer> tokens) {
    if (tokens.isEmpty()) {
      return tokens;
    }
    Set<Integer> in = new HashSet<>(tokens);
    Set<Integer> allowed = new HashSet<>(in);
    allowed.addAll(ContentSpans.clause(s, v, Set.of()));
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("ref") && in.contains(d.governor())) {
        allowed.add(d.dependent()); // the relative pronoun of a clause in the content
      }
    }
    int first = tokens.get(0);
    int cut = tokens.get(tokens.size() - 1) + 1;
    for (int i = first; i < cut; i++) {
      if (!allowed.contains(i)
          && !ContentSpans.isPunctuation(s.token(i))
          && !ContentSpans.isQuoteMark(s.token(i).word())) {
        cut = i;
        break;
      }
    }
    for (int i : tokens) {
      if (i <= first || i >= cut || i == v || !isCue(s.token(i))) {
        continue;
      }
      int side = sideClause(s, i, v, in);
      if (side >= 0 && speakers.ofCue(s, i).isPresent()) {
        // Without the noun a relative clause modifies, which the enhanced graph makes its object.
        int noun = Speakers.head(s, side).map(Dependency::governor).orElse(-1);
        int start = ContentSpans.clause(s, side, Set.of(noun)).get(0);
        if (start > first + 1) {
          cut = Math.min(cut, start);
        }
      }
    }
    int end = cut;
    List<Integer> out = new ArrayList<>(tokens);
    out.removeIf(i -> i >= end);
    return out;
  }

  private static boolean isCue(Token t) {
    return Cues.isSpeech(t) || Cues.isReporting(t) || Cues.takesObjectContent(t);
  }

  /**
   * The head of the relative clause, coordination or parenthetical through which cue {@code i}
   * hangs on the content {@code in} of cue {@code v}, or -1 when it is part of the content's own
   * chain of complements ("said he wants to ...").
   */
  private static int sideClause(Sentence s, int i, int v, Set<Integer> in) {
    int j = i;
    Set<Integer> seen = new HashSet<>();
    while (seen.add(j)) {
      Optional<Dependency> h = Speakers.head(s, j);
      if (h.isEmpty() || h.get().governor() < 0) {
        return -1;
      }
      String r = h.get().baseRelation();
      if (r.equals("acl") || r.equals("conj") || r.equals("parataxis")) {
        return j;
      }
      j = h.get().governor();
      if (j == v || !in.contains(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** The preposition an enhanced relation names ("obl:for" gives "for"), or "". */
  private static String preposition(Dependency d) {
    int colon = d.relation().indexOf(':');
    return colon < 0 ? "" : d.relation().substring(colon + 1).toLowerCase(Locale.ROOT);
  }

  /** "The talks went well, the minister said": the clause the parenthetical verb belongs to. */
  private Optional<Span> commentedClause(Sentence s, int v) {
    Optional<Dependency> h = Speakers.head(s, v);
    if (h.isEmpty() || h.get().governor() < 0 || !h.get().baseRelation().equals("parataxis")) {
      return Optional.empty();
    }
    int g = h.get().governor();
    if (g > v) {
      return Optional.empty(); // "He said: the talks went well" parses as ccomp; leave others
    }
    Set<Integer> own = new HashSet<>(ContentSpans.clause(s, v, Set.of()));
    List<Integer> tokens = ContentSpans.clause(s, g, own);
    tokens.removeIf(i -> i >= v || own.contains(i));
    return spans.content(s, tokens);
  }

  /** "CLAUSE, according to X" and "According to X, CLAUSE". */
  private Optional<Found> accordingTo(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("obl:according_to") && !d.relation().equals("nmod:according_to")) {
        continue;
      }
      int x = d.dependent();
      if (quoted.contains(s.token(x).span())) {
        continue;
      }
      List<Integer> phrase = ContentSpans.clause(s, x, Set.of());
      int first = phrase.get(0);
      int last = phrase.get(phrase.size() - 1);
      List<Integer> before = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.index() < first) {
          before.add(t.index());
        } else if (t.index() > last) {
          after.add(t.index());
        }
      }
      Optional<Span> content = spans.content(s, before.size() >= after.size() ? before : after);
      if (content.isPresent()) {
        int according = first;
        for (int i : phrase) {
          if (s.token(i).word().equalsIgnoreCase("according")) {
            according = i;
            break;
          }
        }
        Span cue = s.spanOf(according, Math.min(according + 1, last));
        return Optional.of(
            new Found(
                s.index(),
                content.get(),
                cue,
                "according to",
                false,
                Optional.of(speakers.at(s, x)),
                "quote.indirect.according-to"));
      }
    }
    return Optional.empty();
  }
}
