package io.herald.geo;

import io.herald.model.Span;
import java.util.Optional;

/**
 * A toponym found in the text.
 *
 * @param sentence index of its sentence, -1 for the dateline
 * @param known its sense when recognition already fixed it (curated features, demonyms, cues)
 * @param rule how it was recognised, for names resolved later
 */
record Toponym(int sentence, Span span, String text, Optional<Candidate> known, String rule) {

  /** The gazetteer key of its name: one sense per key per article. */
  String key() {
    return Gazetteer.key(text);
  }
}
