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
import java.util.function.Function;

/**
 * Finds the speaker of one direct quotation from its own sentences and the sentence before it: the
 * speech verb governing the quote, "according to", the nearest speech verb outside quotes, or an
 * introduction ending in a colon ("Caddell continued:"). Quotes these leave without a speaker are
 * handled by {@link QuoteAttributor} from their neighbours.
 */
final class DirectAttribution {
  /** A speaker with the cue and rule that gave it. */
  record Result(Optional<Speaker> speaker, String cue, String rule) {
    static final Result NONE = new Result(Optional.empty(), "", "quote.no-speaker");

    boolean found() {
      return speaker.isPresent();
    }
  }

  /** The rule of a speaker named by a transcript label ("WALLACE: ..."). */
  static final String TRANSCRIPT = "quote.transcript";

  private final ParsedArticle p;
  private final QuotedText quoted;
  private final Speakers speakers;

  DirectAttribution(ParsedArticle p, QuotedText quoted, Speakers speakers) {
    this.p = p;
    this.quoted = quoted;
    this.speakers = speakers;
  }

  Result find(QuoteSpan q) {
    Result label = transcriptLabel(q);
    if (label.found()) {
      return label;
    }
    List<Sentence> own = ownSentences(q);
    List<Function<Sentence, Result>> sentenceRules =
        List.of(s -> governingCue(s, q), this::accordingTo, s -> nearestCue(s, q));
    for (Function<Sentence, Result> rule : sentenceRules) {
      for (Sentence s : own) {
        Result r = rule.apply(s);
        if (r.found()) {
          return r;
        }
      }
    }
    Result r = colonIntroduction(q);
    if (!r.found()) {
      r = dashCredit(q);
    }
    for (int i = 0; i < own.size() && !r.found(); i++) {
      r = sentenceSubject(own.get(i));
    }
    return r;
  }

