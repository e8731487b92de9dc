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
 * MAN, MEN} expanded inside phrases. Without braces a regular plural is added; {@code {A B}} lists
 * the plurals; {@code {}} means none.
 */
public final class PetrarchAgentDictionary {
  private static final Pattern ENTRY =
      Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*(~?)([A-Za-z]*)(~?)\\s*\\]");

  private final Map<String, String> sectors;

  private PetrarchAgentDictionary(Map<String, String> sectors) {
    this.sectors = Map.copyOf(sectors);
  }

  /** Lower-case agent phrase → sector letters appended to the country code. */
  public Map<String, String> sectors() {
    return sectors;
  }

  public static PetrarchAgentDictionary read(Reader reader, String origin) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, List<String>> macros = new LinkedHashMap<>();
    Map<String, String> out = new LinkedHashMap<>();
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
      String sector = m.group(4).toUpperCase(Locale.ROOT);
      if (sector.isEmpty()) {
        continue;
      }
      for (String phrase : expand(m.group(1).strip(), macros)) {
        String p = phrase.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        out.putIfAbsent(p, sector);
        String plurals = m.group(2);
        if (plurals == null) {
          out.putIfAbsent(
              p.endsWith("s") || p.endsWith("x") || p.endsWith("ch") ? p + "es" : p + "s", sector);
        } else {
          for (String pl : plurals.substring(1, plurals.length() - 1).strip().split("\\s+")) {
            if (!pl.isBlank()) {
              out.putIfAbsent(pl.replace('_', ' ').toLowerCase(Locale.ROOT), sector);
            }
          }
        }
      }
    }
    return new PetrarchAgentDictionary(out);
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
