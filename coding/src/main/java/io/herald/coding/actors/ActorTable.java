package io.herald.coding.actors;

import io.herald.model.Actor;
import io.herald.model.ActorCode;
import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The actors of one article while it is being coded, and which tokens refer to which of them.
 * Created per article, filled by the actor resolver and by quote attribution (first-person words
 * inside a quote refer to its speaker), then frozen into {@link Actor} records.
 */
public final class ActorTable {
  /** An actor under construction. */
  public static final class Draft {
    final String id;
    String name;
    final ActorKind kind;
    String country;
    String sector;
    String role;
    String code;
    boolean headOfGovernment;
    Evidence evidence;
    final TreeSet<Span> mentions = new TreeSet<>();

    Draft(String id, String name, ActorKind kind, String country, String sector, Evidence ev) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.country = country;
      this.sector = sector;
      this.role = "";
      this.code = "";
      this.evidence = ev;
    }

    public String id() {
      return id;
    }

    public String name() {
      return name;
    }

    public ActorKind kind() {
      return kind;
    }

    public String country() {
      return country;
    }

    public String sector() {
      return sector;
    }

    public boolean isPerson() {
      return kind == ActorKind.PERSON;
    }

    /** The CAMEO-style code: an organisation's own code, else country and sector. */
    public ActorCode code() {
      if (!code.isEmpty()) {
        return new ActorCode(code);
      }
      if (country.isEmpty()) {
        return ActorCode.UNKNOWN;
      }
      return new ActorCode(country + sector);
    }
  }

  private final Map<String, Draft> byKey = new LinkedHashMap<>();
  private final List<Draft> drafts = new ArrayList<>();
  private final Map<Long, List<Draft>> byToken = new HashMap<>();

  private static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }

  /** The actor registered under {@code key}, creating it with the given facts if new. */
  Draft intern(
      String key, String name, ActorKind kind, String country, String sector, Evidence ev) {
    Draft d = byKey.get(key);
    if (d == null) {
      d = new Draft("a" + (drafts.size() + 1), name, kind, country, sector, ev);
      byKey.put(key, d);
      drafts.add(d);
    }
    return d;
  }

  Optional<Draft> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Records that tokens {@code first..last} of a sentence refer to {@code actor}. */
  public void mark(int sentence, int first, int last, Span span, Draft actor) {
    for (int t = first; t <= last; t++) {
      List<Draft> list = byToken.computeIfAbsent(key(sentence, t), k -> new ArrayList<>());
      if (!list.contains(actor)) {
        list.add(actor);
      }
    }
    actor.mentions.add(span);
  }

  /**
   * Makes token {@code token} refer to {@code actors} only, dropping what it referred to before:
   * the head of a noun phrase whose actor was composed from its words.
   */
  void replace(int sentence, int token, Span span, List<Draft> actors) {
    byToken.put(key(sentence, token), new ArrayList<>(actors));
    for (Draft a : actors) {
      a.mentions.add(span);
    }
  }

  /**
   * Makes token {@code token} refer to {@code actors} only, without adding a mention: an event
   * coder reading the token's noun phrase by other rules than the actor coder's.
   */
  public void refer(int sentence, int token, List<Draft> actors) {
    byToken.put(key(sentence, token), new ArrayList<>(actors));
  }

  /** Records that one token refers to several actors together ("the two leaders"). */
  void markGroup(int sentence, int token, Span span, List<Draft> actors) {
    for (Draft a : actors) {
      mark(sentence, token, token, span, a);
    }
  }

  /** The actors token {@code token} of sentence {@code sentence} refers to; empty when none. */
  public List<Draft> at(int sentence, int token) {
    return byToken.getOrDefault(key(sentence, token), List.of());
  }

  public boolean isMarked(int sentence, int token) {
    return byToken.containsKey(key(sentence, token));
  }

  public List<Draft> drafts() {
    return drafts;
  }

  /** Freezes the table. */
  public List<Actor> build() {
    List<Actor> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(
          new Actor(
              d.id,
              d.name,
              d.kind,
              d.code(),
              d.country,
              d.sector,
              d.role,
              List.copyOf(d.mentions),
              d.evidence));
    }
    return out;
  }
}