  /**
   * The sentences of the quoted words. A closing mark the tokenizer put at the start of the next
   * sentence does not make that sentence's verbs cues; a sentence the tokenizer split off after
   * "?”" does count when it is the attribution ("“Why?” Vitter demanded.").
   */
  private List<Sentence> ownSentences(QuoteSpan q) {
    List<Sentence> own = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      if (s.span().overlaps(q.inner()) || !own.isEmpty() && attributionAfter(s, q)) {
        own.add(s);
      }
    }
    return own;
  }

  /**
   * A sentence right after the quote that is its attribution: it opens with a speech verb ("he
   * said", "said Smith") or has one as its main verb ("a narrator in the ad asks").
   */
  private boolean attributionAfter(Sentence s, QuoteSpan q) {
    if (s.span().start() < q.outer().end()
        || s.span().start() - q.outer().end() > 3
        || !quoted.blankBetween(q.outer().end(), s.span().start())
        || quoted.paragraphBreaks(q.outer().end(), s.span().start()) > 0) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      int v = d.dependent();
      boolean early = v < 4 || d.governor() == Dependency.ROOT;
      if (early && Cues.isSpeech(s.token(v)) && speakers.ofCue(s, v).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a transcript's speaker label opening quoted words ("WALLACE: Let's start ...", "MR.
   * SMITH: ..."): one to three capitalised words, the first in capitals, then a colon; or -1. The
   * offset returned is that of the first quoted word after the colon.
   */
  static int labelEnd(String text, Span inner) {
    int colon = text.indexOf(':', inner.start());
    if (colon < 0 || colon >= inner.end() || colon - inner.start() > 40) {
      return -1;
    }
    String[] words = text.substring(inner.start(), colon).split(" ");
    if (words.length > 3 || !isCapitals(words[0])) {
      return -1;
    }
    for (String w : words) {
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !isCapitals(w)) {
        return -1;
      }
    }
    int i = colon + 1;
    while (i < inner.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < inner.end() ? i : -1;
  }

  private static boolean isCapitals(String w) {
    boolean letter = false;
    for (char c : w.toCharArray()) {
      if (Character.isLowerCase(c) || !Character.isLetter(c) && ".'’-".indexOf(c) < 0) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * 0. A transcript line: "“WALLACE: Let's start ...”" is Wallace's, when the label is a person or
   * a name the article also writes in ordinary case ("Chris Wallace"); "NOTE:" is nobody's.
   */
  private Result transcriptLabel(QuoteSpan q) {
    String text = p.text();
    if (labelEnd(text, q.inner()) < 0) {
      return Result.NONE;
    }
    Optional<Sentence> s = quoted.sentenceAt(q.inner().start());
    if (s.isEmpty()) {
      return Result.NONE;
    }
    int colon = text.indexOf(':', q.inner().start());
    int last = -1;
    for (Token t : s.get().tokens()) {
      if (t.span().start() >= q.inner().start() && t.span().end() <= colon) {
        last = t.index();
      }
    }
    if (last < 0) {
      return Result.NONE;
    }
    String word = s.get().token(last).word();
    String ordinary = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    boolean named =
        word.length() > 2
            && java.util.regex.Pattern.compile(
                    "\\b" + java.util.regex.Pattern.quote(ordinary) + "\\b")
                .matcher(text)
                .find();
    if (!named && !speakers.isPersonLike(s.get(), last)) {
      return Result.NONE;
    }
    return new Result(Optional.of(speakers.at(s.get(), last)), ":", TRANSCRIPT);
  }

  /** 5. "“...” ― Pamela Padilla": a name after a dash closing the quote's line. */
  private Result dashCredit(QuoteSpan q) {
    String text = p.text();
    int i = q.outer().end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) {
      return Result.NONE;
    }
    i++;
    while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    Optional<Sentence> s = quoted.sentenceAt(i);
    if (s.isEmpty()) {
      return Result.NONE;
    }
    int t = s.get().tokenAt(i);
    if (t < 0 || !s.get().token(t).isProperNoun()) {
      return Result.NONE;
    }
    // The head of the name: follow flat and compound links up.
    Optional<Dependency> h = Speakers.head(s.get(), t);
    while (h.isPresent()
        && h.get().governor() > t
        && (h.get().baseRelation().equals("flat") || h.get().baseRelation().equals("compound"))) {
      t = h.get().governor();
      h = Speakers.head(s.get(), t);
    }
    return new Result(Optional.of(speakers.at(s.get(), t)), "―", "quote.dash");
  }

  /** 6. A quote inside a sentence without a speech verb: the sentence's subject, if a person. */
  private Result sentenceSubject(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() != Dependency.ROOT) {
        continue;
      }
      Optional<Integer> subject = speakers.subjectToken(s, d.dependent(), 0);
      if (subject.isPresent()
          && !quoted.contains(s.token(subject.get()).span())
          && speakers.isPersonLike(s, subject.get())) {
        return new Result(Optional.of(speakers.at(s, subject.get())), "", "quote.sentence-subject");
      }
    }
    return Result.NONE;
  }

  /** 1. A speech verb outside quotes above the quoted words in the parse. */
  private Result governingCue(Sentence s, QuoteSpan q) {
    for (Token t : s.tokens()) {
      if (!q.inner().contains(t.span())) {
        continue;
      }
      Optional<Dependency> up = Speakers.head(s, t.index());
      if (up.isEmpty() || up.get().governor() < 0) {
        continue;
      }
      if (q.inner().contains(s.token(up.get().governor()).span())) {
        continue; // not a root of the quoted words
      }
      int j = t.index();
      Set<Integer> seen = new HashSet<>();
      while (seen.add(j)) {
        Optional<Dependency> h = Speakers.head(s, j);
        if (h.isEmpty() || h.get().governor() < 0) {
          break;
        }
        j = h.get().governor();
        Token g = s.token(j);
        if (Cues.isSpeech(g) && !quoted.contains(g.span())) {
          Optional<Speaker> sp = speakers.ofCue(s, j);
          if (sp.isPresent()) {
            return new Result(sp, g.word(), "quote.cue-governs");
          }
        }
      }
    }
    return Result.NONE;
  }

  /** 2. "according to X". */
  private Result accordingTo(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
        if (!quoted.contains(s.token(d.dependent()).span())) {
          return new Result(
              Optional.of(speakers.at(s, d.dependent())), "according to", "quote.according-to");
        }
      }
    }
    return Result.NONE;
  }

  /** 3. The nearest speech verb outside quotes, after the quote first ("“...,” Ishiba said"). */
  private Result nearestCue(Sentence s, QuoteSpan q) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    Optional<Speaker> bestSpeaker = Optional.empty();
    for (Token t : s.tokens()) {
      if (!Cues.isSpeech(t) || quoted.contains(t.span())) {
        continue;
      }
      int distance =
          t.span().start() >= q.outer().end()
              ? t.span().start() - q.outer().end()
              : 2 * (q.outer().start() - t.span().end());
      if (distance < 0 || distance >= bestDistance) {
        continue;
      }
      Optional<Speaker> sp = speakers.ofCue(s, t.index());
      if (sp.isPresent()) {
        best = t.index();
        bestDistance = distance;
        bestSpeaker = sp;
      }
    }
    return best < 0
        ? Result.NONE
        : new Result(bestSpeaker, s.token(best).word(), "quote.cue-nearest");
  }

  /**
   * 4. A quote opening its sentence after one that ends in a colon: "Caddell continued:", "Trump
   * wrote on Twitter:", "PENCE:".
   */
  private Result colonIntroduction(QuoteSpan q) {
    Optional<Sentence> intro = introduction(q);
    if (intro.isEmpty()) {
      return Result.NONE;
    }
    Sentence s = intro.get();
    for (int i = s.tokens().size() - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.span().start() >= q.outer().start() || quoted.contains(t.span()) || !t.isVerb()) {
        continue;
      }
      Optional<Integer> subject = speakers.subjectToken(s, i, 0);
      if (subject.isPresent()) {
        return new Result(Optional.of(speakers.at(s, subject.get())), t.word(), "quote.colon");
      }
    }
    // "PENCE:" or "Donald Trump:" alone before the quote.
    for (Token t : s.tokens()) {
      if (t.span().start() < q.outer().start()
          && !quoted.contains(t.span())
          && t.isProperNoun()
          && speakers.isPersonLike(s, t.index())) {
        Optional<Dependency> h = Speakers.head(s, t.index());
        int head = t.index();
        if (h.isPresent() && h.get().governor() >= 0 && h.get().baseRelation().equals("flat")) {
          head = h.get().governor();
        }
        return new Result(Optional.of(speakers.at(s, head)), ":", "quote.colon");
      }
    }
    return Result.NONE;
  }

  /**
   * The words ending in a colon that introduce the quote: its own sentence up to the quote ("He put
   * it this way: “...”"), or the sentence before when the quote opens its sentence in the same or
   * the next paragraph.
   */
  private Optional<Sentence> introduction(QuoteSpan q) {
    Optional<Sentence> own = quoted.sentenceAt(q.outer().start());
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Sentence s = own.get();
    String before = p.text().substring(s.span().start(), q.outer().start()).strip();
    if (before.endsWith(":")) {
      return own;
    }
    if (!before.isEmpty() || s.index() == 0) {
      return Optional.empty();
    }
    Sentence prev = p.sentences().get(s.index() - 1);
    boolean colon = prev.span().of(p.text()).strip().endsWith(":");
    return colon && quoted.paragraphBreaks(prev.span().end(), q.outer().start()) <= 1
        ? Optional.of(prev)
        : Optional.empty();
  }
}
