package io.herald.eval.quotes;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff annotations: text-bound annotations ({@code T3 Content 315 448;463
 * 553 “One of ...”}) and the attribution events that join them ({@code E1 Attribution:T4 Content:T3
 * Cue:T2 Source:T1}). Numbered roles ({@code Content2}) add fragments to their role. Other line
 * kinds (notes, attributes, relations) are ignored, as are text-bound annotations no event uses
 * ({@code Discard}, {@code Discuss}).
 *
 * <p>Brat offsets count Unicode code points; they are converted to the UTF-16 offsets of {@link
 * Span}.
 */
public final class BratReader {
  private record TextBound(String type, List<Span> fragments) {}

  /**
   * What one annotation file holds.
   *
   * @param attributions the attribution events in file order
   * @param problems events left out, e.g. {@code "x.ann:104: E21 has no content"}
   */
  public record Result(List<GoldAttribution> attributions, List<String> problems) {
    public Result {
      attributions = List.copyOf(attributions);
      problems = List.copyOf(problems);
    }
  }

  private BratReader() {}

  /**
   * Parses one annotation file.
   *
   * @param ann the {@code .ann} file's content
   * @param text the article text the offsets index into
   * @param file the file name, for error messages
   * @return the attributions in file order, and a problem for each event skipped because it has no
   *     content
   * @throws IllegalArgumentException naming the file and line when a line is malformed, an offset
   *     lies outside the text, a quoted text differs from the text at its offsets, or an event
   *     names an unknown annotation
   */
  public static Result parse(String ann, String text, String file) {
    Map<String, TextBound> bounds = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    List<Integer> eventLines = new ArrayList<>();
    String[] lines = ann.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("T")) {
        String[] cols = line.split("\t", 3);
        if (cols.length < 2) {
          throw bad(file, i, "expected ID<TAB>TYPE OFFSETS<TAB>TEXT", line);
        }
        TextBound tb = textBound(cols[1], text, file, i, line);
        if (cols.length == 3 && !cols[2].equals(joined(text, tb.fragments))) {
          throw bad(file, i, "annotated text differs from the text at its offsets", line);
        }
        bounds.put(cols[0], tb);
      } else if (line.startsWith("E")) {
        String[] cols = line.split("\t", 2);
        if (cols.length < 2) {
          throw bad(file, i, "expected ID<TAB>TYPE:TRIGGER ROLE:ID...", line);
        }
        events.add(cols);
        eventLines.add(i);
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      String[] e = events.get(k);
      GoldAttribution a = event(e, bounds, text, file, eventLines.get(k));
      if (a == null) {
        problems.add(file + ":" + (eventLines.get(k) + 1) + ": " + e[0] + " has no content");
      } else {
        out.add(a);
      }
    }
    return new Result(out, problems);
  }

  private static GoldAttribution event(
      String[] cols, Map<String, TextBound> bounds, String text, String file, int line) {
    Map<String, List<Span>> roles = new HashMap<>();
    String[] args = cols[1].trim().split("\\s+");
    for (int a = 1; a < args.length; a++) {
      int colon = args[a].indexOf(':');
      if (colon < 0) {
        throw bad(file, line, "argument without ROLE:ID", args[a]);
      }
      String role = args[a].substring(0, colon).replaceAll("\\d+$", "");
      TextBound tb = bounds.get(args[a].substring(colon + 1));
      if (tb == null) {
        throw bad(file, line, "event names an unknown annotation", args[a]);
      }
      roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(tb.fragments);
    }
    List<Span> content = sorted(roles.getOrDefault("Content", List.of()));
    if (content.isEmpty()) {
      return null; // a stray trigger the annotation tool left behind; reported by the caller
    }
    return new GoldAttribution(
        cols[0],
        sorted(roles.getOrDefault("Source", List.of())),
        sorted(roles.getOrDefault("Cue", List.of())),
        content,
        QuoteMarks.isDirect(text, content));
  }

  private static List<Span> sorted(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    out.sort(null);
    return out;
  }

  private static TextBound textBound(
      String typeAndOffsets, String text, String file, int line, String raw) {
    int space = typeAndOffsets.indexOf(' ');
    if (space < 0) {
      throw bad(file, line, "no offsets", raw);
    }
    List<Span> fragments = new ArrayList<>();
    int codePoints = text.codePointCount(0, text.length());
    for (String f : typeAndOffsets.substring(space + 1).split(";")) {
      String[] se = f.trim().split("\\s+");
      int s;
      int e;
      try {
        s = Integer.parseInt(se[0]);
        e = Integer.parseInt(se[se.length - 1]);
      } catch (NumberFormatException ex) {
        throw bad(file, line, "offsets are not numbers", raw);
      }
      if (se.length != 2 || s < 0 || e < s || e > codePoints) {
        throw bad(file, line, "offsets outside the text of " + codePoints + " characters", raw);
      }
      fragments.add(new Span(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e)));
    }
    return new TextBound(typeAndOffsets.substring(0, space), fragments);
  }

  /** Brat writes a discontinuous annotation's text as its fragments joined by one space. */
  private static String joined(String text, List<Span> fragments) {
    StringBuilder b = new StringBuilder();
    for (Span f : fragments) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(f.of(text));
    }
    return b.toString();
  }

  private static IllegalArgumentException bad(String file, int line, String why, String what) {
    return new IllegalArgumentException(
        file + ":" + (line + 1) + ": " + why + ": " + abbreviate(what));
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
