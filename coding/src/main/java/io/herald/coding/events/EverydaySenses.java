package io.herald.coding.events;

import io.herald.model.codes.CameoCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Everyday senses of verbs the PETRARCH dictionary files under political acts, told apart by the
 * clause's shape; ordinary news uses them far more often than the dictionary's sense:
 *
 * <ul>
 *   <li>"farmers are struggling to meet their repayments", "families struggle to pay the bills": to
 *       struggle to do something is a difficulty, not a fight (CAMEO 19), and the words of the
 *       infinitive ("meet", "pay") are no pattern of "struggle";
 *   <li>"it still hurts": without an object or a passive subject, hurting wounds no one (CAMEO 18);
 *       "hurt two guards", "were hurt" stay;
 *   <li>"called the protesters thugs", "called the plan reckless": calling someone something is
 *       naming, not a telephone call (CAMEO 041) or an appeal;
 *   <li>"police tracked down the gunman", "hunted the suspects": a police search is no threat
 *       (CAMEO 130, which the dictionary gives "* &SUSPECT" for seeking a suspect's handover) and
 *       no arrest until one is told;
 *   <li>"the region was affected by the storm", "rising prices affect trade": affecting or
 *       impacting something is no diplomatic cooperation (CAMEO 050), which the dictionary's
 *       INFLUENCE block codes them as;
 *   <li>"a senator who hails from Kansas": to hail from a place is to come from it, not praise
 *       (CAMEO 051);
 *   <li>"an airliner equipped with new sensors": a participle describing what something carries is
 *       no act of arming anyone (CAMEO 062);
 *   <li>"he would contest Springfield for the Greens", "contest the seat": contesting a seat or an
 *       election is standing in it, not disapproval (CAMEO 110); "contested the result" stays;
 *   <li>"withdrew $2bn in assets from the country", "withdrew its deposits": taking money out is no
 *       retreat (CAMEO 087); "withdrew its troops" stays;
 *   <li>"argued for a unity government", "argued that the tax was unfair": arguing for something or
 *       that something is so is advocacy or a claim; "argued with the minister" stays a dispute.
 * </ul>
 */
final class EverydaySenses {
  private EverydaySenses() {}

  /** Verbs that harm someone only when someone is named harmed. */
  private static final Set<String> HARM_VERBS = Set.of("hurt");

  /** Verbs of effect the dictionary's INFLUENCE block codes as cooperation. */
  private static final Set<String> EFFECT_VERBS = Set.of("affect", "impact");

  /** Verbs of searching whose dictionary block codes threats for some objects. */
  private static final Set<String> SEARCH_VERBS = Set.of("track", "hunt", "chase", "search");

  /** What one contests by standing in it. */
  private static final Set<String> ELECTORAL =
      Set.of(
          "seat",
          "election",
          "by-election",
          "constituency",
          "ward",
          "primary",
          "primaries",
          "race",
          "poll",
          "leadership",
          "nomination",
          "presidency",
          "mayoralty");

  /** Tags of places the tagger gives a constituency's name. */
  private static final Set<String> PLACE_TAGS =
      Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");

  /** What one withdraws from a bank or market, not from a front. */
  private static final Set<String> FUNDS =
      Set.of(
          "asset",
          "fund",
          "money",
          "deposit",
          "cash",
          "investment",
          "saving",
          "savings",
          "capital",
          "reserve",
          "share",
          "stake",
          "dollar",
          "euro",
          "pound");

  /** CAMEO's root of threats. */
  private static final String THREATS = "13";

  /**
   * Whether a dictionary match coding verb {@code v} as {@code code} is a search coded as a threat:
   * "tracked down the suspect".
   */
  static boolean manhunt(Token v, CameoCode code) {
    return SEARCH_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)) && code.root().equals(THREATS);
  }

  /** Whether verb {@code v} is used in an everyday sense that is no political act. */
  static boolean everyday(Sentence s, Token v) {
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    if (EFFECT_VERBS.contains(lemma)) {
      return true;
    }
    if (lemma.equals("struggle")) {
      return s.childrenOf(v.index()).stream().anyMatch(d -> d.baseRelation().equals("xcomp"));
    }
    if (HARM_VERBS.contains(lemma)) {
      for (Dependency d : s.childrenOf(v.index())) {
        String r = d.relation();
        if (r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass")) {
          return false;
        }
      }
      // "people hurt in the blast": a participle of the harmed stays an act
      return !v.pos().equals("VBN");
    }
    if (lemma.equals("call")) {
      return naming(s, v.index());
    }
    if (lemma.equals("equip") && v.pos().equals("VBN")) {
      return s.headOf(v.index()).map(h -> h.baseRelation().equals("acl")).orElse(false);
    }
    if (lemma.equals("contest")) {
      for (int o : s.children(v.index(), "obj")) {
        Token t = s.token(o);
        if (ELECTORAL.contains(t.lemma().toLowerCase(Locale.ROOT))
            || PLACE_TAGS.contains(t.ner())) {
          return true;
        }
      }
      return false;
    }
    if (lemma.equals("withdraw")) {
      for (int o : s.children(v.index(), "obj")) {
        if (funds(s, o)) {
          return true;
        }
        for (int in : s.children(o, "nmod:in")) {
          if (funds(s, in)) {
            return true; // "$2bn in assets"
          }
        }
      }
      return false;
    }
    if (lemma.equals("argue")) {
      return !s.children(v.index(), "obl:for").isEmpty()
          || !s.children(v.index(), "ccomp").isEmpty();
    }
    if (lemma.equals("hail")) {
      return s.childrenOf(v.index()).stream().anyMatch(d -> d.relation().equals("obl:from"));
    }
    return false;
  }

  /** Whether token {@code i} names money: a sum ("$2bn") or funds ("assets", "deposits"). */
  private static boolean funds(Sentence s, int i) {
    Token t = s.token(i);
    return t.ner().equals("MONEY") || FUNDS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "called them terrorists", "called the move reckless", "whom he called traitors": the verb has
   * two objects or a secondary predicate that is a noun or adjective (an infinitive, "called on
   * them to leave", is an appeal).
   */
  private static boolean naming(Sentence s, int v) {
    // "Somalis, whom he had called pirates": the relative pronoun and the name, two objects
    long objects =
        s.childrenOf(v).stream()
            .filter(d -> d.relation().equals("obj") || d.relation().equals("iobj"))
            .count();
    if (objects >= 2) {
      return true;
    }
    for (Dependency d : s.childrenOf(v)) {
      if (d.baseRelation().equals("xcomp")) {
        String pos = s.token(d.dependent()).pos();
        if (pos.startsWith("NN") || pos.startsWith("JJ")) {
          return true;
        }
      }
    }
    return false;
  }
}
