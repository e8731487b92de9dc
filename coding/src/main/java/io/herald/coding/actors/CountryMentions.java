package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the mentions of countries by name or demonym: with the agent noun they modify ("Japanese
 * officials" → {@code JPNGOV}), as a country, or as the group a demonym names.
 */
final class CountryMentions {
  /**
   * Relations in which a demonym is a noun phrase of its own: "Palestinians blamed Israel",
   * "sheltered Sierra Leonean and Liberian refugees" (as parsed, "Sierra Leonean" heads the "of"
   * phrase).
   */
  private static final java.util.Set<String> NOUN_ROLES =
      java.util.Set.of("nsubj", "obj", "iobj", "obl", "conj", "appos", "nmod");

  private final ActorLexicon lexicon;

  CountryMentions(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Codes a country name or demonym match: the agent it modifies ("Japanese officials"), the
   * country itself, or a group its demonym names ("Palestinians", "Israeli tanks").
   */
  void code(
      Sentence s,
      PhraseMatcher.Match<LexiconEntry> m,
      ActorTable table,
      List<ActorTable.Draft> people) {
    LexiconEntry e = m.value();
    Optional<Integer> led = ledGroup(s, m.last());
    if (led.isPresent() && !table.isMarked(s.index(), led.get())) {
      codeLedGroup(s, m, led.get(), table);
      return;
    }
    Optional<Dependency> head = s.headOf(m.last());
    if (head.isPresent() && head.get().governor() >= 0) {
      String rel = head.get().baseRelation();
      int h = head.get().governor();
      String full = head.get().relation();
      if (s.token(h).ner().equals("TITLE")
          && table.at(s.index(), h).stream().anyMatch(ActorTable.Draft::isPerson)) {
        return; // the nationality of a titled person: "Japan's new Prime Minister Shigeru Ishiba"
      }
      if (rel.equals("amod")
          || rel.equals("compound")
          || full.equals("nmod:poss")
          || full.equals("nmod:of")) {
        Optional<String> sector =
            full.equals("nmod:of") && CompanyNames.centralBank(s, h, m.first())
                ? Optional.of("GOV")
                : agentOf(s, h);
        if (sector.isPresent()) {
          Span span = s.spanOf(Math.min(m.first(), h), Math.max(m.last(), h));
          // "the Japanese and U.S. leaders" are the heads of government the article names.
          Optional<ActorTable.Draft> leader =
              s.token(h).lemma().equalsIgnoreCase("leader")
                  ? people.stream()
                      .filter(d -> d.headOfGovernment && d.country.equals(e.country()))
                      .findFirst()
                  : Optional.empty();
          ActorTable.Draft d =
              leader.orElseGet(
                  () ->
                      table.intern(
                          e.country() + sector.get(),
                          e.name() + " " + sectorName(sector.get()),
                          ActorKind.COUNTRY,
                          e.country(),
                          sector.get(),
                          new Evidence(s.index(), span, "actor.country-agent")));
          if (leader.isPresent()) {
            table.mark(s.index(), h, h, s.spanOf(Math.min(m.first(), h), h), d);
          } else {
            table.mark(s.index(), m.first(), m.last(), s.spanOf(m.first(), m.last()), d);
            table.mark(s.index(), h, h, s.token(h).span(), d);
          }
          return;
        }
      }
    }
    if (CompanyNames.names(s, m.first(), m.last())) {
      // the whole name is the one actor: "British Airways", not "British" and a company
      int[] name = CompanyNames.run(s, m.first(), m.last());
      Span span = s.spanOf(name[0], name[1]);
      ActorTable.Draft d =
          table.intern(
              e.country() + "BUS",
              e.name() + " " + sectorName("BUS"),
              ActorKind.COUNTRY,
              e.country(),
              "BUS",
              new Evidence(s.index(), span, "actor.country-company"));
      table.mark(s.index(), name[0], name[1], span, d);
      return;
    }
    Token last = s.token(m.last());
    boolean demonymNoun =
        e.type() == LexiconEntry.Type.DEMONYM
            && (last.pos().equals("NNPS")
                || last.pos().equals("NNS")
                || head.isPresent() && NOUN_ROLES.contains(head.get().baseRelation()));
    if (demonymNoun
        && m.first() > 0
        && table.at(s.index(), m.first()).stream()
            .anyMatch(d -> !d.country.equals(e.country()) && d.kind == ActorKind.COUNTRY)) {
      return; // "Bosnian Serbs": the group is already the modifying country's
    }
    if (e.type() == LexiconEntry.Type.COUNTRY || demonymNoun) {
      boolean populace =
          demonymNoun
              && (last.pos().equals("NNPS") || last.pos().equals("NNS"))
              && (!isSubject(s, m.last()) || describedGroup(s, m.first(), m.last()));
      // "scores of Sierra Leonean and Liberian refugees", parsed with the first demonym heading
      // the phrase and "refugees" its conjunct: both demonyms modify the one group noun
      Optional<String> shared =
          demonymNoun && !populace && !last.pos().endsWith("S")
              ? s.children(m.last(), "conj").stream()
                  .filter(c -> c > m.last() && s.token(c).pos().startsWith("NNS"))
                  .map(c -> agentOf(s, c))
                  .flatMap(Optional::stream)
                  .findFirst()
              : Optional.empty();
      markCountry(
          table,
          e,
          shared.orElse(populace ? "CVL" : ""),
          s,
          m.first(),
          m.last(),
          m.first(),
          m.last(),
          demonymNoun ? "actor.demonym-as-noun" : "actor.country-name");
      return;
    }
    // "Israeli tanks", "Iraqi Kurds": a noun the dictionaries do not know, of a named country.
    if (head.isPresent()
        && head.get().governor() >= 0
        && (head.get().baseRelation().equals("amod")
            || head.get().baseRelation().equals("compound"))) {
      int h = head.get().governor();
      Token noun = s.token(h);
      // A people named by a demonym of its own belongs to the modifying country: "Bosnian Serbs".
      boolean ethnic =
          noun.isProperNoun()
              && noun.pos().endsWith("S")
              && (noun.ner().equals("NATIONALITY") || noun.ner().equals("MISC"));
      // "his Zambian passport": a trait or paper of its owner is no actor of the country
      if (noun.isNoun()
          && (noun.ner().equals("O") || ethnic)
          && !AttributeNouns.names(noun)
          && !table.isMarked(s.index(), h)) {
        markCountry(
            table,
            e,
            ethnic ? "CVL" : "",
            s,
            Math.min(m.first(), h),
            Math.max(m.last(), h),
            h,
            h,
            "actor.country-modifier");
      }
    }
  }

  /**
   * Whether token {@code i} is a subject, or coordinated with one: "The Palestinians reject the
   * changes", "Palestinians and Israelis failed to agree" speak for their nations, where "Young
   * Algerians blocked roads", "arrested 100 Palestinians", "refused entry to Ghanaians" are a
   * country's people, its civilians.
   */
  private static boolean isSubject(Sentence s, int i) {
    Optional<Dependency> head = s.headOf(i);
    if (head.isPresent() && head.get().baseRelation().equals("conj")) {
      head = s.headOf(head.get().governor());
    }
    return head.isPresent() && head.get().baseRelation().startsWith("nsubj");
  }

  /** "Young Algerians", "100 Palestinians": a modifier before the demonym describes people. */
  private static boolean describedGroup(Sentence s, int first, int last) {
    return s.childrenOf(last).stream()
        .anyMatch(
            d ->
                d.dependent() < first
                    && Set.of("amod", "compound", "nummod").contains(d.baseRelation()));
  }

  /**
   * "Vietnamese-led forces", "a Saudi-led coalition": the noun a "-led" participle right after the
   * country's name or demonym modifies. The country leads the group, so the group is coded as the
   * country's; "-backed" or "-based" groups are not the country's and are left alone.
   */
  private static Optional<Integer> ledGroup(Sentence s, int last) {
    int hyphen = last + 1;
    int participle = last + 2;
    if (participle >= s.tokens().size()
        || !s.token(hyphen).word().equals("-")
        || !s.token(participle).word().equalsIgnoreCase("led")) {
      return Optional.empty();
    }
    return s.headOf(participle)
        .filter(d -> d.governor() > participle && d.baseRelation().equals("amod"))
        .map(Dependency::governor)
        .filter(g -> s.token(g).isNoun());
  }

  /**
   * Codes the group {@code h} led by country {@code m}: with the sector its noun names ("forces" →
   * {@code MIL}), else as the country.
   */
  private void codeLedGroup(
      Sentence s, PhraseMatcher.Match<LexiconEntry> m, int h, ActorTable table) {
    LexiconEntry e = m.value();
    Span span = s.spanOf(m.first(), h);
    String sector = agentOf(s, h).orElse("");
    ActorTable.Draft d =
        table.intern(
            e.country() + sector,
            sector.isEmpty() ? e.name() : e.name() + " " + sectorName(sector),
            ActorKind.COUNTRY,
            e.country(),
            sector,
            new Evidence(s.index(), span, "actor.country-led"));
    table.mark(s.index(), m.first(), m.last(), s.spanOf(m.first(), m.last()), d);
    table.mark(s.index(), h, h, s.token(h).span(), d);
  }

  /** The sector named by noun {@code h}, with a compound before it ("coast guard"). */
  private Optional<String> agentOf(Sentence s, int h) {
    Token t = s.token(h);
    if (!t.isNoun()) {
      return Optional.empty();
    }
    if (h > 0) {
      Optional<String> two = lexicon.agentSector(s.token(h - 1).word() + " " + t.word());
      if (two.isPresent()) {
        return two;
      }
    }
    Optional<String> word = lexicon.agentSector(t.word());
    return word.isPresent() ? word : lexicon.agentSector(t.lemma());
  }

  static String sectorName(String sector) {
    return switch (sector) {
      case "GOV" -> "government";
      case "MIL" -> "military";
      case "LEG" -> "legislature";
      case "JUD" -> "judiciary";
      case "OPP" -> "opposition";
      case "REB" -> "rebels";
      case "BUS" -> "business";
      case "MED" -> "media";
      case "EDU" -> "education";
      case "COP" -> "police";
      case "SPY" -> "intelligence";
      case "CVL" -> "civilians";
      case "REF" -> "refugees";
      case "LAB" -> "labour";
      case "HLH" -> "health";
      case "AGR" -> "agriculture";
      case "REL" -> "religion";
      case "CRM" -> "criminals";
      case "RAD" -> "radicals";
      default -> sector.toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Interns country {@code e} (with {@code sector}, "" for the country itself) as an actor with
   * tokens {@code from}..{@code to} as its evidence, and marks tokens {@code markFrom}..{@code
   * markTo} as its mention.
   */
  private static void markCountry(
      ActorTable table,
      LexiconEntry e,
      String sector,
      Sentence s,
      int from,
      int to,
      int markFrom,
      int markTo,
      String rule) {
    Span span = s.spanOf(from, to);
    ActorTable.Draft d =
        table.intern(
            e.country() + sector,
            sector.isEmpty() ? e.name() : e.name() + " " + sectorName(sector),
            ActorKind.COUNTRY,
            e.country(),
            sector,
            new Evidence(s.index(), span, rule));
    table.mark(s.index(), markFrom, markTo, span, d);
  }
}
