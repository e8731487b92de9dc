package io.herald.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent response bodies by request path and query, valid for one state of the database (see {@link
 * Lookups#stamp}): the stored data changes only when articles are saved, so a repeated request
 * between saves gets the same bytes without querying again. Least recently used entries go first
 * once the cache holds {@value #MAX_ENTRIES} bodies or {@value #MAX_BYTES} bytes.
 */
final class ResponseCache {
  static final int MAX_ENTRIES = 512;
  static final long MAX_BYTES = 32L << 20;

  private final LinkedHashMap<String, byte[]> bodies = new LinkedHashMap<>(64, 0.75f, true);
  private String stamp = "";
  private long bytes;

  /** The cached body for this request in this state of the database, or null. */
  synchronized byte[] get(String currentStamp, String request) {
    if (!stamp.equals(currentStamp)) {
      bodies.clear();
      bytes = 0;
      stamp = currentStamp;
      return null;
    }
    return bodies.get(request);
  }

  /** Keeps a body computed in the given state of the database. */
  synchronized void put(String computedStamp, String request, byte[] body) {
    if (!stamp.equals(computedStamp) || body.length > MAX_BYTES / 8) {
      return;
    }
    byte[] old = bodies.put(request, body);
    bytes += body.length - (old == null ? 0 : old.length);
    var it = bodies.entrySet().iterator();
    while ((bodies.size() > MAX_ENTRIES || bytes > MAX_BYTES) && it.hasNext()) {
      Map.Entry<String, byte[]> eldest = it.next();
      bytes -= eldest.getValue().length;
      it.remove();
    }
  }
}
