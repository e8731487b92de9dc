package io.herald.coding.actors;

import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the office one mention of a person gives: a title before the name ("Japan's new Prime
 * Minister Shigeru Ishiba", "U.S. President Joe Biden", "former Prime Minister Kishida"), an
 * appositive title, or a relative clause ("Ishiba, who was elected premier").
 */
final class OfficeFinder {
  private static final Set<String> ROLE_VERBS =
      Set.of("elect", "appoint", "name", "become", "serve", "choose", "install", "swear");

  /** Code prefixes of actors that belong to no country. */
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");

  /**
   * What one mention says about a person's office.
   *
   * @param sector the sector the text gives ("PTY" for a party's leader), "" when the title's own
   *     sector applies
   */
  record Office(
      String title,
      String country,
      boolean former,
      Span span,
      int titleFirst,
      String rule,
      String sector) {
    Office(String title, String country, boolean former, Span span, int titleFirst, String rule) {
      this(title, country, former, span, titleFirst, rule, "");
    }
  }

  private final ActorLexicon lexicon;

  OfficeFinder(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The office a mention's title, apposition or relative clause gives; null when none. */
  Office office(ParsedArticle p, EntityMention m) {
    Sentence s = p.sentences().get(m.sentence());
    Office before = titleBefore(p, s, m, m.firstToken() - 1);
    if (before != null) {
      return before;
    }
    int apposed = apposedTitleEnd(s, m);
    if (apposed >= 0) {
      Office office = titleBefore(p, s, m, apposed);
      if (office != null) {
        return office;
      }
    }
    return titleInClause(p, s, m);
  }

  /**
   * The last word of a title phrase the name stands in apposition to, before it: "the shadow health
   * secretary, Jo Bloggs", "The Leader of the Opposition, Jo Bloggs"; -1 when none.
   */
  private static int apposedTitleEnd(Sentence s, EntityMention m) {
    Optional<Dependency> up = s.headOf(m.lastToken());
    if (up.isEmpty()
        || !up.get().baseRelation().equals("appos")
        || up.get().governor() < 0
        || up.get().governor() >= m.firstToken()) {
      return -1;
    }
    int end = m.firstToken() - 1;
    while (end > up.get().governor() && s.token(end).pos().matches("[,:]|-LRB-")) {
      end--;
    }
    List<Integer> phrase = s.subtree(up.get().governor());
    for (int k = up.get().governor(); k <= end; k++) {
      if (!phrase.contains(k)) {
        return -1;
      }
    }
    return end == m.firstToken() - 1 ? -1 : end;
  }

  /**
   * The first word of a title with "of" in it that ends at token {@code end} ("Leader of the
   * Opposition", "Secretary of State"), the longest such; -1 when none.
   */
  private int ofTitleStart(ParsedArticle p, Sentence s, int end) {
    for (int k = Math.max(0, end - 5); k < end - 1; k++) {
      String words = textOf(p, s, k, end);
      if (words.toLowerCase(Locale.ROOT).contains(" of ") && lexicon.title(words).isPresent()) {
        return k;
      }
    }
    return -1;
  }

  /** "[Country's] [new|former] Title Name", the title's last word at or before {@code from}. */
  private Office titleBefore(ParsedArticle p, Sentence s, EntityMention m, int from) {
    int i = from;
    int titleEnd = -1;
    int titleStart = -1;
    boolean former = false;
    int ofStart = i >= 0 ? ofTitleStart(p, s, i) : -1;
    if (ofStart >= 0) {
      titleEnd = i;
      titleStart = ofStart;
      i = ofStart - 1;
    }
    while (i >= 0) {
      Token t = s.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.ner().equals("TITLE")
          || lexicon.title(w).isPresent() && titleEnd < 0
          // a word that makes a longer title of the one found: "Defence" + "Secretary"
          || titleEnd >= 0 && lexicon.title(textOf(p, s, i, titleEnd)).isPresent()
          // "Tory leader": a party office after a party's name, however the analyser tagged it
          || titleEnd < 0
              && Parties.isPartyOffice(w)
              && lexicon.parties().before(s, i - 1).isPresent()
          || exTitle(p, s, i, titleEnd, w)) {
        if (titleEnd < 0) {
          titleEnd = i;
        }
        titleStart = i;
      } else if (ActorLexicon.TITLE_MODIFIERS.contains(w)) {
        former |= w.equals("former") || w.equals("ex") || w.equals("late");
      } else {
        break;
      }
      i--;
    }
    if (titleStart < 0) {
      return null;
    }
    // "ex-minister", "ex-Prime Minister": the tokenizer keeps "ex-" on the title's first word.
    former |= !withoutEx(s.token(titleStart).word()).equals(s.token(titleStart).word());
    Optional<Parties.Found> party = lexicon.parties().before(s, i);
    if (party.isPresent()) {
      Office office = partyOffice(p, s, m, party.get(), titleStart, titleEnd, former);
      if (office != null) {
        return office;
      }
    }
    String title = withoutEx(textOf(p, s, titleStart, titleEnd));
    if (lexicon.title(title).isEmpty()) {
      // Longest known suffix: "Chief Cabinet Secretary", "Foreign Minister".
      int k = titleStart;
      while (k <= titleEnd && lexicon.title(textOf(p, s, k, titleEnd)).isEmpty()) {
        k++;
      }
      if (k > titleEnd) {
        return null;
      }
      title = textOf(p, s, k, titleEnd);
    }
    if (titleStart > 0 && s.token(titleStart - 1).word().equalsIgnoreCase("shadow")) {
      titleStart--;
      i = titleStart - 1;
    }
    if (s.token(titleStart).word().equalsIgnoreCase("shadow")
        && !title.toLowerCase(Locale.ROOT).startsWith("shadow")) {
      title = "shadow " + title; // "shadow home secretary": an opposition post, not the office
    }
    int start = titleStart;
    String country = "";
    String rule = "person.title";
    // The country before the title: "Japan's", "U.S.", "Russian"; adjectives between them
    // ("Ithilen's awful and evil minister") do not separate them.
    List<PhraseMatcher.Match<LexiconEntry>> places = lexicon.phrases().find(s, p.text());
    if (party.isPresent() && !countryBefore(p, s, places, party.get().first())) {
      // "Tory ex-minister Douglas Hogg": a party's minister holds (or held) an office of the
      // party's country; not when a country precedes the name ("Serbian Labour Minister"),
      // which names another party of the same name
      return new Office(
          title,
          party.get().party().country(),
          former,
          s.spanOf(party.get().first(), m.lastToken()),
          titleStart,
          "person.party-country-title");
    }
    for (int c = i; c >= 0; c--) {
      if (s.token(c).word().matches("[’']s?")) {
        continue;
      }
      PhraseMatcher.Match<LexiconEntry> placedBy = null;
      for (PhraseMatcher.Match<LexiconEntry> match : places) {
        if (match.last() == c && countryOf(match.value(), p).isPresent()) {
          placedBy = match;
        }
      }
      if (placedBy != null) {
        country = countryOf(placedBy.value(), p).get();
        start = placedBy.first();
        rule = "person.country-title";
        for (int k = placedBy.first() - 1; k >= 0 && k >= placedBy.first() - 2; k--) {
          if (s.token(k).word().equalsIgnoreCase("former")) {
            former = true;
          }
        }
        break;
      }
      boolean adjective =
          s.token(c).pos().startsWith("JJ")
              || s.token(c).pos().equals("CC") && c > 0 && s.token(c - 1).pos().startsWith("JJ");
      if (!adjective) {
        break;
      }
    }
    return new Office(
        title,
        country,
        former,
        s.spanOf(start, m.lastToken()),
        titleStart,
        rule,
        businessOwner(s, titleStart) ? "BUS" : "");
  }

  /**
   * Whether the title starting at {@code titleStart} is a business's: "the company's vice president
   * John Smith", "firm chairman Ann Lee". A president or chairman of a company holds no public
   * office.
   */
  private boolean businessOwner(Sentence s, int titleStart) {
    int k = titleStart - 1;
    if (k >= 0 && s.token(k).word().matches("[’']s?")) {
      k--;
    }
    if (k < 0 || !s.token(k).isNoun()) {
      return false;
    }
    Token owner = s.token(k);
    return lexicon.agentSector(owner.word()).or(() -> lexicon.agentSector(owner.lemma())).stream()
        .anyMatch("BUS"::equals);
  }

  /**
   * "Tory leader Michael Howard", "Lib Dem home affairs spokesman Mark Oaten": the party office the
   * last words of the title name, in the party's country, with the sector the text gives the party
   * (the party's own, {@code PTY}, unless it is called ruling or the opposition); null when the
   * title is no party office.
   */
  private Office partyOffice(
      ParsedArticle p,
      Sentence s,
      EntityMention m,
      Parties.Found party,
      int titleStart,
      int titleEnd,
      boolean former) {
    for (int k = titleStart; k <= titleEnd; k++) {
      String words = withoutEx(textOf(p, s, k, titleEnd));
      if (Parties.isPartyOffice(words)) {
        boolean wasFormer = former || party.sector().equals("ELI");
        return new Office(
            words.toLowerCase(Locale.ROOT),
            party.party().country(),
            wasFormer,
            s.spanOf(party.first(), m.lastToken()),
            titleStart,
            "person.party-title",
            wasFormer ? "" : party.sector());
      }
    }
    return null;
  }

  /** Whether a country or demonym ends right before token {@code first} ("Serbian Labour"). */
  private boolean countryBefore(
      ParsedArticle p, Sentence s, List<PhraseMatcher.Match<LexiconEntry>> places, int first) {
    return places.stream()
        .anyMatch(x -> x.last() == first - 1 && countryOf(x.value(), p).isPresent());
  }

  /**
   * Whether token {@code i}, written with "ex-", begins a title: alone ("ex-minister") or with the
   * title words after it already read ("ex-Prime" before "Minister").
   */
  private boolean exTitle(ParsedArticle p, Sentence s, int i, int titleEnd, String w) {
    if (w.length() < 4 || withoutEx(w).equals(w)) {
      return false;
    }
    String rest = withoutEx(titleEnd < 0 ? w : textOf(p, s, i, titleEnd));
    return lexicon.title(rest).isPresent() || titleEnd < 0 && Parties.isPartyOffice(rest);
  }

  /** A title without the "ex-" that makes it a former one ("ex-Prime Minister"). */
  private static String withoutEx(String title) {
    return title.length() > 3 && title.regionMatches(true, 0, "ex-", 0, 3)
        ? title.substring(3)
        : title;
  }

  /**
   * The country a phrase before a title names: a country or demonym, or an actor-dictionary entry
   * whose code on the article's date is a bare country ("Bree Prime Minister ...").
   */
  private Optional<String> countryOf(LexiconEntry e, ParsedArticle p) {
    return switch (e.type()) {
      case COUNTRY, DEMONYM -> Optional.of(e.country());
      case DICTIONARY ->
          lexicon.dictionaryCode(e, p.article().date()).filter(c -> c.matches("[A-Z]{3}"));
      // An international organisation's office: "Arab League Secretary-General", "U.N. envoy".
      case ORGANIZATION ->
          e.country().isEmpty()
                  && e.code().length() > 3
                  && INTERNATIONAL.contains(e.code().substring(0, 3))
              ? Optional.of(e.code())
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** An appositive title or a relative clause: "Ishiba, who was elected premier". */
  private Office titleInClause(ParsedArticle p, Sentence s, EntityMention m) {
    int head = m.lastToken();
    for (Dependency d : s.childrenOf(head)) {
      String rel = d.relation();
      if (rel.equals("appos")) {
        Token t = s.token(d.dependent());
        Optional<Office> longer = apposedTitle(p, s, m, d.dependent());
        if (longer.isPresent()) {
          return longer.get();
        }
        if (lexicon.title(t.word()).isPresent()) {
          // "Jane Roe, the Liberal Democrats' health spokeswoman"
          Optional<Parties.Found> party =
              Parties.isPartyOffice(t.word())
                  ? lexicon.parties().before(s, d.dependent() - 1).filter(f -> f.first() > head)
                  : Optional.empty();
          return new Office(
              t.word(),
              party.map(f -> f.party().country()).orElse(""),
              false,
              s.spanOf(m.firstToken(), d.dependent()),
              m.firstToken(),
              party.isPresent() ? "person.appos-party" : "person.appos",
              party.map(Parties.Found::sector).orElse(""));
        }
      }
      if (rel.startsWith("acl") || rel.equals("dep")) {
        Token verb = s.token(d.dependent());
        if (!ROLE_VERBS.contains(verb.lemma())) {
          continue;
        }
        for (Dependency vd : s.childrenOf(d.dependent())) {
          Token obj = s.token(vd.dependent());
          if ((vd.baseRelation().equals("obj") || vd.baseRelation().equals("xcomp"))
              && lexicon.title(obj.word()).isPresent()) {
            return new Office(
                obj.word(),
                "",
                false,
                s.spanOf(m.firstToken(), vd.dependent()),
                m.firstToken(),
                "person.relative-clause");
          }
        }
      }
    }
    return null;
  }

  /**
   * An appositive whose title is several words or has a country in it: "Rick Palmer, Ford's chief
   * executive", "Ken Sato, the Japanese minister of finance"; empty when the appositive's head
   * alone is the title and no country modifies it (the single-word reading above applies).
   */
  private Optional<Office> apposedTitle(ParsedArticle p, Sentence s, EntityMention m, int head) {
    int first = head;
    for (int k = head - 1; k > m.lastToken() && k >= head - 3; k--) {
      if (lexicon.title(textOf(p, s, k, head)).isPresent()) {
        first = k;
      }
    }
    if (lexicon.title(textOf(p, s, first, head)).isEmpty()) {
      return Optional.empty();
    }
    String country = "";
    for (PhraseMatcher.Match<LexiconEntry> match : lexicon.phrases().find(s, p.text())) {
      Optional<Dependency> up = s.headOf(match.last());
      boolean modifies =
          up.isPresent()
              && up.get().governor() == head
              && (up.get().baseRelation().equals("amod")
                  || up.get().relation().equals("nmod:poss")
                  || up.get().baseRelation().equals("compound"));
      if (modifies && match.first() > m.lastToken() && countryOf(match.value(), p).isPresent()) {
        country = countryOf(match.value(), p).get();
      }
    }
    if (first == head && country.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Office(
            textOf(p, s, first, head).toLowerCase(Locale.ROOT),
            country,
            false,
            s.spanOf(m.firstToken(), head),
            m.firstToken(),
            country.isEmpty() ? "person.appos" : "person.appos-country"));
  }

  private static String textOf(ParsedArticle p, Sentence s, int from, int to) {
    return s.spanOf(from, to).of(p.text()).replace('\n', ' ');
  }
}
