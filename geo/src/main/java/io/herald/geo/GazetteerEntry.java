package io.herald.geo;

import io.herald.model.PlaceKind;

/**
 * One named place the gazetteer knows.
 *
 * @param geonameId GeoNames id, 0 when it has none (curated seas and regions)
 * @param iso3 country it lies in, empty for seas and regions spanning several
 * @param featureCode GeoNames feature code for cities (PPLC capital, PPLA admin seat...), empty
 *     otherwise
 * @param population 0 when unknown
 */
public record GazetteerEntry(
    long geonameId,
    String name,
    PlaceKind kind,
    String iso3,
    String admin1,
    String featureCode,
    long population,
    double lat,
    double lon) {}
