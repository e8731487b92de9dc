package io.herald.coding.actors;

import io.herald.model.ActorCode;
import io.herald.model.codes.Countries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Member countries of international organisations and groupings over time (NATO, the EU, the UN,
 * ASEAN, ...), kept as data with sources: the bundled {@code igos.tsv} and {@code igo-members.tsv}.
 *
 * <p>Answers are what the data makes certain: a membership whose start is known only to the month
 * or year counts from the last day of that month or year, and one whose end is known only to the
 * month or year counts until the first day of it (see {@link Membership#certainOn}). For an
 * organisation whose {@linkplain Organisation#complete() coverage} is partial, only the recorded
 * members are returned.
 */
public final class IgoMembership {
  private static final String ORGS = "/io/herald/coding/igos.tsv";
  private static final String MEMBERS = "/io/herald/coding/igo-members.tsv";

  private final Map<String, Organisation> byKey = new LinkedHashMap<>();
  private final Map<String, Organisation> byCode = new HashMap<>();
  private final Map<String, List<Membership>> byOrg = new HashMap<>();
  private final Map<String, List<Membership>> byMember = new HashMap<>();

  /**
   * @throws IllegalArgumentException when two organisations share a key or code, a membership names
   *     an unknown organisation, or two periods of the same country in the same organisation
   *     overlap
   */
  public IgoMembership(Collection<Organisation> organisations, Collection<Membership> memberships) {
    for (Organisation o : organisations) {
      if (byKey.putIfAbsent(o.key(), o) != null) {
        throw new IllegalArgumentException("organisation " + o.key() + " is listed twice");
      }
      if (byCode.putIfAbsent(o.code().value(), o) != null) {
        throw new IllegalArgumentException(
            "organisations "
                + byCode.get(o.code().value()).key()
                + " and "
                + o.key()
                + " share the code "
                + o.code().value());
      }
    }
    for (Membership m : memberships) {
      if (!byKey.containsKey(m.org())) {
        throw new IllegalArgumentException("membership of unknown organisation " + m.org());
      }
      List<Membership> periods = byOrg.computeIfAbsent(m.org(), k -> new ArrayList<>());
      for (Membership p : periods) {
        if (p.member().equals(m.member()) && overlap(p, m)) {
          throw new IllegalArgumentException(
              m.member()
                  + " has overlapping periods in "
                  + m.org()
                  + ": joined "
                  + p.joined()
                  + " and "
                  + m.joined());
        }
      }
      periods.add(m);
      byMember.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
    }
  }

  private static boolean overlap(Membership a, Membership b) {
    LocalDate aEnd = a.left().map(MembershipDate::last).orElse(LocalDate.MAX);
    LocalDate bEnd = b.left().map(MembershipDate::last).orElse(LocalDate.MAX);
    return !a.joined().first().isAfter(bEnd) && !b.joined().first().isAfter(aEnd);
  }

  /**
   * The bundled data. Member codes are checked against {@code countries}.
   *
   * @throws IllegalStateException naming the resource and line when a row is malformed
   */
  public static IgoMembership load(Countries countries) {
    try (Reader orgs = resource(ORGS);
        Reader members = resource(MEMBERS)) {
      return read(orgs, "igos.tsv", members, "igo-members.tsv", countries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled membership data", e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = IgoMembership.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Reads the two tables (tab-separated, {@code #} comments, a header line): organisations with
   * {@code org, code, name, coverage, source}; memberships with {@code org, member, joined, left}
   * and optionally {@code source, note}. A membership's empty source takes its organisation's.
   *
   * @throws IllegalStateException naming the table and line of a malformed row (unknown country,
   *     bad date, unknown organisation, missing column)
   */
  public static IgoMembership read(
      Reader organisations,
      String organisationsName,
      Reader memberships,
      String membershipsName,
      Countries countries)
      throws IOException {
    List<Organisation> orgs = new ArrayList<>();
    Map<String, Organisation> keys = new HashMap<>();
    for (Row r : rows(organisations, organisationsName)) {
      try {
        String coverage = r.get("coverage");
        if (!coverage.equals("complete") && !coverage.equals("partial")) {
          throw new IllegalArgumentException(
              "coverage must be complete or partial, got \"" + coverage + "\"");
        }
        Organisation o =
            new Organisation(
                r.get("org"),
                new ActorCode(r.get("code")),
                r.get("name"),
                coverage.equals("complete"),
                r.get("source"));
        orgs.add(o);
        keys.put(o.key(), o);
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
    }
    List<Membership> members = new ArrayList<>();
    for (Row r : rows(memberships, membershipsName)) {
      try {
        Organisation o = keys.get(r.get("org"));
        if (o == null) {
          throw new IllegalArgumentException("unknown organisation " + r.get("org"));
        }
        String iso3 = r.get("member");
        if (countries.byIso3(iso3).isEmpty()) {
          throw new IllegalArgumentException("unknown country code " + iso3);
        }
        String left = r.get("left");
        String source = r.optional("source");
        members.add(
            new Membership(
                o.key(),
                iso3,
                MembershipDate.parse(r.get("joined")),
                left.isEmpty() ? Optional.empty() : Optional.of(MembershipDate.parse(left)),
                source.isEmpty() ? o.source() : source,
                r.optional("note")));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
    }
    try {
      return new IgoMembership(orgs, members);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(membershipsName + ": " + e.getMessage(), e);
    }
  }

  /** The organisations, in table order. */
  public List<Organisation> organisations() {
    return List.copyOf(byKey.values());
  }

  /** The organisation with this key ({@code NATO}) or actor code ({@code IGOWSTNAT}). */
  public Optional<Organisation> organisation(String keyOrCode) {
    String k = keyOrCode.strip().toUpperCase(Locale.ROOT);
    return Optional.ofNullable(byKey.getOrDefault(k, byCode.get(k)));
  }

  /**
   * The ISO alpha-3 codes of the countries certainly members on {@code day}, sorted.
   *
   * @param org the organisation's key or actor code
   * @throws IllegalArgumentException when the organisation is unknown
   */
  public List<String> membersOn(String org, LocalDate day) {
    Objects.requireNonNull(day, "day");
    Organisation o = require(org);
    TreeSet<String> out = new TreeSet<>();
    for (Membership m : byOrg.getOrDefault(o.key(), List.of())) {
      if (m.certainOn(day)) {
        out.add(m.member());
      }
    }
    return List.copyOf(out);
  }

  /** Whether country {@code iso3} is certainly a member of {@code org} on {@code day}. */
  public boolean memberOn(String org, String iso3, LocalDate day) {
    return membersOn(org, day).contains(iso3);
  }

  /** The organisations country {@code iso3} certainly belongs to on {@code day}, in table order. */
  public List<Organisation> organisationsOf(String iso3, LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<Membership> periods = byMember.getOrDefault(iso3, List.of());
    List<Organisation> out = new ArrayList<>();
    for (Organisation o : byKey.values()) {
      if (periods.stream().anyMatch(m -> m.org().equals(o.key()) && m.certainOn(day))) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  /** Every recorded period of {@code iso3} in {@code org}, oldest first. */
  public List<Membership> history(String org, String iso3) {
    Organisation o = require(org);
    return byOrg.getOrDefault(o.key(), List.of()).stream()
        .filter(m -> m.member().equals(iso3))
        .sorted((a, b) -> a.joined().first().compareTo(b.joined().first()))
        .toList();
  }

  private Organisation require(String org) {
    return organisation(org)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown organisation "
                        + org
                        + "; known: "
                        + String.join(", ", byKey.keySet())));
  }

  /** One data line with its number, for error messages. */
  private record Row(String table, int line, Map<String, Integer> columns, String[] cells) {
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalStateException(table + " has no column " + column);
      }
      return i < cells.length ? cells[i].strip() : "";
    }

    /** The cell of a column a table may leave out, empty then. */
    String optional(String column) {
      return columns.containsKey(column) ? get(column) : "";
    }

    IllegalStateException error(String problem) {
      return new IllegalStateException(table + ":" + line + ": " + problem);
    }
  }

  private static List<Row> rows(Reader reader, String table) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, Integer> columns = null;
    List<Row> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (columns == null) {
        columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          columns.put(cells[i].strip(), i);
        }
      } else {
        rows.add(new Row(table, n, columns, cells));
      }
    }
    if (columns == null) {
      throw new IllegalStateException(table + " has no header line");
    }
    return rows;
  }
}
