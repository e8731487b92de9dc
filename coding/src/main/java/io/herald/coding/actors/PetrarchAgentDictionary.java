package io.herald.coding.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI agent dictionary: nouns that give an actor its sector when a country modifies
 * them ({@code GOVERNMENT [~GOV]}, {@code ARMED_FORCES {} [~MIL]}), with macros {@code !PERSON! =
 * MAN, MEN} expanded inside phrases. Without braces a regular plural is added ({@code -IES} after a
 * final Y, {@code -ES} after S, X or CH, else {@code -S}); {@code {A B}} lists the plurals; {@code
 * {}} means none; a phrase made by a macro gets no plural of its own. A code written {@code ~GOV}
 * is appended to the actor's code, one written {@code NGO~} is put before it.
 */
public final class PetrarchAgentDictionary {
  private static final Pattern ENTRY =
      Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*(~?)([A-Za-z]*)(~?)\\s*\\]");

  /**
   * An agent code.
   *
   * @param letters the code's letters in capitals, e.g. {@code GOV}, {@code GOVFRM}
   * @param prefix whether the letters go before the actor's code ({@code NGO~}) instead of after
   */
  public record Agent(String letters, boolean prefix) {}

  private final Map<String, Agent> agents;

  private PetrarchAgentDictionary(Map<String, Agent> agents) {
    this.agents = Map.copyOf(agents);
  }

  /** Lower-case agent phrase (words joined by single spaces) → its agent code. */
  public Map<String, Agent> agents() {
    return agents;
  }

  /** Lower-case agent phrase → sector letters appended to the country code. */
  public Map<String, String> sectors() {
    Map<String, String> out = new LinkedHashMap<>();
    agents.forEach((k, v) -> out.put(k, v.letters()));
    return out;
  }

  public static PetrarchAgentDictionary read(Reader reader, String origin) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, List<String>> macros = new LinkedHashMap<>();
    Map<String, Agent> out = new LinkedHashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      text = text.replaceAll("<!--.*?-->", "").strip();
      if (text.isEmpty() || text.startsWith("<")) {
        continue;
      }
      if (text.startsWith("!") && text.contains("=")) {
        String name = text.substring(0, text.indexOf('=')).strip();
        List<String> values = new ArrayList<>();
        for (String v : text.substring(text.indexOf('=') + 1).split(",")) {
          values.add(v.strip());
        }
        macros.put(name, values);
        continue;
      }
      Matcher m = ENTRY.matcher(text);
      if (!m.find()) {
        continue;
      }
      String letters = m.group(4).toUpperCase(Locale.ROOT);
      if (letters.isEmpty()) {
        continue;
      }
      Agent agent = new Agent(letters, m.group(3).isEmpty() && !m.group(5).isEmpty());
      String written = m.group(1).strip();
      boolean macro = written.matches(".*![^!]+!.*");
      for (String phrase : expand(written, macros)) {
        String p = normalise(phrase);
        out.putIfAbsent(p, agent);
        String plurals = m.group(2);
        if (plurals == null && !macro) {
          out.putIfAbsent(plural(p), agent);
        } else if (plurals != null) {
          for (String pl : plurals.substring(1, plurals.length() - 1).strip().split("\\s+")) {
            if (!pl.isBlank()) {
              out.putIfAbsent(normalise(pl), agent);
            }
          }
        }
      }
    }
    return new PetrarchAgentDictionary(out);
  }

  private static String normalise(String phrase) {
    return phrase.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** TABARI's regular plural of a phrase's last word. */
  static String plural(String p) {
    if (p.endsWith("y") && p.length() > 1 && "aeiou".indexOf(p.charAt(p.length() - 2)) < 0) {
      return p.substring(0, p.length() - 1) + "ies";
    }
    return p.endsWith("s") || p.endsWith("x") || p.endsWith("ch") ? p + "es" : p + "s";
  }

  private static List<String> expand(String phrase, Map<String, List<String>> macros) {
    for (Map.Entry<String, List<String>> e : macros.entrySet()) {
      if (phrase.contains(e.getKey())) {
        List<String> out = new ArrayList<>();
        for (String v : e.getValue()) {
          out.addAll(expand(phrase.replace(e.getKey(), v), macros));
        }
        return out;
      }
    }
    return List.of(phrase);
  }
}
