#!/usr/bin/env node
// Build the point the geoparser gives each country, from the npm packages `world-countries`
// (ODbL 1.0; its points are the World Factbook's, rounded to whole or half degrees) and
// `world-atlas` (Natural Earth 1:50m admin-0 outlines, public domain; package ISC).
//
// Usage (from the repository root, after `npm ci --prefix scripts`):
//
//   node scripts/build-country-points.mjs [OUTPUT_TSV]
//
// Default output: geo/src/main/resources/io/herald/geo/country-points-v1.tsv
//
// Columns (tab-separated, UTF-8): iso3 lat lon method
//
// Why: a country has no one true point, and gazetteers disagree by a few hundred kilometres
// (China: 35,105 in the Factbook and GeoNames, 35,103 on Wikipedia; the centroid of its outline
// lies at 36.6,103.8). The Factbook point is compared with a second, independent estimate, the
// area centroid of the country's largest Natural Earth polygon:
//   - within CONFIRM_KM of each other, the centroid confirms the Factbook point, which stays
//     ("factbook"; most gazetteers publish that same rounded point);
//   - between CONFIRM_KM and AGREE_KM apart, each may be off by as much, and their midpoint is
//     the better estimate ("blend");
//   - farther apart, the outline is the kind whose centroid says little (archipelagos, crescents,
//     countries with a vast empty north or south), and the Factbook point stays ("factbook").
// CURATED points replace both ("curated"); countries without an outline in the 1:50m set (small
// islands) keep the Factbook point.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import worldCountries from 'world-countries';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const version = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
const outPath = resolve(process.argv[2] ?? resolve(here, '../geo/src/main/resources/io/herald/geo/country-points-v1.tsv'));

/** Estimates this close confirm each other; farther apart than AGREE_KM they are not averaged. */
const CONFIRM_KM = 150;
const AGREE_KM = 300;

/**
 * Points stated as public facts, which replace the estimates: the United States at the geographic
 * centre of the contiguous states near Lebanon, Kansas (the Factbook's 38,-97 lies 235 km away).
 */
const CURATED = { USA: [39.83, -98.58] };

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const collection = feature(topology, topology.objects.countries);
const byNumeric = new Map();
for (const c of worldCountries) {
  if (c.ccn3) byNumeric.set(String(c.ccn3).padStart(3, '0'), c.cca3);
}

const toRad = Math.PI / 180;
function km(a, b) {
  const dLat = (b[0] - a[0]) * toRad;
  const dLon = (b[1] - a[1]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * toRad) * Math.cos(b[0] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The ring with longitudes made continuous (Russia and Fiji cross the antimeridian). */
function unwrap(ring) {
  const out = [];
  let prev = null;
  for (const [lon, lat] of ring) {
    let x = lon;
    if (prev !== null) {
      while (x - prev > 180) x -= 360;
      while (x - prev < -180) x += 360;
    }
    out.push([x, lat]);
    prev = x;
  }
  return out;
}

/** Area-weighted centroid [lat, lon] and area (square degrees) of a polygon with its holes. */
function centroid(polygon) {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of polygon.map(unwrap)) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  if (area === 0) return null;
  let lon = cx / (3 * area);
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return { lat: cy / (3 * area), lon, area: Math.abs(area / 2) };
}

/** The centroid of the polygon with the largest area on the ground. */
function mainCentroid(polygons) {
  let best = null;
  for (const p of polygons) {
    const c = centroid(p);
    if (c && (best === null || c.area * Math.cos(c.lat * toRad) > best.area * Math.cos(best.lat * toRad))) {
      best = c;
    }
  }
  return best;
}

const polygonsByIso3 = new Map();
for (const f of collection.features) {
  const iso3 = byNumeric.get(String(f.id ?? ''));
  if (!iso3 || !f.geometry) continue;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  if (!polygonsByIso3.has(iso3)) polygonsByIso3.set(iso3, []);
  polygonsByIso3.get(iso3).push(...polygons.filter((p) => p.length > 0));
}

const coord = (v) => {
  const s = Number(v).toFixed(3).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};
const rows = [];
const counts = { blend: 0, factbook: 0, curated: 0 };
for (const c of [...worldCountries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
  const factbook = c.latlng;
  let point = factbook;
  let method = 'factbook';
  const main = polygonsByIso3.has(c.cca3) ? mainCentroid(polygonsByIso3.get(c.cca3)) : null;
  if (CURATED[c.cca3]) {
    point = CURATED[c.cca3];
    method = 'curated';
  } else if (main && km(factbook, [main.lat, main.lon]) > CONFIRM_KM && km(factbook, [main.lat, main.lon]) <= AGREE_KM) {
    point = [(factbook[0] + main.lat) / 2, (factbook[1] + main.lon) / 2];
    method = 'blend';
  }
  counts[method]++;
  rows.push([c.cca3, coord(point[0]), coord(point[1]), method].join('\t'));
}

const lines = [
  `# herald-country-points v1 — generated by scripts/build-country-points.mjs from npm world-countries ` +
    `${version('world-countries')} (ODbL 1.0) and world-atlas ${version('world-atlas')} countries-50m ` +
    `(ISC; Natural Earth data, public domain)`,
  ['iso3', 'lat', 'lon', 'method'].join('\t'),
  ...rows,
];
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, lines.join('\n') + '\n', 'utf8');
console.log(`country points: ${rows.length} written to ${outPath} (${JSON.stringify(counts)})`);

// Spot checks: every country of the seed story, with the point within 250 km of where it was.
const failed = [];
for (const code of ['JPN', 'TWN', 'KOR', 'PHL', 'CHN', 'USA']) {
  const row = rows.find((r) => r.startsWith(`${code}\t`));
  const c = worldCountries.find((x) => x.cca3 === code);
  if (!row) {
    failed.push(`${code} missing`);
    continue;
  }
  const [, lat, lon] = row.split('\t');
  if (km([Number(lat), Number(lon)], CURATED[code] ?? c.latlng) > 250) failed.push(`${code} moved: ${row}`);
}
if (failed.length > 0) {
  console.log(`country points: CHECK FAILED: ${failed.join('; ')}`);
  process.exitCode = 1;
}
