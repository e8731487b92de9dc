package io.herald.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One asserted event of one article, read for the GDELT export, with what its mention row needs:
 * the actors' mention offsets, the sentence, the article and the event's place.
 */
record GdeltMention(
    LocalDate date,
    String sourceCode,
    String targetCode,
    String cameo,
    String rootCode,
    int quadClass,
    double goldstein,
    String sourceCountry,
    String targetCountry,
    String sourceName,
    String sourceMentions,
    String targetName,
    String targetMentions,
    int sentence,
    Integer sentenceStart,
    Integer sentenceEnd,
    int triggerStart,
    String contentHash,
    String articleId,
    String title,
    LocalDate articleDate,
    String articleSource,
    String url,
    LocalDateTime analyzedAt,
    long docLength,
    String placeName,
    Double lat,
    Double lon,
    String placeCountry,
    String placeKind,
    Long geonameId) {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** The query, with {@code %s} for the date condition on {@code e.event_date}. */
  static final String QUERY =
      "SELECT e.event_date, e.source_code, e.target_code, e.cameo, e.root_code, e.quad_class,"
          + " e.goldstein, e.source_country, e.target_country, sa.name, sa.mentions, ta.name,"
          + " ta.mentions, e.sentence, s.start_offset, s.end_offset, e.trigger_start,"
          + " a.content_hash, a.id, a.title, a.date, a.source, a.url, a.analyzed_at,"
          + " length(a.text), p.name, p.lat, p.lon, p.country, p.kind, p.geoname_id"
          + " FROM events e JOIN articles a ON a.content_hash = e.content_hash"
          + " LEFT JOIN actors sa ON sa.content_hash = e.content_hash"
          + " AND sa.actor_id = e.source_actor"
          + " LEFT JOIN actors ta ON ta.content_hash = e.content_hash"
          + " AND ta.actor_id = e.target_actor"
          + " LEFT JOIN sentences s ON s.content_hash = e.content_hash AND s.idx = e.sentence"
          + " LEFT JOIN places p ON p.content_hash = e.content_hash AND p.place_id = e.place_id"
          + " WHERE NOT e.negated AND e.modality = 'asserted' AND e.event_date IS NOT NULL AND %s"
          // Rows of one event cluster are adjacent, its first-seen mention first.
          + " ORDER BY e.event_date, e.source_code NULLS FIRST, e.target_code NULLS FIRST,"
          + " e.cameo, a.analyzed_at, a.id, e.sentence, e.trigger_start, e.event_id";

  static GdeltMention read(ResultSet rs) throws SQLException {
    return new GdeltMention(
        rs.getObject(1, LocalDate.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        rs.getDouble(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getInt(14),
        (Integer) rs.getObject(15),
        (Integer) rs.getObject(16),
        rs.getInt(17),
        rs.getString(18),
        rs.getString(19),
        rs.getString(20),
        rs.getObject(21, LocalDate.class),
        rs.getString(22),
        rs.getString(23),
        rs.getObject(24, LocalDateTime.class),
        rs.getLong(25),
        rs.getString(26),
        (Double) rs.getObject(27),
        (Double) rs.getObject(28),
        rs.getString(29),
        rs.getString(30),
        rs.getObject(31) == null ? null : rs.getLong(31));
  }

  /** Whether {@code other} belongs to the same GDELT event: same day, dyad and code. */
  boolean sameEvent(GdeltMention other) {
    return date.equals(other.date)
        && Objects.equals(sourceCode, other.sourceCode)
        && Objects.equals(targetCode, other.targetCode)
        && cameo.equals(other.cameo);
  }

  /** The event key that {@link GdeltExport#globalEventId} hashes. */
  String eventKey() {
    return date + "|" + nullToEmpty(sourceCode) + "|" + nullToEmpty(targetCode) + "|" + cameo;
  }

  /** Whether the mention's evidence is a sentence of the body (not the headline). */
  boolean inBody() {
    return sentence >= 0 && sentenceStart != null && sentenceEnd != null;
  }

  /**
   * Where an actor is mentioned for this event: the actor's mention inside the event's sentence
   * nearest the trigger, else its mention nearest the trigger anywhere; null without the actor.
   *
   * @param mentionsJson the actor's mentions as stored, {@code [[start,end],...]}
   */
  Integer actorOffset(String mentionsJson) {
    List<Integer> starts = mentionStarts(mentionsJson);
    Integer best = null;
    boolean bestInside = false;
    for (int start : starts) {
      boolean inside = inSentence(start);
      if (best == null
          || (inside && !bestInside)
          || (inside == bestInside
              && Math.abs(start - triggerStart) < Math.abs(best - triggerStart))) {
        best = start;
        bestInside = inside;
      }
    }
    return best;
  }

  /**
   * GDELT's InRawText: 1 when the trigger and every actor of the event are found in the event's own
   * sentence of the body; 0 when an actor had to be brought in from elsewhere in the article
   * (coreference across sentences) or the event comes from the headline.
   */
  int inRawText() {
    if (!inBody()) {
      return 0;
    }
    for (String mentions : new String[] {sourceMentions, targetMentions}) {
      if (mentions != null) {
        Integer at = actorOffset(mentions);
        if (at == null || !inSentence(at)) {
          return 0;
        }
      }
    }
    return 1;
  }

  private boolean inSentence(int offset) {
    return inBody() && offset >= sentenceStart && offset < sentenceEnd;
  }

  private static List<Integer> mentionStarts(String json) {
    List<Integer> starts = new ArrayList<>();
    if (json == null) {
      return starts;
    }
    Matcher m = NUMBER.matcher(json);
    boolean start = true;
    while (m.find()) {
      if (start) {
        starts.add(Integer.parseInt(m.group()));
      }
      start = !start;
    }
    return starts;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
