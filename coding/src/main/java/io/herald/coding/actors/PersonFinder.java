package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds named people and the offices the text gives them: a title before the name ("Japan's new
 * Prime Minister Shigeru Ishiba", "U.S. President Joe Biden", "(former) Prime Minister Kishida"),
 * an appositive, or a relative clause ("Ishiba, who was elected premier"). Mentions of the same
 * surname are one person.
 */
final class PersonFinder {
  /** Code prefixes of actors that belong to no country. */
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");

  private final ActorLexicon lexicon;
  private final OfficeFinder offices;

  PersonFinder(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    this.offices = new OfficeFinder(lexicon);
  }

  /** Finds people, registers them in {@code table}, and returns them in order of first mention. */
  List<ActorTable.Draft> find(
      ParsedArticle p, ActorTable table, String articleCountry, RoleStore roles) {
    Map<String, List<EntityMention>> bySurname = new LinkedHashMap<>();
    Map<String, String> fullName = new HashMap<>();
    List<EntityMention> mentions = personMentions(p);
    // Full names first, so that "Kim" joins "Kim Min-jun" and "Ishiba" joins "Shigeru Ishiba"
    // whichever order the name order of the language puts them in.
    List<EntityMention> ordered = new ArrayList<>(mentions);
    ordered.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
    Map<EntityMention, String> keyOf = new HashMap<>();
    for (EntityMention m : ordered) {
      Sentence s = p.sentences().get(m.sentence());
      String key = s.token(m.lastToken()).word();
      if (SameSurname.bare(m.text()).split(" ").length == 1) {
        key = SameSurname.fullNameKey(p, m, key, keyOf).orElse(key);
      } else if (SameSurname.otherFirstName(m.text(), fullName.get(key))) {
        // "Cherie Blair" and "Tony Blair": one surname, two first names, two people
        key = m.text();
      }
      keyOf.put(m, key);
      if (m.text().length() > fullName.getOrDefault(key, "").length()) {
        fullName.put(key, m.text());
      }
    }
    for (EntityMention m : mentions) {
      bySurname.computeIfAbsent(keyOf.get(m), k -> new ArrayList<>()).add(m);
    }
    Map<String, OfficeFinder.Office> officeOf = new LinkedHashMap<>();
    for (var e : bySurname.entrySet()) {
      OfficeFinder.Office best = null;
      for (EntityMention m : e.getValue()) {
        OfficeFinder.Office o = offices.office(p, m);
        if (o != null && (best == null || best.country().isEmpty() && !o.country().isEmpty())) {
          best = o;
        }
      }
      if (best != null) {
        officeOf.put(e.getKey(), best);
      }
    }
    List<ActorTable.Draft> people = new ArrayList<>();
    for (var e : bySurname.entrySet()) {
      String surname = e.getKey();
      EntityMention first = e.getValue().get(0);
      OfficeFinder.Office o = officeOf.get(surname);
      String country = "";
      String sector = "";
      String role = "";
      boolean head = false;
      String rule = "person.ner";
      String code = "";
      Span evidenceSpan = first.span();
      int evidenceSentence = first.sentence();
      Optional<RoleHistory.Decision> known =
          o == null
              ? RoleHistory.decide(
                  roles.rolesOf(surname), fullName.get(surname), p.article().date())
              : Optional.empty();
      if (o == null && known.map(k -> k.rule().endsWith(".stale")).orElse(true)) {
        // Nothing in the text, and the role store has no fresh office: the background
        // dictionary's code for the article's date, if it knows the name.
        Optional<String> c = known(surname, fullName.get(surname), p);
        if (c.isPresent() && c.get().length() >= 3) {
          // Without an article date the dictionary may give only the country ("GBR"): which
          // office the person held that day is unknown.
          known = Optional.empty();
          rule = "person.known";
          if (INTERNATIONAL.contains(c.get().substring(0, 3))) {
            code = c.get();
          } else {
            country = c.get().substring(0, 3);
            sector = c.get().substring(3);
            head = false;
          }
        }
      }
      if (known.isPresent()) {
        RoleHistory.Decision k = known.get();
        country = k.country();
        sector = k.sector();
        role = k.title().isEmpty() ? "" : (k.former() ? "former " : "") + k.title();
        head = !k.former() && lexicon.title(k.title()).map(ActorLexicon.Title::head).orElse(false);
        rule = k.rule();
      }
      if (o != null) {
        country = o.country();
        rule = o.rule();
        String orgCode = country.length() > 3 ? country : "";
        country = orgCode.isEmpty() ? country : orgCode.substring(0, 3);
        if (country.isEmpty()) {
          country = sharedOfficeCountry(o, officeOf);
          rule = country.isEmpty() ? rule : rule + "+shared-office-country";
        }
        String knownCode = "";
        if (country.isEmpty()) {
          // The text gives the office but not the country: background knowledge places the person.
          knownCode =
              lexicon
                  .knownPeople()
                  .codeOn(o.title() + " " + fullName.get(surname), p.article().date())
                  .or(() -> known(surname, fullName.get(surname), p))
                  // a namesake in another walk of life is not the person: "the company's vice
                  // president John Smith" is not a John Smith the dictionary lists in government
                  .filter(
                      c -> o.sector().isEmpty() || c.length() < 6 || c.startsWith(o.sector(), 3))
                  .orElse("");
          if (knownCode.length() >= 3) {
            country = knownCode.substring(0, 3);
            rule = rule + "+known-person";
          }
        }
        if (country.isEmpty() && !articleCountry.isEmpty()) {
          country = articleCountry;
          rule = rule + "+article-country";
        }
        Optional<ActorLexicon.Title> t = lexicon.title(o.title());
        sector =
            o.former()
                ? "ELI"
                : !o.sector().isEmpty()
                    ? o.sector()
                    : lexicon.officeSector(o.title()).orElse("GOV");
        if (sector.equals("PTY") && p.article().date().isPresent()) {
          // "Labour leader Tony Blair" in 2005: a party's leader who heads the government then
          String then = known(surname, fullName.get(surname), p).orElse("");
          if (then.startsWith(country + "GOV")) {
            sector = then.substring(3);
            rule = rule + "+known-person";
          }
        }
        if (!orgCode.isEmpty()) {
          code = orgCode + (o.former() ? "" : sector);
          country = "";
          sector = "";
        } else if (INTERNATIONAL.contains(country)) {
          code = knownCode;
          country = "";
          sector = "";
        }
        head = !o.former() && t.map(ActorLexicon.Title::head).orElse(false);
        role = (o.former() ? "former " : "") + capitalise(o.title());
        evidenceSpan = o.span();
        evidenceSentence = sentenceOf(p, o.span());
      }
      ActorTable.Draft d =
          table.intern(
              "person:" + surname,
              fullName.get(surname),
              ActorKind.PERSON,
              country,
              sector,
              new Evidence(evidenceSentence, evidenceSpan, rule));
      d.role = role;
      d.headOfGovernment = head;
      if (!code.isEmpty()) {
        d.code = code;
      }
      for (EntityMention m : e.getValue()) {
        OfficeFinder.Office mo = offices.office(p, m);
        boolean titled = mo != null && mo.span().end() == m.span().end();
        Span span = titled ? mo.span() : m.span();
        // The title's tokens refer to the person, the country before it does not.
        int firstTok = titled ? Math.min(mo.titleFirst(), m.firstToken()) : m.firstToken();
        table.mark(m.sentence(), firstTok, m.lastToken(), span, d);
      }
      people.add(d);
    }
    return people;
  }

  /**
   * PERSON mentions from the analyser, without pronouns, plus names it missed right after a title
   * ("Former President Park Ji-ho": capitalised words after a TITLE).
   */
  private List<EntityMention> personMentions(ParsedArticle p) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : p.entities()) {
      if (!m.type().equals("PERSON")) {
        continue;
      }
      Sentence s = p.sentences().get(m.sentence());
      if (s.token(m.firstToken()).pos().startsWith("PRP")
          || s.token(m.lastToken()).pos().startsWith("W")) {
        continue;
      }
      out.add(m);
    }
    for (Sentence s : p.sentences()) {
      for (int i = 0; i + 1 < s.tokens().size(); i++) {
        if (!s.token(i).ner().equals("TITLE") || s.token(i + 1).ner().equals("TITLE")) {
          continue;
        }
        // An office title names a person: proper nouns the analyser took for an organisation
        // right after one are a name ("Vice-President Moody Awori" tagged ORGANIZATION).
        boolean orgAfterTitle = lexicon.title(s.token(i).word()).isPresent();
        int j = i + 1;
        int last = -1;
        while (j < s.tokens().size()) {
          Token t = s.token(j);
          boolean name =
              (t.ner().equals("O") || orgAfterTitle && t.ner().equals("ORGANIZATION"))
                  && t.isProperNoun()
                  && Character.isUpperCase(t.word().charAt(0));
          boolean hyphen = t.word().equals("-") && last == j - 1;
          boolean lowerPart =
              last >= 0
                  && s.token(j - 1).word().equals("-")
                  && t.word().chars().allMatch(Character::isLetter);
          if (!(name || hyphen || lowerPart)) {
            break;
          }
          if (!hyphen) {
            last = j;
          }
          j++;
        }
        if (last > i) {
          Span span = s.spanOf(i + 1, last);
          out.add(new EntityMention(span.of(p.text()), "PERSON", span, s.index(), i + 1, last));
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static int sentenceOf(ParsedArticle p, Span span) {
    for (Sentence s : p.sentences()) {
      if (s.span().contains(span)) {
        return s.index();
      }
    }
    return -1;
  }

  /** A country named for the same title elsewhere: "new Prime Minister" of Japan. */
  private String sharedOfficeCountry(OfficeFinder.Office o, Map<String, OfficeFinder.Office> all) {
    for (OfficeFinder.Office other : all.values()) {
      if (!other.country().isEmpty() && other.title().equalsIgnoreCase(o.title())) {
        return other.country();
      }
    }
    return "";
  }

  private static String capitalise(String title) {
    StringBuilder b = new StringBuilder();
    for (String w : title.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      boolean small = !b.isEmpty() && SMALL_WORDS.contains(w);
      b.append(w.isEmpty() || small ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  /** Words a title keeps in lower case inside it: "Leader of the Opposition". */
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "and");

  /** What the background dictionary says of a person on the article's date: full name first. */
  private Optional<String> known(String surname, String fullName, ParsedArticle p) {
    KnownPeople kp = lexicon.knownPeople();
    Optional<String> c = kp.codeOn(fullName, p.article().date());
    return c.isPresent() ? c : kp.codeOn(surname, p.article().date());
  }
}
