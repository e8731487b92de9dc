package io.herald.store;

import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes stored events in GDELT 2.0's Events and Mentions layouts (tab-separated, no header,
 * GDELT's column count and order). One GDELT event is one group of asserted events with the same
 * day, source code, target code and CAMEO code across all articles, the grouping of the store's
 * {@code event_clusters} view; each stored event of the group is one mention. Undated events are
 * left out: GDELT has no event without a day. See the README's "Exports" section for every column.
 */
final class GdeltExport {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final Set<String> GROUP_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC");
  private static final Pattern WEB = Pattern.compile("^https?://(?:www\\.)?([^/:?#\\s]+)");

  /** 53 bits: the id survives JSON numbers, JavaScript and doubles (pandas with missing values). */
  private static final long ID_MASK = (1L << 53) - 1;

  private final Connection connection;
  private final Countries countries;

  GdeltExport(Connection connection, Countries countries) {
    this.connection = connection;
    this.countries = countries;
  }

  /** Writes both files; returns them with their row counts, events first. */
  List<ExportedFile> write(DateRange range, Path eventsFile, Path mentionsFile)
      throws SQLException, IOException {
    long events = 0;
    long mentions = 0;
    try (Writer ev = Exporter.newWriter(eventsFile);
        Writer me = Exporter.newWriter(mentionsFile);
        Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                String.format(Locale.ROOT, GdeltMention.QUERY, range.sql("e.event_date")))) {
      List<GdeltMention> group = new ArrayList<>();
      while (rs.next()) {
        GdeltMention m = GdeltMention.read(rs);
        if (!group.isEmpty() && !group.get(0).sameEvent(m)) {
          ev.write(Delimited.GDELT.line(eventRow(group)));
          events++;
          group.clear();
        }
        group.add(m);
        me.write(Delimited.GDELT.line(mentionRow(group.get(0), m)));
        mentions++;
      }
      if (!group.isEmpty()) {
        ev.write(Delimited.GDELT.line(eventRow(group)));
        events++;
      }
    }
    return List.of(new ExportedFile(eventsFile, events), new ExportedFile(mentionsFile, mentions));
  }

  /**
   * A stable GLOBALEVENTID: the first 53 bits of the SHA-256 of {@code
   * "YYYY-MM-DD|source|target|cameo"}, the event's key. The same event gets the same id in every
   * export and every database, whatever order articles arrive in.
   */
  static long globalEventId(String eventKey) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v & ID_MASK;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
    }
  }

  private List<String> eventRow(List<GdeltMention> group) {
    GdeltMention first = group.get(0);
    LocalDate d = first.date();
    GdeltLayout.Row row = new GdeltLayout.Row(GdeltLayout.EVENTS);
    row.set("GLOBALEVENTID", globalEventId(first.eventKey()))
        .set("SQLDATE", d.format(DAY))
        .set("MonthYear", d.getYear() * 100 + d.getMonthValue())
        .set("Year", d.getYear())
        .set("FractionDate", fractionDate(d));
    actor(row, "Actor1", first.sourceCode(), first.sourceName(), first.sourceCountry());
    actor(row, "Actor2", first.targetCode(), first.targetName(), first.targetCountry());
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    for (GdeltMention m : group) {
      articles.add(m.contentHash());
      if (m.articleSource() != null) {
        sources.add(m.articleSource());
      }
    }
    row.set("IsRootEvent", first.sentence() <= 0 ? 1 : 0)
        .set("EventCode", first.cameo())
        .set(
            "EventBaseCode",
            first.cameo().length() > 3 ? first.cameo().substring(0, 3) : first.cameo())
        .set("EventRootCode", first.rootCode())
        .set("QuadClass", first.quadClass())
        .set("GoldsteinScale", decimal(first.goldstein()))
        .set("NumMentions", group.size())
        .set("NumSources", sources.size())
        .set("NumArticles", articles.size());
    group.stream().filter(m -> m.placeName() != null).findFirst().ifPresent(p -> actionGeo(row, p));
    row.set("DATEADDED", first.analyzedAt().format(STAMP)).set("SOURCEURL", identifier(first));
    return row.values();
  }

  private List<String> mentionRow(GdeltMention first, GdeltMention m) {
    GdeltLayout.Row row = new GdeltLayout.Row(GdeltLayout.MENTIONS);
    row.set("GLOBALEVENTID", globalEventId(first.eventKey()))
        .set("EventTimeDate", first.analyzedAt().format(STAMP))
        .set("MentionTimeDate", m.analyzedAt().format(STAMP))
        .set("MentionType", web(m.url()) ? 1 : 2)
        .set("MentionSourceName", sourceName(m))
        .set("MentionIdentifier", identifier(m))
        .set("SentenceID", m.sentence() >= 0 ? m.sentence() + 1 : null)
        .set(
            "Actor1CharOffset",
            m.sourceMentions() == null ? null : m.actorOffset(m.sourceMentions()))
        .set(
            "Actor2CharOffset",
            m.targetMentions() == null ? null : m.actorOffset(m.targetMentions()))
        .set("ActionCharOffset", m.triggerStart())
        .set("InRawText", m.inRawText())
        .set("MentionDocLen", m.docLength());
    return row.values();
  }

  private void actor(GdeltLayout.Row row, String prefix, String code, String name, String country) {
    if (code == null) {
      return;
    }
    row.set(prefix + "Code", code)
        .set(prefix + "Name", name == null ? null : name.toUpperCase(Locale.ROOT))
        .set(prefix + "CountryCode", country);
    String head = code.length() >= 3 ? code.substring(0, 3) : code;
    if (GROUP_PREFIXES.contains(head) && code.length() >= 6) {
      row.set(prefix + "KnownGroupCode", code.substring(code.length() - 3));
    }
    List<String> types = typeCodes(code, country);
    for (int i = 0; i < types.size() && i < 3; i++) {
      row.set(prefix + "Type" + (i + 1) + "Code", types.get(i));
    }
  }

  /**
   * The three-letter role codes of an actor code: what follows the country ({@code JPNGOV} → GOV),
   * or the group class of an organisation ({@code IGOUNO} → IGO).
   */
  static List<String> typeCodes(String code, String country) {
    if (code.equals("UNK")) {
      return List.of();
    }
    String head = code.substring(0, Math.min(3, code.length()));
    if (GROUP_PREFIXES.contains(head)) {
      return List.of(head);
    }
    String rest;
    if (country == null) {
      rest = code;
    } else {
      rest = code.length() > 3 ? code.substring(3) : "";
    }
    List<String> types = new ArrayList<>();
    for (int i = 0; i + 3 <= rest.length(); i += 3) {
      types.add(rest.substring(i, i + 3));
    }
    return types;
  }

  private void actionGeo(GdeltLayout.Row row, GdeltMention p) {
    boolean us = "USA".equals(p.placeCountry());
    int type =
        switch (p.placeKind()) {
          case "country" -> 1;
          case "admin1" -> us ? 2 : 5;
          default -> us ? 3 : 4;
        };
    String countryName =
        p.placeCountry() == null
            ? null
            : countries.byIso3(p.placeCountry()).map(Country::name).orElse(p.placeCountry());
    String fullName =
        type == 1 || countryName == null || countryName.equals(p.placeName())
            ? p.placeName()
            : p.placeName() + ", " + countryName;
    row.set("ActionGeo_Type", type)
        .set("ActionGeo_FullName", fullName)
        .set("ActionGeo_Lat", decimal(p.lat()))
        .set("ActionGeo_Long", decimal(p.lon()));
    if ((type == 3 || type == 4) && p.geonameId() != null) {
      row.set("ActionGeo_FeatureID", p.geonameId());
    }
  }

  /** GDELT's FractionDate: YYYY + (MONTH * 30 + DAY) / 365, four decimals. */
  static String fractionDate(LocalDate d) {
    return String.format(
        Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0);
  }

  private static String decimal(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static boolean web(String url) {
    return url != null && WEB.matcher(url).find();
  }

  /** The web domain of the article's URL, else the publisher name. */
  private static String sourceName(GdeltMention m) {
    if (m.url() != null) {
      Matcher w = WEB.matcher(m.url());
      if (w.find()) {
        return w.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return m.articleSource();
  }

  /**
   * The article's URL, or for an article without one a textual citation as GDELT gives for offline
   * sources: publisher, headline, date and Herald's article id.
   */
  static String identifier(GdeltMention m) {
    if (web(m.url())) {
      return m.url();
    }
    List<String> parts = new ArrayList<>();
    for (String p :
        new String[] {
          m.articleSource(),
          m.title(),
          m.url(),
          m.articleDate() == null ? null : m.articleDate().toString()
        }) {
      if (p != null && !p.isBlank()) {
        parts.add(p);
      }
    }
    parts.add("[" + m.articleId() + "]");
    return String.join(", ", parts);
  }
}
