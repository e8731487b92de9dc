package io.herald.geo;

/**
 * A sense of a toponym: the place, whether the text named it by an adjective ("French"), and the
 * rule that chose it.
 */
record Candidate(GazetteerEntry entry, boolean adjectival, String rule) {}
