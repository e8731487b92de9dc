package io.herald.coding.events;

import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.TsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verb and noun patterns that signal events, read from {@code verbs.tsv} and {@code
 * event-nouns.tsv}. Every code is checked against the CAMEO codebook when loading, so an invalid
 * code can never be emitted.
 */
public final class EventLexicon {
  /**
   * A verb pattern: the target is the direct object ({@code prep} "-") or an oblique. {@code lemma}
   * may carry a particle ("beat up", "step down"). {@code object} "-" matches any clause; else the
   * pattern applies only when the direct object (or a compound modifier of it) has that lemma
   * ("expel" + "diplomat", "lift" + "curfew"). {@code plover} names a PLOVER type that replaces the
   * one the CAMEO to PLOVER table gives the code, where the PLOVER codebook places the act
   * elsewhere ("RETREAT also covers resignations of government officials"); "-" for none.
   */
  public record VerbPattern(
      String lemma,
      String prep,
      CameoCode code,
      boolean reciprocal,
      String object,
      Optional<String> plover) {
    /** A pattern for any object, with the table's PLOVER type. */
    public VerbPattern(String lemma, String prep, CameoCode code, boolean reciprocal) {
      this(lemma, prep, code, reciprocal, "-", Optional.empty());
    }

    /** Whether the pattern constrains the object. */
    boolean constrained() {
      return !object.equals("-");
    }
  }

  /**
   * A noun pattern: {@code modifier} "-" matches any; {@code plover} as for {@link VerbPattern}.
   */
  public record NounPattern(
      String noun, String modifier, CameoCode code, boolean reciprocal, Optional<String> plover) {
    /** A pattern with the table's PLOVER type. */
    public NounPattern(String noun, String modifier, CameoCode code, boolean reciprocal) {
      this(noun, modifier, code, reciprocal, Optional.empty());
    }
  }

  private final Map<String, List<VerbPattern>> verbs = new HashMap<>();
  private final Map<String, List<NounPattern>> nouns = new HashMap<>();
  private final Map<String, String> placements = new HashMap<>();
  private Optional<PetrarchVerbDictionary> petrarch = Optional.empty();
  private boolean statedIntents;
  private boolean exactNounForms;
  private CommaLimits commas = CommaLimits.OFF;

  private EventLexicon() {}

  /** Loads the bundled patterns, validating every code against {@code codebook}. */
  public static EventLexicon load(CameoCodebook codebook) {
    EventLexicon lex = new EventLexicon();
    TsvTable v = TsvTable.load(EventLexicon.class, "/io/herald/coding/verbs.tsv");
    Set<String> ploverTypes = new HashSet<>();
    codebook.all().forEach(c -> ploverTypes.add(codebook.ploverOf(c).type()));
    for (String[] row : v.rows()) {
      String plover = orAny(v.get(row, "plover"));
      if (!plover.equals("-") && !ploverTypes.contains(plover)) {
        throw new IllegalStateException(
            "verbs.tsv: \"" + plover + "\" (verb " + v.get(row, "lemma") + ") is no PLOVER type");
      }
      lex.addVerb(
          new VerbPattern(
              v.get(row, "lemma"),
              v.get(row, "prep"),
              codebook.require(v.get(row, "code")),
              v.get(row, "reciprocal").equals("1"),
              orAny(v.get(row, "object")),
              plover.equals("-") ? Optional.empty() : Optional.of(plover)));
    }
    TsvTable n = TsvTable.load(EventLexicon.class, "/io/herald/coding/event-nouns.tsv");
    for (String[] row : n.rows()) {
      String plover = orAny(n.get(row, "plover"));
      if (!plover.equals("-") && !ploverTypes.contains(plover)) {
        throw new IllegalStateException(
            "event-nouns.tsv: \""
                + plover
                + "\" (noun "
                + n.get(row, "noun")
                + ") is no PLOVER type");
      }
      lex.addNoun(
          new NounPattern(
              n.get(row, "noun"),
              n.get(row, "modifier"),
              codebook.require(n.get(row, "code")),
              n.get(row, "reciprocal").equals("1"),
              plover.equals("-") ? Optional.empty() : Optional.of(plover)));
    }
    TsvTable pl = TsvTable.load(EventLexicon.class, "/io/herald/coding/plover-placements.tsv");
    for (String[] row : pl.rows()) {
      String type = pl.get(row, "plover");
      if (!ploverTypes.contains(type)) {
        throw new IllegalStateException(
            "plover-placements.tsv: \""
                + type
                + "\" (CAMEO "
                + pl.get(row, "cameo")
                + ") is no PLOVER type");
      }
      lex.placements.put(codebook.require(pl.get(row, "cameo")).code(), type);
    }
    lex.petrarch = Optional.of(PetrarchVerbDictionary.bundled(codebook));
    lex.statedIntents = true;
    return lex;
  }

