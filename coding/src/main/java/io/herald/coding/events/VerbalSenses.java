package io.herald.coding.events;

import io.herald.coding.actors.ActorTable;
import io.herald.model.ActorKind;
import io.herald.model.codes.CameoCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Senses of event verbs that political news uses for words rather than deeds, where a reader sees
 * at once that nothing of the verb's dictionary sense happened:
 *
 * <ul>
 *   <li>"will seize on the figures", "pounced on the remark": to seize on something is to exploit
 *       it in argument, no seizure (CAMEO 17/18);
 *   <li>"had met his spending target", "meet the deadline": meeting a target, rule or demand-like
 *       standard is no meeting (CAMEO 04);
 *   <li>"insisted his plans were sound": insisting that something is so is a claim, not a demand
 *       (CAMEO 10); "insisted that he resign", "insisted they must leave", "insisted on a vote"
 *       stay demands;
 *   <li>"warned that prices would rise", "acknowledged that the harvest was poor", "conceded that
 *       growth had slowed", "assured lawmakers that the tax was fair", "hinted that elections might
 *       be called": a verb of saying whose dictionary code is an act (threat, admission,
 *       concession, promise, appeal) that only reports what is so or will be is a statement, no act
 *       ({@link #statesFact}); "warned that it would retaliate", "warned of strikes unless",
 *       "assured them he would help" stay acts;
 *   <li>"rang her at once": a telephone call, not the encircling of "ringed the town";
 *   <li>"attacked the way the war was presented", "the opposition leader attacked the minister": an
 *       attack on a clause, or one politician's attack on another with no weapon named, is
 *       criticism (CAMEO 111), not the use of force; so is a clash of one unarmed person with
 *       another ("the MP, who has clashed with his party leaders over farm subsidies").
 * </ul>
 */
final class VerbalSenses {
  private VerbalSenses() {}

  /** Verbs whose "on"/"upon" phrase makes them verbs of argument. */
  private static final Set<String> EXPLOIT_VERBS = Set.of("seize", "pounce");

  /** Standards one meets without meeting anyone. */
  private static final Set<String> STANDARDS =
      Set.of(
          "target",
          "goal",
          "deadline",
          "rule",
          "requirement",
          "standard",
          "criterion",
          "criteria",
          "need",
          "cost",
          "obligation",
          "expectation",
          "threshold",
          "condition",
          "commitment",
          "pledge",
          "promise",
          "quota",
          "test",
          "payment",
          "forecast",
          "challenge",
          "objective",
          "end",
          "demand",
          "limit",
          "benchmark");

  /** Auxiliaries that make an insisted clause a demand: "insisted they must leave". */
  private static final Set<String> DEMAND_MODALS = Set.of("should", "must", "shall", "ought");

  /** Verbs and nouns of fighting that politics uses for quarrels: "attacked", "clashed with". */
  private static final Set<String> FIGHT_WORDS = Set.of("attack", "clash");

  /** Tags of a tensed verb or modal: the indicative. */
  private static final Set<String> INDICATIVE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Sectors of those who may attack with force. */
  private static final Set<String> ARMED =
      Set.of("MIL", "REB", "INS", "COP", "SPY", "UAF", "SEP", "CRM", "IMG");

  /** Sectors of people and bodies who attack in words: government, parties, parliament, press. */
  private static final Set<String> POLITICAL =
      Set.of("GOV", "OPP", "PTY", "LEG", "ELI", "JUD", "MED");

  /**
   * A country's bodies that command no force: its courts, parliament, opposition, parties and press
   * ("the country's chief justice clashed with ministers"); a government ("Israel's government
   * attacked") may.
   */
  private static final Set<String> UNARMED_BODIES = Set.of("JUD", "LEG", "OPP", "PTY", "MED");

  /**
   * Verbs of saying that the PETRARCH dictionary files under acts: WARN (threaten, 130),
   * ACKNOWLEDGE (015), CONCEDE (yield, 080), ASSURE (promise, 030), HINT (suggest, 02).
   */
  private static final Set<String> ACT_SPEECH_VERBS =
      Set.of("warn", "acknowledge", "concede", "assure", "hint");

  /** Subjects that make a reported clause the speaker's own course: "warned that we will act". */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they");

  /** Modals of a future act: "warned that it would retaliate". */
  private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "shall", "'ll");

  /** Marks of a condition that turns a forecast into a threat: "unless the government rethinks". */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "until");

  /** Whether verb {@code v} is used in a sense that is no event at all. */
  static boolean noEvent(Sentence s, Token v) {
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    if (EXPLOIT_VERBS.contains(lemma)) {
      // the preposition right after the verb: "seized the port on Monday" is a seizure
      return v.index() + 1 < s.tokens().size()
          && s.childrenOf(v.index()).stream()
              .anyMatch(
                  d ->
                      (d.relation().equals("obl:on") || d.relation().equals("obl:upon"))
                          && s.children(d.dependent(), "case").contains(v.index() + 1));
    }
    if (lemma.equals("meet")) {
      for (int o : s.children(v.index(), "obj")) {
        if (STANDARDS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    if (lemma.equals("ring")) {
      // "rang her the next morning": a telephone call, not the encircling ("ringed the
      // town") the PETRARCH dictionary files every form of "ring" under
      String word = v.word().toLowerCase(Locale.ROOT);
      return word.equals("rang") || word.equals("rung");
    }
    if (lemma.equals("insist")) {
      return claimOnly(s, v.index());
    }
    return false;
  }

  /**
   * "warned that prices would keep rising", "acknowledged that the figures were poor": a verb of
   * {@link #ACT_SPEECH_VERBS} whose only complement is a reported clause in the indicative (no
   * infinitive, no "of" or "against" phrase: "warned of reprisals"), with no modal of obligation,
   * no condition ("unless the plan is dropped") and no course of the speaker's own (a pronoun
   * subject with a future modal or a verb of wanting: "warned that it would retaliate", "warned
   * they want to ban them"), states what is or will be. A forecast, an admission of a fact or a
   * reassurance about one is not the act the dictionary codes.
   */
  static boolean statesFact(Sentence s, Token v) {
    if (!ACT_SPEECH_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : s.childrenOf(v.index())) {
      String r = d.relation();
      if (r.equals("obl:of") || r.equals("obl:against") || r.equals("obl:about")) {
        return false;
      }
    }
    if (!claimOnly(s, v.index())) {
      return false;
    }
    int c = s.children(v.index(), "ccomp").stream().findFirst().orElse(-1);
    if (c < 0) {
      return true; // the clause whose subject the verb is: no course of the speaker's
    }
    for (int i : s.subtree(c)) {
      // "dockers would stop work unless wages rose", wherever the parser attaches the
      // condition
      if (CONDITIONS.contains(s.token(i).word().toLowerCase(Locale.ROOT))
          && s.headOf(i).map(h -> h.baseRelation().equals("mark")).orElse(false)) {
        return false;
      }
    }
    boolean pronoun = false;
    boolean future = false;
    boolean have = false;
    boolean to = false;
    for (Dependency d : s.childrenOf(c)) {
      String r = d.relation();
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      // "would have to be paid": a necessity, as the parser reads it (aux "have", mark "to")
      have |= r.equals("aux") && s.token(d.dependent()).lemma().equalsIgnoreCase("have");
      to |= r.equals("mark") && w.equals("to");
      if (have && to) {
        return false;
      }
      if (r.equals("nsubj") && PERSONAL_PRONOUNS.contains(w)) {
        pronoun = true;
      }
      if (r.equals("aux") && FUTURE_MODALS.contains(w)) {
        future = true;
      }
      if (r.equals("xcomp")) {
        // "wants to ban them": a course of action; "has to be paid" read as the verb "have"
        // with an infinitive: a necessity, a demand
        future = true;
        String lemma = s.token(c).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("have")) {
          return false;
        }
      }
    }
    return !(pronoun && future) || s.children(c, "cop").size() > 0;
  }

  /**
   * "insisted his plans were sound": the verb's clausal complement (or, as the parser often has it,
   * the predicate the verb is the clausal subject of) states a fact, in the indicative with no
   * modal of obligation, and the verb has no "on" phrase or infinitive.
   */
  private static boolean claimOnly(Sentence s, int v) {
    for (Dependency d : s.childrenOf(v)) {
      if (d.relation().equals("obl:on") || d.relation().equals("obl:upon")) {
        return false;
      }
      if (d.baseRelation().equals("xcomp")) {
        return false;
      }
    }
    Optional<Integer> clause = s.children(v, "ccomp").stream().findFirst();
    if (clause.isEmpty()) {
      clause =
          s.headOf(v)
              .filter(h -> h.governor() >= 0 && h.baseRelation().equals("csubj"))
              .map(Dependency::governor);
    }
    if (clause.isEmpty()) {
      return false;
    }
    int c = clause.get();
    Token finite = s.token(c);
    for (Dependency d : s.childrenOf(c)) {
      String r = d.baseRelation();
      if (r.equals("aux") || r.equals("aux:pass") || r.equals("cop")) {
        Token t = s.token(d.dependent());
        if (DEMAND_MODALS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          return false;
        }
        if (t.index() < finite.index()) {
          finite = t;
        }
      }
    }
    // "insisted that he resign", "insisted the plans be dropped": the bare form is a subjunctive,
    // a demand; a tensed verb or "would" states what is so or will be
    return INDICATIVE.contains(finite.pos());
  }

  /**
   * An attack coded as force (CAMEO 19) by the verb or noun "attack" or "clash" ("the chief justice
   * clashed with ministers") that is one in words, recoded as criticism (111): its complement is a
   * clause and it has no object ("attacked the way the war was presented"), or the doers are people
   * or political bodies in politics (government, parties, parliament, courts, press; of a country's
   * own bodies only those that command no force) and those attacked are people, such bodies, a
   * country's government or no one named, none of them armed, and no instrument is named ("with a
   * knife").
   */
  static EventDraft inWords(ParsedArticle p, EventDraft d, CameoCode criticism) {
    if (!d.code().root().equals("19") || d.clauseVerb() < 0) {
      return d;
    }
    Sentence s = p.sentences().get(d.sentence());
    int head = s.tokenAt(d.trigger().end() - 1);
    if (head < 0 || !FIGHT_WORDS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return d;
    }
    boolean verb = s.token(head).isVerb();
    if (verb
        && s.children(head, "obj").isEmpty()
        && !s.children(head, "ccomp").isEmpty()
        && !d.sources().isEmpty()) {
      return d.withCode(criticism, ".in-words");
    }
    // "attacked him with a knife": an instrument; one clashes "with" the other side
    boolean instrument =
        s.token(head).lemma().equalsIgnoreCase("attack")
            && (!s.children(head, "obl:with").isEmpty()
                || !s.children(head, "nmod:with").isEmpty());
    if (d.sources().isEmpty() || instrument) {
      return d;
    }
    // one person clashing with another ("the MP, who has clashed with his party leaders over farm
    // subsidies") argues unless either side bears arms; an attack by a person of no known sector
    // may be a crime
    boolean clash = s.token(head).lemma().equalsIgnoreCase("clash");
    for (ActorTable.Draft a : d.sources()) {
      boolean speaker =
          (a.isPerson() || a.kind() == ActorKind.ORGANIZATION) && POLITICAL.contains(a.sector())
              || a.kind() == ActorKind.COUNTRY && UNARMED_BODIES.contains(a.sector())
              || clash && a.isPerson() && !ARMED.contains(a.sector());
      if (!speaker) {
        return d;
      }
    }
    for (ActorTable.Draft a : d.targets()) {
      boolean person = a.isPerson() || a.kind() == ActorKind.ORGANIZATION;
      if (person && ARMED.contains(a.sector())
          || !person && !(a.kind() == ActorKind.COUNTRY && POLITICAL.contains(a.sector()))) {
        return d;
      }
    }
    return d.withCode(criticism, ".in-words");
  }
}
