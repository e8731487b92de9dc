package io.herald.server;

import java.time.LocalDate;
import java.util.Optional;

/** An inclusive date range; either end may be open. */
record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
  /** Adds the range on {@code column} (a DATE) to the filter. */
  void addTo(Where where, String column) {
    from.ifPresent(d -> where.add(column + " >= CAST(? AS DATE)", d.toString()));
    to.ifPresent(d -> where.add(column + " <= CAST(? AS DATE)", d.toString()));
  }
}
