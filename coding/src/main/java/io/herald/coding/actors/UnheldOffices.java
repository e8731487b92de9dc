package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The shadow home secretary criticised the plan", "the Leader of the Opposition met union
 * leaders": a definite office title that names nobody in the article (neither a person the text
 * gave that office nor one coreference joined it to) is the office of the article's country, coded
 * by the title's sector ({@code GBROPP}, {@code GBRGOV}), as a titled person without a country
 * takes the article's. Only when the title is a subject or object, as for unnamed groups in {@link
 * ContextCountry}, and only when its sentence names no country: "the president accused Iraq" may be
 * anyone's president.
 */
final class UnheldOffices {
  /** Words that make the office a former one's. */
  private static final Set<String> FORMER = Set.of("former", "ex");

  /** Lexicon entries that name a country. */
  private static final Set<LexiconEntry.Type> PLACING =
      Set.of(
          LexiconEntry.Type.COUNTRY,
          LexiconEntry.Type.DEMONYM,
          LexiconEntry.Type.CAPITAL,
          LexiconEntry.Type.SEAT,
          LexiconEntry.Type.DICTIONARY);

  private final ActorLexicon lexicon;
  private final ParsedArticle article;
  private final ActorTable table;
  private final List<List<PhraseMatcher.Match<LexiconEntry>>> matches;
  private final String articleCountry;

  UnheldOffices(
      ActorLexicon lexicon,
      ParsedArticle article,
      ActorTable table,
      List<List<PhraseMatcher.Match<LexiconEntry>>> matches,
      String articleCountry) {
    this.lexicon = lexicon;
    this.article = article;
    this.table = table;
    this.matches = matches;
    this.articleCountry = articleCountry;
  }

  void mark() {
    if (articleCountry.isEmpty()) {
      return;
    }
    for (Sentence s : article.sentences()) {
      if (matches.get(s.index()).stream().anyMatch(m -> PLACING.contains(m.value().type()))) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.ner().equals("TITLE")
            && !table.isMarked(s.index(), t.index())
            && definiteHead(s, t.index())
            && CompositionMarks.isArgument(s, t.index())
            && !describesSomeone(s, t.index())) {
          office(s, t.index()).ifPresent(o -> code(s, t.index(), o));
        }
      }
    }
  }

  /** An office phrase: its title as the table knows it and its first and last tokens. */
  private record Office(String title, int first, int last, boolean former) {}

  /**
   * Whether the title is in apposition to an actor ("Jo Bloggs, the shadow education secretary,
   * said"): it describes that actor, whatever office the person finder read.
   */
  private boolean describesSomeone(Sentence s, int h) {
    for (Dependency d : s.dependencies()) {
      if (d.baseRelation().equals("appos")
          && (d.dependent() == h && d.governor() >= 0 && table.isMarked(s.index(), d.governor())
              || d.governor() == h && table.isMarked(s.index(), d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code h} heads its phrase and "the" determines it. */
  private static boolean definiteHead(Sentence s, int h) {
    Optional<Dependency> up = s.headOf(h);
    if (up.isPresent()
        && up.get().governor() >= 0
        && (up.get().baseRelation().equals("compound") || up.get().baseRelation().equals("amod"))) {
      return false;
    }
    return s.childrenOf(h).stream()
        .anyMatch(
            d ->
                d.baseRelation().equals("det")
                    && s.token(d.dependent()).lemma().equalsIgnoreCase("the"));
  }

  /**
   * The office the phrase headed by {@code h} names: the longest title ending at {@code h} among
   * its modifiers before it ("shadow home secretary"), or one running on into its "of" phrase
   * ("Leader of the Opposition").
   */
  private Optional<Office> office(Sentence s, int h) {
    int n = s.tokens().size();
    for (int end = Math.min(n - 1, h + 4); end > h; end--) {
      String words = text(s, h, end);
      if (words.toLowerCase(Locale.ROOT).contains(" of ") && lexicon.title(words).isPresent()) {
        return Optional.of(new Office(words, h, end, former(s, h)));
      }
    }
    int first = h;
    while (first > 0 && modifies(s, first - 1, first, h)) {
      first--;
    }
    for (int k = first; k <= h; k++) {
      String words = text(s, k, h);
      if (lexicon.title(words).isPresent()) {
        return Optional.of(new Office(words, k, h, former(s, h)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether token {@code k} modifies a word of the title {@code first..h}, and is no determiner.
   */
  private static boolean modifies(Sentence s, int k, int first, int h) {
    Optional<Dependency> up = s.headOf(k);
    return up.isPresent()
        && up.get().governor() >= first
        && up.get().governor() <= h
        && !s.token(k).pos().equals("DT")
        && !FORMER.contains(s.token(k).word().toLowerCase(Locale.ROOT));
  }

  private static boolean former(Sentence s, int h) {
    return s.childrenOf(h).stream()
        .anyMatch(
            d ->
                d.dependent() < h
                    && FORMER.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  private void code(Sentence s, int h, Office o) {
    Optional<String> sector = lexicon.officeSector(o.title());
    if (sector.isEmpty()) {
      return;
    }
    String code = o.former() ? "ELI" : sector.get();
    Span span = s.spanOf(o.first(), o.last());
    String title = o.title().toLowerCase(Locale.ROOT);
    ActorTable.Draft d =
        table.intern(
            "office:" + (o.former() ? "former " : "") + title,
            text(s, o.first(), o.last()),
            ActorKind.COUNTRY,
            articleCountry,
            code,
            new Evidence(s.index(), span, "actor.office-article-country"));
    table.mark(s.index(), o.first(), o.last(), span, d);
    if (h < o.first() || h > o.last()) {
      table.mark(s.index(), h, h, span, d);
    }
  }

  private String text(Sentence s, int first, int last) {
    return s.spanOf(first, last).of(article.text()).replace('\n', ' ');
  }
}
