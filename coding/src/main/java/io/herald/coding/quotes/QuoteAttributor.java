package io.herald.coding.quotes;

import io.herald.coding.actors.ActorTable;
import io.herald.model.Evidence;
import io.herald.model.Quote;
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
 * Finds who said each quotation: the subject of the speech verb that governs the quote ("Ishiba,
 * who has described the situation as “...”"), of the nearest speech verb outside quotes ("“...,”
 * Ishiba said"), or the source of "according to"; a quote standing alone after another continues
 * its speaker. Pronouns and relative pronouns resolve through the actor table.
 */
public final class QuoteAttributor {
  private static final Set<String> CUES =
      Set.of(
          "say",
          "tell",
          "add",
          "explain",
          "describe",
          "state",
          "announce",
          "declare",
          "insist",
          "warn",
          "note",
          "stress",
          "claim",
          "argue",
          "ask",
          "write",
          "comment",
          "reply",
          "respond",
          "urge",
          "accuse",
          "deny",
          "admit",
          "acknowledge",
          "emphasize",
          "emphasise",
          "underline",
          "suggest",
          "predict",
          "vow",
          "pledge",
          "promise",
          "complain",
          "conclude",
          "reiterate",
          "assert",
          "confirm",
          "recall",
          "observe",
          "remark",
          "tweet",
          "call",
          "quote",
          "report",
          "caution",
          "contend",
          "maintain",
          "mention",
          "cite",
          "joke");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");

  /** Attributes every quote; marks first-person words inside a quote as its speaker. */
  public List<Quote> attribute(ParsedArticle p, List<QuoteSpan> quotes, ActorTable table) {
    List<Quote> out = new ArrayList<>();
    Optional<Speaker> previous = Optional.empty();
    int previousEnd = -1;
    for (QuoteSpan q : quotes) {
      Attribution a = find(p, q, quotes, table);
      if (a.speaker.isEmpty()
          && previous.isPresent()
          && startsSentence(p, q)
          && q.outer().start() - previousEnd < 400) {
        a = new Attribution(previous, "", "quote.continuation");
      }
      int sentence = sentenceAt(p, q.inner().start());
      out.add(
          new Quote(
              "q" + (out.size() + 1),
              q.inner().of(p.text()),
              q.inner(),
              true,
              a.cue,
              a.speaker,
              new Evidence(sentence, q.outer(), a.rule)));
      a.speaker.ifPresent(sp -> markFirstPerson(p, q, sp, table));
      if (a.speaker.isPresent()) {
        previous = a.speaker;
      }
      previousEnd = q.outer().end();
    }
    return out;
  }

  private record Attribution(Optional<Speaker> speaker, String cue, String rule) {}

  private Attribution find(ParsedArticle p, QuoteSpan q, List<QuoteSpan> all, ActorTable table) {
    for (Sentence s : p.sentences()) {
      if (!s.span().overlaps(q.outer())) {
        continue;
      }
      // 1. A speech verb outside quotes above the quoted words in the parse.
      for (Token t : s.tokens()) {
        if (!q.inner().contains(t.span())) {
          continue;
        }
        int j = t.index();
        Set<Integer> seen = new HashSet<>();
        while (seen.add(j)) {
          Optional<Dependency> h = s.headOf(j);
          if (h.isEmpty() || h.get().governor() < 0) {
            break;
          }
          j = h.get().governor();
          Token g = s.token(j);
          if (isCue(g) && !quoted(g.span(), all)) {
            Optional<Speaker> sp = subjectOf(p, s, j, all, table);
            if (sp.isPresent()) {
              return new Attribution(sp, g.word(), "quote.cue-governs");
            }
          }
        }
      }
    }
    for (Sentence s : p.sentences()) {
      if (!s.span().overlaps(q.outer())) {
        continue;
      }
      // 2. "according to X".
      for (Dependency d : s.dependencies()) {
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          Token src = s.token(d.dependent());
          if (!quoted(src.span(), all)) {
            return new Attribution(
                speakerAt(p, s, d.dependent(), table), "according to", "quote.according-to");
          }
        }
      }
      // 3. The nearest speech verb outside quotes, after the quote first ("“...,” Ishiba said").
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (Token t : s.tokens()) {
        if (!isCue(t) || quoted(t.span(), all)) {
          continue;
        }
        int distance =
            t.span().start() >= q.outer().end()
                ? t.span().start() - q.outer().end()
                : 2 * (q.outer().start() - t.span().end());
        if (distance >= 0
            && distance < bestDistance
            && subjectOf(p, s, t.index(), all, table).isPresent()) {
          best = t.index();
          bestDistance = distance;
        }
      }
      if (best >= 0) {
        return new Attribution(
            subjectOf(p, s, best, all, table), s.token(best).word(), "quote.cue-nearest");
      }
    }
    return new Attribution(Optional.empty(), "", "quote.no-speaker");
  }

  private static boolean isCue(Token t) {
    return t.isVerb() && CUES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean quoted(Span span, List<QuoteSpan> all) {
    for (QuoteSpan q : all) {
      if (q.outer().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** The subject of cue verb {@code v}; a relative pronoun stands for the noun it modifies. */
  private Optional<Speaker> subjectOf(
      ParsedArticle p, Sentence s, int v, List<QuoteSpan> all, ActorTable table) {
    for (int c : s.children(v, "nsubj")) {
      if (quoted(s.token(c).span(), all)) {
        continue;
      }
      int who = c;
      if (s.token(c).pos().startsWith("W")) {
        Optional<Dependency> rel = s.headOf(v);
        if (rel.isEmpty() || rel.get().governor() < 0) {
          continue;
        }
        who = rel.get().governor();
      }
      return Optional.of(speakerAt(p, s, who, table).orElseThrow());
    }
    return Optional.empty();
  }

  private Optional<Speaker> speakerAt(ParsedArticle p, Sentence s, int token, ActorTable table) {
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
    return Optional.of(new Speaker(actor != null ? actor.id() : "", name, phrase));
  }

  /** The noun phrase headed by {@code token}: its compounds, modifiers and determiners. */
  private static Span phraseSpan(Sentence s, int token) {
    int first = token;
    int last = token;
    for (Dependency d : s.childrenOf(token)) {
      String r = d.baseRelation();
      if (r.equals("compound")
          || r.equals("amod")
          || r.equals("det")
          || r.equals("nmod") && d.relation().equals("nmod:poss")
          || r.equals("flat")) {
        first = Math.min(first, d.dependent());
        last = Math.max(last, d.dependent());
      }
    }
    return s.spanOf(first, last);
  }

  private void markFirstPerson(ParsedArticle p, QuoteSpan q, Speaker sp, ActorTable table) {
    if (sp.actorId().isEmpty()) {
      return;
    }
    ActorTable.Draft speaker =
        table.drafts().stream().filter(d -> d.id().equals(sp.actorId())).findFirst().orElseThrow();
    for (Sentence s : p.sentences()) {
      if (!s.span().overlaps(q.inner())) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (q.inner().contains(t.span())
            && FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT))
            && !table.isMarked(s.index(), t.index())) {
          table.mark(s.index(), t.index(), t.index(), t.span(), speaker);
        }
      }
    }
  }

  private static boolean startsSentence(ParsedArticle p, QuoteSpan q) {
    for (Sentence s : p.sentences()) {
      if (s.span().contains(new Span(q.outer().start(), q.outer().start()))) {
        return s.span().start() >= q.outer().start() - 1;
      }
    }
    return false;
  }

  private static int sentenceAt(ParsedArticle p, int offset) {
    for (Sentence s : p.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
