package io.herald.coding.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI actor dictionary: an entry's first line names it, {@code +} lines add synonyms,
 * and bracketed codes follow on the same or later lines, optionally restricted in time: {@code [HOB
 * < 950601]}, {@code [HOBGOV 19950601 - 19990815]}, {@code [HOBREB > 990816]}. A code of {@code
 * ---} means "never code this phrase". Underscores join the words of a phrase. A compound code
 * ({@code [FRO/BIL/SAM]}) names several actors at once.
 */
public final class PetrarchActorDictionary {
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern DATED =
      Pattern.compile(
          "^([A-Za-z0-9~/-]+)\\s*(?:(<|>)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?$");

  /** A code with the dates it applies between (inclusive), open ends when absent. */
  public record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    boolean appliesOn(LocalDate d) {
      return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
    }
  }

  /** One entry: its phrases and codes. */
  public record Entry(List<String> phrases, List<DatedCode> codes) {
    /**
     * The code on {@code date}: the dated code that applies, else the undated one; without a date,
     * the undated code or the latest. Empty for "---" or when none applies.
     */
    public Optional<String> codeOn(Optional<LocalDate> date) {
      for (DatedCode c : codes) {
        if (date.isPresent()
            && (c.from.isPresent() || c.to.isPresent())
            && c.appliesOn(date.get())) {
          return usable(c.code);
        }
      }
      for (DatedCode c : codes) {
        if (c.from.isEmpty() && c.to.isEmpty()) {
          return usable(c.code);
        }
      }
      return date.isEmpty() && !codes.isEmpty()
          ? usable(codes.get(codes.size() - 1).code)
          : Optional.empty();
    }

    /**
     * The code when the date is unknown: what all of the entry's codes agree on, the whole code
     * when they are one, else the country they share when only the sector changed over time (a
     * prime minister coded GOV in office and ELI outside it is "GBR": which he was that day the
     * text does not say). Empty for "---", or when the codes name several countries.
     */
    public Optional<String> codeWithoutDate() {
      String common = null;
      for (DatedCode c : codes) {
        Optional<String> u = usable(c.code);
        if (u.isEmpty()) {
          return Optional.empty();
        }
        String code = u.get();
        if (common == null) {
          common = code;
        } else if (!common.equals(code)) {
          if (common.length() < 3 || code.length() < 3 || !common.regionMatches(0, code, 0, 3)) {
            return Optional.empty();
          }
          common = common.substring(0, 3);
        }
      }
      return Optional.ofNullable(common);
    }

    private static Optional<String> usable(String code) {
      return code.startsWith("-") || code.isBlank()
          ? Optional.empty()
          : Optional.of(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private final List<Entry> entries;
  private final List<String> problems;

  private PetrarchActorDictionary(List<Entry> entries, List<String> problems) {
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
  }

  /** Codes that could not be read ("file:line: ..."); their entries keep their other codes. */
  public List<String> problems() {
    return problems;
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * Reads an actor dictionary. Codes it cannot read (TABARI's special markers such as {@code
   * [+++]}) are skipped and listed in {@link #problems}.
   */
  public static PetrarchActorDictionary read(Reader reader, String origin) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<Entry> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> phrases = null;
    List<DatedCode> codes = null;
    boolean inComment = false;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String raw = line;
      if (inComment) {
        if (raw.contains("-->")) {
          inComment = false;
          raw = raw.substring(raw.indexOf("-->") + 3);
        } else {
          continue;
        }
      }
      if (raw.contains("<!--")) {
        String before = raw.substring(0, raw.indexOf("<!--"));
        if (!raw.contains("-->")) {
          inComment = true;
        }
        raw = before;
      }
      String text = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      if (text.isBlank()) {
        continue;
      }
      String stripped = text.strip();
      if (stripped.startsWith("+")) {
        if (phrases != null) {
          phrases.add(phrase(stripped.substring(1)));
          addCodes(stripped, codes, origin, lineNo, problems);
        }
        continue;
      }
      if (stripped.startsWith("[")) {
        if (codes != null) {
          addCodes(stripped, codes, origin, lineNo, problems);
        }
        continue;
      }
      if (phrases != null) {
        out.add(new Entry(phrases, codes));
      }
      phrases = new ArrayList<>();
      codes = new ArrayList<>();
      int bracket = stripped.indexOf('[');
      phrases.add(phrase(bracket < 0 ? stripped : stripped.substring(0, bracket)));
      addCodes(stripped, codes, origin, lineNo, problems);
    }
    if (phrases != null) {
      out.add(new Entry(phrases, codes));
    }
    return new PetrarchActorDictionary(out, problems);
  }

  /**
   * A phrase in text form. A trailing underscore marks a whole word ("ARNOR_"); without it the
   * phrase also matches longer words it begins ("BULGAR" matches "Bulgarian"), as in TABARI. The
   * marker is kept as a final {@code _}.
   */
  static String phrase(String text) {
    String t = text.contains("[") ? text.substring(0, text.indexOf('[')) : text;
    t = t.replaceAll("\\{[^}]*\\}", "").strip();
    boolean exact = t.endsWith("_");
    t = t.replace('_', ' ').strip().replaceAll("\\s+", " ");
    return exact ? t + "_" : t;
  }

  private static void addCodes(
      String text, List<DatedCode> codes, String origin, int lineNo, List<String> problems) {
    Matcher m = BRACKET.matcher(text);
    while (m.find()) {
      String inside = m.group(1).strip();
      Matcher d = DATED.matcher(inside);
      if (!d.matches()) {
        problems.add(origin + ":" + lineNo + ": unreadable code [" + inside + "] skipped");
        continue;
      }
      Optional<LocalDate> from = Optional.empty();
      Optional<LocalDate> to = Optional.empty();
      if (d.group(2) != null) {
        LocalDate day;
        try {
          day = date(d.group(3), origin, lineNo);
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
          continue;
        }
        if (d.group(2).equals("<")) {
          to = Optional.of(day.minusDays(1));
        } else {
          from = Optional.of(day.plusDays(1));
        }
      } else if (d.group(4) != null) {
        try {
          from = Optional.of(date(d.group(4), origin, lineNo));
          to = Optional.of(date(d.group(5), origin, lineNo));
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
          continue;
        }
      }
      codes.add(new DatedCode(d.group(1), from, to));
    }
  }

  /** YYMMDD (years above 50 are 19YY) or YYYYMMDD. */
  static LocalDate date(String s, String origin, int lineNo) {
    try {
      if (s.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6)));
      }
      int yy = Integer.parseInt(s.substring(0, 2));
      return LocalDate.of(
          yy > 50 ? 1900 + yy : 2000 + yy,
          Integer.parseInt(s.substring(2, 4)),
          Integer.parseInt(s.substring(4)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(origin + ":" + lineNo + ": impossible date " + s, e);
    }
  }
}
