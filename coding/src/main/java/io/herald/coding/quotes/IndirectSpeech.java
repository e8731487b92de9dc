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
 * comments on ("The talks went well, the minister said"), and a clause "according to" someone.
 * Complements that are quotations in their own right are left to the direct quotes.
 */
final class IndirectSpeech {
  /** One piece of reported speech. */
  record Found(
      int sentence,
      Span content,
      Span cue,
      String cueText,
      Optional<Speaker> speaker,
      String rule) {}

  /** Share of a complement inside quotation marks above which it is a direct quotation. */
  private static final double QUOTED_SHARE = 0.6;

  private final ParsedArticle p;
  private final QuotedText quoted;
  private final Speakers speakers;

  IndirectSpeech(ParsedArticle p, QuotedText quoted, Speakers speakers) {
    this.p = p;
    this.quoted = quoted;
    this.speakers = speakers;
  }

  List<Found> find() {
    List<Found> out = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        if (!Cues.isReporting(t) || quoted.contains(t.span())) {
          continue;
        }
        complement(s, t.index())
            .or(() -> commentedClause(s, t.index()))
            .ifPresent(
                content ->
                    out.add(
                        new Found(
                            s.index(),
                            content,
                            t.span(),
                            t.word(),
                            speakers.ofCue(s, t.index()),
                            "quote.indirect.cue")));
      }
      accordingTo(s).ifPresent(out::add);
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
      List<Integer> tokens = clause(s, c, Set.of());
      if (c > v) {
        tokens.removeIf(i -> i <= v);
      } else {
        tokens.removeIf(i -> i >= v);
      }
      Optional<Span> span = content(s, tokens);
      if (span.isPresent()) {
        return span;
      }
    }
    return Optional.empty();
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
    Set<Integer> own = new HashSet<>(clause(s, v, Set.of()));
    List<Integer> tokens = clause(s, g, own);
    tokens.removeIf(i -> i >= v || own.contains(i));
    return content(s, tokens);
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
      List<Integer> phrase = clause(s, x, Set.of());
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
      Optional<Span> content = content(s, before.size() >= after.size() ? before : after);
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
                Optional.of(speakers.at(s, x)),
                "quote.indirect.according-to"));
      }
    }
    return Optional.empty();
  }

  /** Tokens of the clause headed by {@code head}, in text order, leaving out {@code except}. */
  private static List<Integer> clause(Sentence s, int head, Set<Integer> except) {
    Set<Integer> seen = new HashSet<>(except);
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(head));
    while (!todo.isEmpty()) {
      int i = todo.remove(todo.size() - 1);
      if (!seen.add(i)) {
        continue;
      }
      out.add(i);
      for (Dependency d : s.childrenOf(i)) {
        String r = d.relation();
        if (!r.equals("ref") && !r.endsWith(":xsubj")) {
          todo.add(d.dependent());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The contiguous span from the first to the last token, without a leading "that" or punctuation
   * and trailing punctuation; empty when it is too short or mostly a quotation already.
   */
  private Optional<Span> content(Sentence s, List<Integer> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int first = tokens.get(0);
    int last = tokens.get(tokens.size() - 1);
    while (first <= last && skippableStart(s, first)) {
      first++;
    }
    while (last >= first && isPunctuation(s.token(last))) {
      last--;
    }
    if (last - first < 2) {
      return Optional.empty();
    }
    Span span = s.spanOf(first, last);
    if (quoted.quotedLength(span) > QUOTED_SHARE * span.length()) {
      return Optional.empty();
    }
    return Optional.of(span);
  }

  /** Punctuation, or the complementizer "that" (tagged IN, or DT but attached as a marker). */
  private static boolean skippableStart(Sentence s, int i) {
    Token t = s.token(i);
    if (isPunctuation(t)) {
      return true;
    }
    if (!t.word().toLowerCase(Locale.ROOT).equals("that")) {
      return false;
    }
    return t.pos().equals("IN")
        || Speakers.head(s, i).map(d -> d.baseRelation().equals("mark")).orElse(false);
  }

  private static boolean isPunctuation(Token t) {
    String w = t.word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0)) && !isQuoteMark(w)
        || w.equals("--");
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("''") || w.equals("``");
  }
}
