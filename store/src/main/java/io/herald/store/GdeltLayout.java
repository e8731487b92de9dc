package io.herald.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The column order of GDELT 2.0's Events ({@code .export.CSV}, 61 columns) and Mentions ({@code
 * .mentions.CSV}, 16 columns) files, as in GDELT's column-label files of September 2016.
 */
final class GdeltLayout {
  private static final List<String> ACTOR =
      List.of(
          "Code",
          "Name",
          "CountryCode",
          "KnownGroupCode",
          "EthnicCode",
          "Religion1Code",
          "Religion2Code",
          "Type1Code",
          "Type2Code",
          "Type3Code");

  private static final List<String> GEO =
      List.of(
          "Geo_Type",
          "Geo_FullName",
          "Geo_CountryCode",
          "Geo_ADM1Code",
          "Geo_ADM2Code",
          "Geo_Lat",
          "Geo_Long",
          "Geo_FeatureID");

  static final List<String> EVENTS = events();

  static final List<String> MENTIONS =
      List.of(
          "GLOBALEVENTID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras");

  private GdeltLayout() {}

  private static List<String> events() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year"));
    c.add("FractionDate");
    ACTOR.forEach(a -> c.add("Actor1" + a));
    ACTOR.forEach(a -> c.add("Actor2" + a));
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    GEO.forEach(g -> c.add("Actor1" + g));
    GEO.forEach(g -> c.add("Actor2" + g));
    GEO.forEach(g -> c.add("Action" + g));
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }

  /** A row of empty fields, one per column of the layout, filled by column name. */
  static final class Row {
    private final List<String> columns;
    private final String[] values;

    Row(List<String> columns) {
      this.columns = columns;
      this.values = new String[columns.size()];
    }

    Row set(String column, Object value) {
      int i = columns.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no GDELT column " + column);
      }
      values[i] = value == null ? null : value.toString();
      return this;
    }

    List<String> values() {
      return Arrays.asList(values.clone());
    }
  }
}
