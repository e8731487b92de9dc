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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said each quotation, and the reported speech around them.
 *
 * <p>A direct quotation's speaker comes from its own sentences (see {@link DirectAttribution}: the
 * speech verb governing it, "according to", the nearest speech verb, a colon introduction); failing
 * that, from its neighbours: a quote continuing the previous one (the second half of "“...,” he
 * said. “...”", the next paragraph of a multi-paragraph quote, a quote paragraph after a quote
 * paragraph) keeps its speaker, and a quote opening a sentence after one whose subject is a person
 * is that person's. Reported speech ("Ishiba said he wants to ...", "according to ...") is found by
 * {@link IndirectSpeech}.
 *
 * <p>The result lists the direct quotations in text order, then the reported speech in text order.
 * First-person words inside a direct quotation are marked in the actor table as its speaker.
 */
public final class QuoteAttributor {
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");

  /** Characters between two quotes beyond which the second does not continue the first. */
  private static final int CONTINUATION_GAP = 600;

  /**
   * Attributes every quotation and finds the reported speech of {@code p}.
   *
   * @param quotes the direct quotations {@link QuoteFinder} found, in text order
   * @param table the article's actors; first-person words inside quotes are added to it
   * @return direct quotations ({@code direct == true}) in text order, then reported speech
   */
  public List<Quote> attribute(ParsedArticle p, List<QuoteSpan> quotes, ActorTable table) {
    QuotedText quoted = new QuotedText(p, quotes);
    Speakers speakers = new Speakers(p, table, quoted);
    DirectAttribution rules = new DirectAttribution(p, quoted, speakers);
    List<DirectAttribution.Result> found = new ArrayList<>();
    for (QuoteSpan q : quotes) {
      found.add(rules.find(q));
    }
    fromNeighbours(p, quotes, found, quoted, speakers);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      QuoteSpan q = quotes.get(i);
      DirectAttribution.Result a = found.get(i);
      Span words = q.inner();
      if (a.rule().equals(DirectAttribution.TRANSCRIPT)) {
        // "WALLACE: Let's start": the label names the speaker; the words said follow it.
        words = new Span(DirectAttribution.labelEnd(p.text(), words), words.end());
      }
      out.add(
          new Quote(
              "q" + (out.size() + 1),
              words.of(p.text()),
              words,
              true,
              a.cue(),
              false,
              a.speaker(),
              new Evidence(quoted.sentenceIndexAt(q.inner().start()), q.outer(), a.rule())));
      a.speaker().ifPresent(sp -> markFirstPerson(p, q, sp, table));
    }
    for (IndirectSpeech.Found f : new IndirectSpeech(p, quoted, speakers).find()) {
      Span evidence = f.content().union(f.cue());
      if (f.speaker().isPresent()
          && p.sentences().get(f.sentence()).span().contains(f.speaker().get().span())) {
        evidence = evidence.union(f.speaker().get().span());
      }
      out.add(
          new Quote(
              "q" + (out.size() + 1),
              f.content().of(p.text()),
              f.content(),
              false,
              f.cueText(),
              f.negated(),
              f.speaker(),
              new Evidence(f.sentence(), evidence, f.rule())));
    }
    return out;
  }

  /** Speakers for quotes their own sentences leave without one. */
  private static void fromNeighbours(
      ParsedArticle p,
      List<QuoteSpan> quotes,
      List<DirectAttribution.Result> found,
      QuotedText quoted,
      Speakers speakers) {
    // Forward: a quote continuing the previous one keeps its speaker.
    for (int i = 1; i < quotes.size(); i++) {
      DirectAttribution.Result prev = found.get(i - 1);
      if (!found.get(i).found() && prev.found() && continues(p, quotes, i, quoted, speakers)) {
        found.set(i, new DirectAttribution.Result(prev.speaker(), "", "quote.continuation"));
      }
    }
    // Backward: an unclosed paragraph of a multi-paragraph quote takes the speaker of its end.
    for (int i = quotes.size() - 2; i >= 0; i--) {
      if (!found.get(i).found() && quotes.get(i).continued() && found.get(i + 1).found()) {
        found.set(
            i, new DirectAttribution.Result(found.get(i + 1).speaker(), "", "quote.continuation"));
      }
    }
    for (int i = 0; i < quotes.size(); i++) {
      if (!found.get(i).found()) {
        found.set(i, previousSubject(p, quotes.get(i), quoted, speakers));
      }
    }
  }

  /**
   * Whether quote {@code i} goes on from quote {@code i - 1}: the previous is an unclosed
   * paragraph, or nothing but its own attribution lies between them in the same or the next
   * paragraph.
   */
  private static boolean continues(
      ParsedArticle p, List<QuoteSpan> quotes, int i, QuotedText quoted, Speakers speakers) {
    QuoteSpan prev = quotes.get(i - 1);
    QuoteSpan cur = quotes.get(i);
    if (prev.continued()) {
      return true;
    }
    int gap = cur.outer().start() - prev.outer().end();
    int breaks = quoted.paragraphBreaks(prev.outer().end(), cur.outer().start());
    if (gap > CONTINUATION_GAP || breaks > 1) {
      return false;
    }
    if (breaks == 1
        && !quoted.blankBetween(quoted.paragraphStart(cur.outer().start()), cur.outer().start())) {
      return false; // the new paragraph opens with narration, not with the quote
    }
    // A sentence between them about someone else starts another topic.
    for (Sentence s : p.sentences()) {
      if (s.span().start() >= prev.outer().end()
          && s.span().end() <= cur.outer().start()
          && personSubject(s, quoted, speakers).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** 5. A quote opening its sentence after a sentence whose subject is a person. */
  private static DirectAttribution.Result previousSubject(
      ParsedArticle p, QuoteSpan q, QuotedText quoted, Speakers speakers) {
    Optional<Sentence> own = quoted.sentenceAt(q.outer().start());
    if (own.isEmpty() || own.get().index() == 0) {
      return DirectAttribution.Result.NONE;
    }
    Sentence s = own.get();
    if (!quoted.blankBetween(s.span().start(), q.outer().start())) {
      return DirectAttribution.Result.NONE;
    }
    Sentence prev = p.sentences().get(s.index() - 1);
    if (quoted.paragraphBreaks(prev.span().end(), q.outer().start()) > 1
        || quoted.quotedLength(prev.span()) > prev.span().length() / 2) {
      return DirectAttribution.Result.NONE;
    }
    return personSubject(prev, quoted, speakers)
        .map(
            t ->
                new DirectAttribution.Result(
                    Optional.of(speakers.at(prev, t)), "", "quote.previous-subject"))
        .orElse(DirectAttribution.Result.NONE);
  }

  /** The subject of a sentence's main verb, when it is a person outside quotes. */
  private static Optional<Integer> personSubject(Sentence s, QuotedText quoted, Speakers speakers) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() != Dependency.ROOT) {
        continue;
      }
      Optional<Integer> subject = speakers.subjectToken(s, d.dependent(), 0);
      if (subject.isPresent()
          && !quoted.contains(s.token(subject.get()).span())
          && speakers.isPersonLike(s, subject.get())) {
        return subject;
      }
    }
    return Optional.empty();
  }

  private static void markFirstPerson(ParsedArticle p, QuoteSpan q, Speaker sp, ActorTable table) {
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
}
