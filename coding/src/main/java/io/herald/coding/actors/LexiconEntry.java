package io.herald.coding.actors;

/**
 * What a dictionary phrase names.
 *
 * @param type how the phrase refers: a country name, a demonym, a capital, a seat of government, an
 *     organisation
 * @param country ISO alpha-3, empty for international organisations
 * @param sector sector letters, empty for a bare country
 * @param code full actor code for organisations, empty otherwise
 * @param name canonical name
 */
public record LexiconEntry(Type type, String country, String sector, String code, String name) {
  /** How a phrase names an actor. */
  public enum Type {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    SEAT,
    ORGANIZATION,
    /** A PETRARCH actor dictionary entry; its code may depend on the date. */
    DICTIONARY
  }
}
