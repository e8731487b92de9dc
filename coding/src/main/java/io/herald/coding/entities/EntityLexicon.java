package io.herald.coding.entities;

import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import io.herald.model.codes.TsvTable;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the entity refiner knows before reading an article: country names, capitals and demonyms
 * (from {@link Countries}), organisation names and aliases ({@code organizations.tsv}), and the
 * words that tell what kind of name they belong to ({@code entities/name-words.tsv}: company
 * designators, place-name heads...). Immutable once built; share one per process.
 */
public final class EntityLexicon {
  /** What a word says about the name it is part of. See {@code name-words.tsv}. */
  public enum WordKind {
    /** Ends or follows an organisation name: "Inc", "Corp", "Airlines". */
    DESIGNATOR,
    /** Begins an organisation name built on a place name: "Air" (France), "Dynamo" (Moscow). */
    ORG_PREFIX,
    /** Capitalised head of a place name: "Street", "Square", "Sea". */
    TOPONYM,
    /** Too common to stand alone for the organisation it begins: "National", "First". */
    GENERIC,
    /** Ends an adjective derived from a name, after a hyphen: "based", "born". */
    SUFFIX,
    /** Lower-case word that may begin a personal name: "de" (Silva), "van" (Gaal). */
    PARTICLE,
    /** Lower-case word joining the parts of a place or organisation name: "of", "de". */
    CONNECTOR
  }

  private final PhraseMatcher<String> names = new PhraseMatcher<>();
  private final Map<String, String> singleNames = new HashMap<>();
  private final Map<String, String> capitalNames = new HashMap<>();
  private final Map<String, Set<WordKind>> words = new HashMap<>();

  private EntityLexicon() {}

  /**
   * The bundled lexicon: every country's names, capitals and demonyms, the bundled organisations
   * and name words.
   *
   * @throws IllegalStateException when a bundled resource is missing
   */
  public static EntityLexicon load(Countries countries) {
    EntityLexicon lex = new EntityLexicon();
    for (Country c : countries.all()) {
      c.names().forEach(n -> lex.addName(n, "COUNTRY"));
      c.capitals().forEach(n -> lex.addName(n, "CITY"));
      c.demonyms().forEach(n -> lex.addName(n, "NATIONALITY"));
    }
    TsvTable orgs = TsvTable.load(EntityLexicon.class, "/io/herald/coding/organizations.tsv");
    for (String[] row : orgs.rows()) {
      // National institutions ("White House", "Kremlin", "Pentagon") are as often places as
      // organisations; only international organisations and groups are taken as names.
      if (orgs.get(row, "kind").equals("NATIONAL")) {
        continue;
      }
      lex.addName(orgs.get(row, "name"), "ORGANIZATION");
      for (String alias : orgs.get(row, "aliases").split("\\|")) {
        lex.addName(alias, "ORGANIZATION");
      }
    }
    TsvTable table =
        TsvTable.load(EntityLexicon.class, "/io/herald/coding/entities/name-words.tsv");
    for (String[] row : table.rows()) {
      String kind = table.get(row, "kind");
      lex.addWord(
          table.get(row, "word"),
          WordKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    return lex;
  }

  /** An empty lexicon to fill with {@link #withName} and {@link #withWord}, for tests. */
  public static EntityLexicon empty() {
    return new EntityLexicon();
  }

  /**
   * Adds a known name with the CoreNLP type it takes ({@code COUNTRY}, {@code CITY}, {@code
   * NATIONALITY}, {@code ORGANIZATION}...). Returns this lexicon.
   */
  public EntityLexicon withName(String name, String type) {
    addName(name, type);
    return this;
  }

  /** Adds a name word of the given kind. Returns this lexicon. */
  public EntityLexicon withWord(String word, WordKind kind) {
    addWord(word, kind);
    return this;
  }

  private void addName(String name, String type) {
    String n = name.strip();
    if (n.length() < 2) {
      return;
    }
    names.add(n, type, false);
    singleNames.putIfAbsent(n, type);
    capitalNames.putIfAbsent(n.toUpperCase(Locale.ROOT), type);
  }

  private void addWord(String word, WordKind kind) {
    if (word.isBlank()) {
      throw new IllegalArgumentException("name word is blank");
    }
    words.computeIfAbsent(word.strip(), w -> EnumSet.noneOf(WordKind.class)).add(kind);
  }

  /** Known names found in a sentence (longest first, not overlapping), with their types. */
  List<PhraseMatcher.Match<String>> find(Sentence s, String text) {
    return names.find(s, text);
  }

  /** The type of a known name written exactly so (or in capitals), if it is one. */
  Optional<String> typeOf(String name) {
    String t = singleNames.get(name);
    if (t == null && Words.allCaps(name)) {
      t = capitalNames.get(name);
    }
    return Optional.ofNullable(t);
  }

  /** Whether {@code word} (as written, or its capitalised form if in capitals) is of kind. */
  boolean is(String word, WordKind kind) {
    Set<WordKind> k = words.get(word);
    if (k == null && Words.allCaps(word) && word.length() > 1) {
      k = words.get(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return k != null && k.contains(kind);
  }
}
