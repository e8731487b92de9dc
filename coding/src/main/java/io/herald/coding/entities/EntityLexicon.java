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
  private final Map<String, String> exactNames = new HashMap<>();
  private final Map<String, String> capitalNames = new HashMap<>();
  private final Map<String, Set<WordKind>> words = new HashMap<>();

  private EntityLexicon() {}

  /**
   * The bundled lexicon: every country's names, capitals and demonyms, the bundled international
   * organisations and groups, and the name words.
   *
   * @throws IllegalStateException when a bundled resource is missing or malformed
   */
  public static EntityLexicon load(Countries countries) {
    Builder b = builder();
    for (Country c : countries.all()) {
      c.names().forEach(n -> b.name(n, "COUNTRY"));
      c.capitals().forEach(n -> b.name(n, "CITY"));
      c.demonyms().forEach(n -> b.name(n, "NATIONALITY"));
    }
    TsvTable orgs = TsvTable.load(EntityLexicon.class, "/io/herald/coding/organizations.tsv");
    for (String[] row : orgs.rows()) {
      // National institutions ("White House", "Kremlin", "Pentagon") are as often places as
      // organisations; only international organisations and groups are taken as names.
      if (orgs.get(row, "kind").equals("NATIONAL")) {
        continue;
      }
      b.name(orgs.get(row, "name"), "ORGANIZATION");
      for (String alias : orgs.get(row, "aliases").split("\\|")) {
        b.name(alias, "ORGANIZATION");
      }
    }
    String resource = "/io/herald/coding/entities/name-words.tsv";
    TsvTable table = TsvTable.load(EntityLexicon.class, resource);
    for (String[] row : table.rows()) {
      String kind = table.get(row, "kind");
      try {
        b.word(
            table.get(row, "word"),
            WordKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            resource + ": bad row \"" + String.join("\t", row) + "\": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /** An empty builder, for lexicons of one's own (small fictional ones in tests). */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects names and words; {@link #build} hands over an immutable lexicon. */
  public static final class Builder {
    private EntityLexicon lexicon = new EntityLexicon();

    private Builder() {}

    /**
     * Adds a known name with the CoreNLP class it takes ({@code COUNTRY}, {@code CITY}, {@code
     * NATIONALITY}, {@code ORGANIZATION}...); the first class given for a name wins. Names shorter
     * than two characters are ignored.
     *
     * @throws IllegalArgumentException when {@code type} is not a class of named entities
     */
    public Builder name(String name, String type) {
      if (!EntityClass.of(type).named()) {
        throw new IllegalArgumentException("not a named-entity class: \"" + type + "\"");
      }
      String n = name.strip();
      if (n.length() >= 2) {
        lexicon().names.add(n, type, false);
        lexicon().exactNames.putIfAbsent(n, type);
        lexicon().capitalNames.putIfAbsent(n.toUpperCase(Locale.ROOT), type);
      }
      return this;
    }

    /**
     * Adds a name word of the given kind.
     *
     * @throws IllegalArgumentException when the word is blank
     */
    public Builder word(String word, WordKind kind) {
      if (word.isBlank()) {
        throw new IllegalArgumentException("name word is blank");
      }
      lexicon().words.computeIfAbsent(word.strip(), w -> EnumSet.noneOf(WordKind.class)).add(kind);
      return this;
    }

    /** The lexicon; the builder cannot be used afterwards. */
    public EntityLexicon build() {
      EntityLexicon out = lexicon();
      lexicon = null;
      return out;
    }

    private EntityLexicon lexicon() {
      if (lexicon == null) {
        throw new IllegalStateException("lexicon already built");
      }
      return lexicon;
    }
  }

  /** Known names found in a sentence (longest first, not overlapping), with their types. */
  List<PhraseMatcher.Match<String>> find(Sentence s, String text) {
    return names.find(s, text);
  }

  /** The type of a known name written exactly so (or in capitals), if it is one. */
  Optional<String> typeOf(String name) {
    String t = exactNames.get(name);
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
