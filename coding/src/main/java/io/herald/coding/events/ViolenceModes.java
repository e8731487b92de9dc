package io.herald.coding.events;

import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.objects;

import io.herald.model.codes.CameoCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mode of a violent act, where it makes the act an assault (CAMEO 18, PLOVER ASSAULT) rather
 * than the use of conventional military force (CAMEO 19, PLOVER FIGHT). Among PLOVER's ASSAULT
 * modes are the targeted killing of a person, whatever the weapon, and primitive weapons (fire,
 * blades, stones, farm tools):
 *
 * <ul>
 *   <li>"gunmen killed the deputy governor": a killing whose victim is one office holder, named by
 *       a singular title, is an assassination (186). "Strikes killed eight commanders" is warfare.
 *   <li>"a village was attacked by men armed with machetes", "they attacked the bus with stones":
 *       force used with edged weapons, rocks or farm tools is unconventional violence (180).
 * </ul>
 */
final class ViolenceModes {
  private ViolenceModes() {}

  /** Verbs of killing whose object is the victim. */
  private static final Set<String> KILLING = Set.of("kill", "murder", "assassinate", "slay");

  /**
   * Singular nouns naming one holder of an office: the victim of a targeted killing. Ranks of
   * soldiers ("a soldier", "a sergeant") are not offices.
   */
  private static final Set<String> OFFICES =
      Set.of(
          "chief",
          "leader",
          "head",
          "minister",
          "governor",
          "mayor",
          "president",
          "premier",
          "judge",
          "prosecutor",
          "commander",
          "official",
          "lawmaker",
          "legislator",
          "senator",
          "deputy",
          "chairman",
          "mp",
          "ambassador",
          "envoy");

  /** Edged weapons, rocks and farm implements (PLOVER's "primitive weapons"). */
  private static final Set<String> PRIMITIVE_WEAPONS =
      Set.of(
          "machete", "knife", "axe", "ax", "hatchet", "spear", "sword", "club", "cudgel", "stick",
          "stone", "rock", "hoe", "sickle", "arrow", "bow", "panga", "bayonet", "dagger");

  /**
   * The draft recoded as an assassination ({@code assassinate}, 186) or an assault with primitive
   * weapons ({@code unconventional}, 180) when its verb says so; else the draft itself. Only acts
   * of force (CAMEO 18 to 20) are recoded, and never a more specific assault code already found.
   */
  static EventDraft refine(
      Sentence s, EventDraft d, CameoCode assassinate, CameoCode unconventional) {
    String root = d.code().root();
    if (d.clauseVerb() < 0 || !(root.equals("19") || root.equals("18") || root.equals("20"))) {
      return d;
    }
    Token v = s.token(d.clauseVerb());
    if (!d.code().code().equals("186")
        && KILLING.contains(lower(v.lemma()))
        && officeHolderVictim(s, v.index())) {
      return recode(d, assassinate, ".assassination");
    }
    if (root.equals("19") && primitiveWeapon(s, v.index())) {
      return recode(d, unconventional, ".primitive_weapon");
    }
    return d;
  }

  /** Whether the verb's object is one office holder: "the deputy chief", "Governor Smith". */
  private static boolean officeHolderVictim(Sentence s, int v) {
    for (int o : objects(s, v)) {
      Token t = s.token(o);
      if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
        continue;
      }
      if (OFFICES.contains(lower(t.lemma()))) {
        return true;
      }
      // "killed Governor Smith": the title is a compound of the name
      if (t.pos().equals("NNP")) {
        for (int c : s.children(o, "compound")) {
          if (OFFICES.contains(lower(s.token(c).lemma()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the act is done with a primitive weapon: a "with" phrase of the verb ("attacked the bus
   * with stones") or of a participle describing the doer ("men armed with machetes").
   */
  private static boolean primitiveWeapon(Sentence s, int v) {
    List<Integer> instruments = new ArrayList<>(s.children(v, "obl:with"));
    List<Integer> doers = new ArrayList<>();
    for (Dependency d : s.childrenOf(v)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by")) {
        doers.add(d.dependent());
      }
    }
    for (int doer : doers) {
      for (Dependency d : s.childrenOf(doer)) {
        if (d.baseRelation().equals("acl") || d.baseRelation().equals("amod")) {
          instruments.addAll(s.children(d.dependent(), "obl:with"));
        }
      }
    }
    for (int i : instruments) {
      if (PRIMITIVE_WEAPONS.contains(lower(s.token(i).lemma()))) {
        return true;
      }
    }
    return false;
  }

  private static EventDraft recode(EventDraft d, CameoCode code, String ruleSuffix) {
    return new EventDraft(
        code,
        d.reverse(),
        d.sources(),
        d.targets(),
        d.reciprocal(),
        d.sentence(),
        d.clauseVerb(),
        d.trigger(),
        d.negated(),
        d.modality(),
        d.rule() + ruleSuffix,
        Optional.empty());
  }
}
