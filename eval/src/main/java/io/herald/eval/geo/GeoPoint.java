package io.herald.eval.geo;

/**
 * A point on the Earth in degrees.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record GeoPoint(double lat, double lon) {
  /** Mean Earth radius in km, as used by the great-circle distances of geoparsing papers. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }

  /** Great-circle (haversine) distance in km. */
  public double distanceKm(GeoPoint o) {
    double dLat = Math.toRadians(o.lat - lat);
    double dLon = Math.toRadians(o.lon - lon);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(o.lat))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
