package io.herald.server;

import io.herald.model.PlaceKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, parsed and validated: every malformed value is an {@link
 * ApiException} with status 400 whose message names the parameter and the value. Parameters the
 * route does not declare are ignored; reading one it does not declare is a programming error.
 */
final class Params {
  /** Default page size. */
  static final int DEFAULT_LIMIT = 20;

  /** Largest page size. */
  static final int MAX_LIMIT = 200;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Za-z0-9]{3,32}");
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

  private final Map<String, List<String>> raw;
  private final Set<String> declared;

  Params(Map<String, List<String>> raw, Set<String> declared) {
    this.raw = Map.copyOf(raw);
    this.declared = Set.copyOf(declared);
  }

  /** The value of a parameter, stripped; empty when absent or blank. */
  Optional<String> text(String name) {
    if (!declared.contains(name)) {
      throw new IllegalStateException("parameter " + name + " is not declared for this route");
    }
    List<String> values = raw.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    String v = values.get(0).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** A required parameter. */
  String required(String name, String what) {
    return text(name)
        .orElseThrow(() -> ApiException.badRequest(name + ": required (" + what + ")"));
  }

  /** A calendar date written {@code YYYY-MM-DD}; impossible days such as 2024-02-30 are refused. */
  Optional<LocalDate> date(String name) {
    return text(name).map(v -> parseDate(name, v));
  }

  static LocalDate parseDate(String name, String v) {
    if (!DATE.matcher(v).matches()) {
      throw ApiException.badRequest(name + ": expected YYYY-MM-DD, got " + quote(v));
    }
    try {
      return LocalDate.parse(v, ISO_STRICT);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          name + ": expected YYYY-MM-DD, got " + quote(v) + " (no such day)");
    }
  }

  /** The {@code from}/{@code to} pair, refused when {@code from} is after {@code to}. */
  DateRange dates() {
    Optional<LocalDate> from = date("from");
    Optional<LocalDate> to = date("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw ApiException.badRequest("from " + from.get() + " is after to " + to.get());
    }
    return new DateRange(from, to);
  }

  /** An integer within {@code [min, max]}, or the default when absent. */
  int integer(String name, int defaultValue, int min, int max) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return defaultValue;
    }
    String range = min + ".." + max;
    if (max == Integer.MAX_VALUE) {
      range = ">= " + min;
    }
    int n;
    try {
      n = Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          name + ": expected a whole number " + range + ", got " + quote(v.get()));
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + ": must be " + range + ", got " + n);
    }
    return n;
  }

  /** The page asked for by {@code limit} (1..200, default 20) and {@code offset} (>= 0). */
  PageRequest page() {
    return new PageRequest(
        integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT), integer("offset", 0, 0, Integer.MAX_VALUE));
  }

  /** {@code true} or {@code false}, or the default when absent. */
  boolean bool(String name, boolean defaultValue) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return defaultValue;
    }
    return switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw ApiException.badRequest(name + ": expected true or false, got " + quote(v.get()));
    };
  }

  /** An actor code or code prefix such as {@code JPNGOV} or {@code JPN}, upper-cased. */
  Optional<String> actorCode(String name) {
    return text(name).map(v -> actorCode(name, v));
  }

  static String actorCode(String name, String v) {
    if (!ACTOR_CODE.matcher(v).matches()) {
      throw ApiException.badRequest(
          name
              + ": expected an actor code such as JPNGOV or a country code such as JPN"
              + " (3 to 32 letters or digits), got "
              + quote(v));
    }
    return v.toUpperCase(Locale.ROOT);
  }

  /** A CAMEO event code of two to four digits, e.g. {@code 041}. */
  Optional<String> cameo(String name) {
    return text(name)
        .map(
            v -> {
              if (!CAMEO.matcher(v).matches()) {
                throw ApiException.badRequest(
                    name + ": expected a CAMEO code of 2 to 4 digits such as 041, got " + quote(v));
              }
              return v;
            });
  }

  /** A two-digit CAMEO root code, 01..20. */
  Optional<String> root(String name) {
    return text(name)
        .map(
            v -> {
              if (!ROOT.matcher(v).matches()
                  || Integer.parseInt(v) < 1
                  || Integer.parseInt(v) > 20) {
                throw ApiException.badRequest(
                    name + ": expected a two-digit CAMEO root code 01..20, got " + quote(v));
              }
              return v;
            });
  }

  /** A QuadClass, 1..4. */
  Optional<Integer> quad(String name) {
    if (text(name).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(integer(name, 0, 1, 4));
  }

  /** An ISO 3166-1 alpha-3 country code, upper-cased. */
  Optional<String> country(String name) {
    return text(name)
        .map(
            v -> {
              if (!COUNTRY.matcher(v).matches()) {
                throw ApiException.badRequest(
                    name + ": expected an ISO 3166-1 alpha-3 code such as JPN, got " + quote(v));
              }
              return v.toUpperCase(Locale.ROOT);
            });
  }

  /** A place kind such as {@code city} or {@code sea}, lower-cased. */
  Optional<String> placeKind(String name) {
    return text(name)
        .map(
            v -> {
              for (PlaceKind k : PlaceKind.values()) {
                if (k.jsonName().equalsIgnoreCase(v)) {
                  return k.jsonName();
                }
              }
              throw ApiException.badRequest(
                  name + ": expected one of " + kinds() + ", got " + quote(v));
            });
  }

  private static String kinds() {
    StringBuilder b = new StringBuilder();
    for (PlaceKind k : PlaceKind.values()) {
      b.append(b.length() == 0 ? "" : ", ").append(k.jsonName());
    }
    return b.toString();
  }

  /** The value in double quotes, cut at 60 characters, for error messages. */
  static String quote(String v) {
    String shown = v.length() > 60 ? v.substring(0, 60) + "..." : v;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
