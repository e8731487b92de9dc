package io.herald.coding.actors;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What one noun phrase composes to: the actor codes named in it, the agents added to each, the
 * phrase's span, whether its head is an agent, and the rule to record ("" for the default).
 */
record Composition(
    List<String> actors,
    List<PetrarchAgentDictionary.Agent> agents,
    Span span,
    boolean headIsAgent,
    String rule) {
  Composition(
      List<String> actors,
      List<PetrarchAgentDictionary.Agent> agents,
      Span span,
      boolean headIsAgent) {
    this(actors, agents, span, headIsAgent, "");
  }

  /** The codes of the phrase: each actor with every agent added. */
  List<String> codes() {
    List<String> out = new ArrayList<>();
    for (String a : actors) {
      String code = a;
      for (PetrarchAgentDictionary.Agent g : agents) {
        code = AgentComposer.mix(code, g);
      }
      if (!out.contains(code)) {
        out.add(code);
      }
    }
    return out;
  }
}