  /** An empty optional column means "-". */
  private static String orAny(String cell) {
    return cell.isEmpty() ? "-" : cell;
  }

  /** This lexicon with a PETRARCH verb dictionary consulted for verbs it does not know. */
  public EventLexicon withPetrarch(PetrarchVerbDictionary dictionary) {
    EventLexicon copy = copy();
    copy.petrarch = Optional.of(dictionary);
    return copy;
  }

  private EventLexicon copy() {
    EventLexicon copy = new EventLexicon();
    copy.verbs.putAll(verbs);
    copy.nouns.putAll(nouns);
    copy.placements.putAll(placements);
    copy.petrarch = petrarch;
    copy.statedIntents = statedIntents;
    copy.exactNounForms = exactNounForms;
    copy.commas = commas;
    return copy;
  }

  /**
   * This lexicon deleting comma-delimited clauses within {@code limits} before coding, as PETRARCH
   * does ({@link CommaClauses}); {@link CommaLimits#OFF} deletes none.
   */
  public EventLexicon withCommaLimits(CommaLimits limits) {
    EventLexicon copy = copy();
    copy.commas = limits;
    return copy;
  }

  /**
   * Builds a lexicon from given patterns, for tests with small fixtures and for PETRARCH
   * dictionaries used alone: such a lexicon codes each verb as its pattern says, without recoding
   * stated intentions, and a noun in a PETRARCH pattern matches only its own form ("* EFFORT" not
   * "efforts"), as PETRARCH matches the text's words (PETRARCH's own behaviour). The bundled
   * lexicon matches a pattern's nouns by lemma as well, which codes more of real news. Other
   * PETRARCH readings that would cost real news apply with such a lexicon only: a phrase is coded
   * by the first actor it names ({@link FirstNamedActors}), a dating clause is coded when the verb
   * it dates is not ({@link TimeAnchors#datedIsCoded}), and an event without an actor target needs
   * a phrase in the target slot ({@link TargetSlots}).
   */
  public static EventLexicon of(List<VerbPattern> verbs, List<NounPattern> nouns) {
    EventLexicon lex = new EventLexicon();
    lex.exactNounForms = true;
    lex.commas = CommaLimits.PETRARCH;
    verbs.forEach(lex::addVerb);
    nouns.forEach(lex::addNoun);
    return lex;
  }

  private void addVerb(VerbPattern p) {
    verbs.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
  }

  private void addNoun(NounPattern p) {
    nouns.computeIfAbsent(p.noun(), k -> new ArrayList<>()).add(p);
  }

  List<VerbPattern> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /**
   * Whether acts announced for the future are coded as statements of intent (CAMEO 03, 13, 12), as
   * the bundled lexicon does.
   */
  boolean statedIntents() {
    return statedIntents;
  }

  /** The comma-delimited clauses deleted before coding ({@link CommaLimits#OFF} for none). */
  CommaLimits commaLimits() {
    return commas;
  }

  /** Whether a noun matches a PETRARCH pattern word only in its own form (see {@link #of}). */
  boolean exactNounForms() {
    return exactNounForms;
  }

  Optional<PetrarchVerbDictionary> petrarch() {
    return petrarch;
  }

  /**
   * The PLOVER type the PLOVER codebook gives events of this CAMEO code where it differs from the
   * conversion table ({@code plover-placements.tsv}); empty for the table's own.
   */
  Optional<String> placement(CameoCode code) {
    return Optional.ofNullable(placements.get(code.code()));
  }

  List<NounPattern> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }
}
