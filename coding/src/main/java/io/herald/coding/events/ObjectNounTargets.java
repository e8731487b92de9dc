package io.herald.coding.events;

import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "The army lifted a blockade on Palestinian lorries", "ended its embargo against Cuba": when a
 * verb is coded for its object noun ("lift" + "blockade" is easing a blockade) and the noun is an
 * event noun of its own, the noun's target (whom the blockade was on) is the verb's, and the noun
 * is no second event: lifting a blockade is not imposing one.
 */
final class ObjectNounTargets {
  private ObjectNounTargets() {}

  private static final String VERB_RULE = "event.verb.";
  private static final String NOUN_RULE = "event.noun.";

  /** The drafts with object-noun targets moved to the verbs coded for those objects. */
  static List<EventDraft> apply(ParsedArticle p, List<EventDraft> drafts) {
    List<EventDraft> out = new ArrayList<>(drafts);
    for (int i = 0; i < out.size(); i++) {
      EventDraft d = out.get(i);
      Optional<String> object = objectOf(d);
      if (object.isEmpty() || !d.targets().isEmpty()) {
        continue;
      }
      Sentence s = p.sentences().get(d.sentence());
      for (EventDraft n : out) {
        if (n.sentence() != d.sentence()
            || !n.rule().startsWith(NOUN_RULE)
            || n.targets().isEmpty()
            || !n.sources().isEmpty()) {
          continue;
        }
        int trigger = s.tokenAt(n.trigger().end() - 1);
        if (trigger < 0
            || !s.token(trigger).lemma().toLowerCase(Locale.ROOT).equals(object.get())) {
          continue;
        }
        out.set(
            i,
            d.withTargets(
                n.targets().stream().filter(t -> !d.sources().contains(t)).toList(),
                ".noun-target"));
        out.remove(n);
        i = -1;
        break;
      }
    }
    return out;
  }

  /** The object noun of a verb pattern constrained to one ("event.verb.lift+blockade"). */
  private static Optional<String> objectOf(EventDraft d) {
    if (!d.rule().startsWith(VERB_RULE)) {
      return Optional.empty();
    }
    String[] parts = d.rule().substring(VERB_RULE.length()).split("\\.")[0].split("\\+");
    return parts.length >= 2 ? Optional.of(parts[parts.length - 1]) : Optional.empty();
  }
}
