#!/usr/bin/env node
// Build Herald's country table from the npm package `world-countries` (ODbL 1.0).
//
// Usage (from the repository root, after `npm ci --prefix scripts`):
//
//   node scripts/build-countries.mjs [OUTPUT_TSV]
//
// Default output: model/src/main/resources/io/herald/model/countries.tsv
// (resolved relative to this script's folder).
//
// Columns (tab-separated, lists joined with '|', empty string when none):
//   iso3 iso2 name official altNames demonyms capitals lat lon region subregion
//
// altNames = the package's altSpellings, filtered down to English forms
// (non-Latin scripts, native-language names, ISO-style inverted names,
// parenthesised names and bare ISO codes are dropped), plus the English
// native name when it differs, plus the curated aliases below.
// demonyms = English demonyms (m, f) + curated forms + regular plurals.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import countries from 'world-countries';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const pkgVersion = JSON.parse(readFileSync(require.resolve('world-countries/package.json'), 'utf8')).version;
const outPath = resolve(process.argv[2] ?? resolve(here, '../model/src/main/resources/io/herald/model/countries.tsv'));

// ===========================================================================
// CURATED TABLES (maintained by Herald developers)
// ===========================================================================

// --- Curated English aliases, added to altNames -------------------------
const CURATED_ALIASES = {
  USA: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  KOR: ['South Korea', 'Republic of Korea', 'ROK'],
  PRK: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
  CHN: ['PRC', "People's Republic of China", 'Mainland China'],
  TWN: ['Taiwan', 'Republic of China', 'Chinese Taipei'],
  RUS: ['Russia', 'Russian Federation'],
  IRN: ['Iran', 'Islamic Republic of Iran'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  VNM: ['Vietnam', 'Viet Nam'],
  LAO: ['Laos', 'Lao PDR'],
  PHL: ['Philippines'],
  CZE: ['Czech Republic', 'Czechia'],
  SVK: ['Slovak Republic'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ['Burma', 'Myanmar'],
  NLD: ['Holland'],
  PSE: ['Palestine', 'State of Palestine', 'Palestinian Territories', 'Occupied Palestinian Territories'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  SAU: ['KSA'],
  // Zaire: the country's name from 1971 to 1997, still written for its history (the Ebola
  // outbreak of 1976 and the Zaire ebolavirus)
  COD: ['DRC', 'DR Congo', 'D.R. Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Republic of Congo', 'Republic of the Congo', 'Congo-Brazzaville'],
  MKD: ['North Macedonia', 'Macedonia', 'FYROM'],
  SWZ: ['Eswatini', 'Swaziland'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina'],
  VAT: ['Holy See', 'Vatican', 'Vatican City'],
  FLK: ['Falklands', 'Malvinas', 'Falkland Islands'],
  FSM: ['Micronesia'],
  MDA: ['Moldova'],
  BOL: ['Bolivia'],
  VEN: ['Venezuela'],
  TZA: ['Tanzania'],
  GMB: ['Gambia'],
  BHS: ['Bahamas'],
  KGZ: ['Kyrgyz Republic'],
  UNK: ['Kosovo', 'Republic of Kosovo'],
  HKG: ['Hong Kong SAR'],
  MAC: ['Macao', 'Macau SAR'],
  ESH: ['Western Sahara'],
};

// --- Alternative spellings dropped from altSpellings -----------------------
// Latin-script native-language names (non-Latin scripts and names equal to a
// native name in world-countries are dropped automatically), plus forms that
// are ambiguous in English news text or are not names of the country.
const DROP_ALT = new Set([
  // native-language / transliterated forms
  'Afġānistān', "ʁɛpublika de an'ɡɔla", 'Ahvenanmaa', 'Shqipëri', 'Shqipëria', 'Shqipnia',
  "Principat d'Andorra", 'República Argentina', 'Hayastan', 'Amerika Sāmoa', 'Amelika Sāmoa',
  'Sāmoa Amelika', 'Osterreich', 'Oesterreich', 'Azərbaycan Respublikası', "Republika y'Uburundi",
  'République du Burundi', 'België', 'Belgie', 'Belgien', 'Belgique', 'Koninkrijk België',
  'Royaume de Belgique', 'Königreich Belgien', 'République du Bénin', 'Gônôprôjatôntri Bangladesh',
  'Mamlakat al-Baḥrayn', 'Bielaruś', 'Collectivité de Saint-Barthélemy', 'Buliwya', 'Wuliwya',
  'Estado Plurinacional de Bolivia', 'Buliwya Mamallaqta', 'Wuliwya Suyu', 'Tetã Volívia', 'Brasil',
  'República Federativa do Brasil', 'Bouvetøya', 'Bouvet-øya', 'Lefatshe la Botswana',
  'République centrafricaine', 'Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'República de Chile',
  'Zhōngguó', 'Zhongguo', 'Zhonghua', 'Zhōnghuá Rénmín Gònghéguó', "République de Côte d'Ivoire",
  'République du Cameroun', "Kūki 'Āirani", 'República de Colombia', 'Union des Comores',
  'Udzima wa Komori', 'al-Ittiḥād al-Qumurī', 'República de Cabo Verde', 'República de Costa Rica',
  'República de Cuba', 'Kòrsou', 'Land Curaçao', 'Pais Kòrsou', 'Kýpros', 'Kıbrıs', 'Kıbrıs Cumhuriyeti',
  'Česká republika', 'Česko', 'Bundesrepublik Deutschland', 'Jabuuti', 'Gabuuti', 'République de Djibouti',
  'Gabuutih Ummuuno', 'Jamhuuriyadda Jabuuti', 'Dominique', 'Wai‘tu kubuli', 'Danmark',
  'Kongeriget Danmark', 'Dzayer', 'Algérie', 'República del Ecuador', 'Dawlat Iritriyá', 'ʾErtrā',
  'Iritriyā', 'Taneẓroft Tutrimt', 'Reino de España', 'Eesti', 'Eesti Vabariik', 'ʾĪtyōṗṗyā', 'Suomi',
  'Suomen tasavalta', 'Republiken Finland', 'Viti', 'Matanitu ko Viti', 'Fijī Gaṇarājya',
  'Islas Malvinas', 'République française', 'Føroyar', 'Færøerne', 'République Gabonaise', 'Sakartvelo',
  'Bailliage de Guernesey', 'Gwadloup', 'República da Guiné-Bissau', 'República de Guinea Ecuatorial',
  'République de Guinée équatoriale', 'República da Guiné Equatorial', 'Elláda', 'Grønland', 'Guyane',
  'Guåhån', 'República de Honduras', 'Hrvatska', 'Republika Hrvatska', "République d'Haïti",
  'Repiblik Ayiti', 'Republik Indonesia', 'Ellan Vannin', 'Mann', 'Mannin', 'Bhārat', 'Bharat Ganrajya',
  'Éire', 'Poblacht na hÉireann', 'Jomhuri-ye Eslāmi-ye Irān', 'Jumhūriyyat al-‘Irāq',
  'Lýðveldið Ísland', "Medīnat Yisrā'el", 'Repubblica italiana', 'Bailliage de Jersey',
  'Bailliage dé Jèrri', 'al-Mamlakah al-Urdunīyah al-Hāshimīyah', 'Nippon', 'Nihon', 'Qazaqstan',
  'Qazaqstan Respublïkası', 'Respublika Kazakhstan', 'Jamhuri ya Kenya', 'Kyrgyz Respublikasy',
  'Ribaberiki Kiribati', 'Dawlat al-Kuwait', 'Sathalanalat Paxathipatai Paxaxon Lao',
  'Al-Jumhūrīyah Al-Libnānīyah', 'Fürstentum Liechtenstein', 'ilaṅkai', 'Muso oa Lesotho',
  'Lietuvos Respublika', 'Grand-Duché de Luxembourg', 'Großherzogtum Luxemburg',
  'Groussherzogtum Lëtzebuerg', 'Latvijas Republika',
  'Região Administrativa Especial de Macau da República Popular da China',
  'Collectivité de Saint-Martin', 'Al-Mamlakah al-Maġribiyah', 'Principauté de Monaco',
  'Republica Moldova', "Repoblikan'i Madagasikara", 'République de Madagascar',
  'Dhivehi Raajjeyge Jumhooriyya', 'Mexicanos', 'Estados Unidos Mexicanos', 'Aolepān Aorōkin M̧ajeļ',
  'République du Mali', "Repubblika ta' Malta", 'Pyidaunzu Thanmăda Myăma Nainngandaw', 'Crna Gora',
  'Sankattan Siha Na Islas Mariånas', 'República de Moçambique',
  'al-Jumhūriyyah al-ʾIslāmiyyah al-Mūrītāniyyah', 'République de Maurice', 'Département de Mayotte',
  'Namibië', 'Nijar', "Teratri of Norf'k Ailen", 'Nijeriya', 'Naíjíríà', 'República de Nicaragua',
  'Nederland', 'Norge', 'Noreg', 'Kongeriket Norge', 'Kongeriket Noreg', 'Loktāntrik Ganatantra Nepāl',
  'Naoero', 'Ripublik Naoero', 'Aotearoa', 'Salṭanat ʻUmān', 'Pākistān', "Islāmī Jumhūriya'eh Pākistān",
  'República de Panamá', 'República del Perú', 'Repúblika ng Pilipinas', 'Beluu er a Belau',
  'Independen Stet bilong Papua Niugini', 'Rzeczpospolita Polska', 'Estado Libre Asociado de Puerto Rico',
  'Chosŏn Minjujuŭi Inmin Konghwaguk', 'Portuguesa', 'República Portuguesa', 'República del Paraguay',
  'Tetã Paraguái', 'Dawlat Filasṭin', 'Polynésie française', 'Pōrīnetia Farāni', 'Dawlat Qaṭar',
  'România', "Repubulika y'u Rwanda", 'République du Rwanda', 'Al-Mamlakah al-‘Arabiyyah as-Su‘ūdiyyah',
  'Jumhūrīyat as-Sūdān', 'République du Sénégal', 'Singapura', 'Republik Singapura',
  'República de El Salvador', 'Repubblica di San Marino', 'aṣ-Ṣūmāl',
  'Jamhuuriyadda Federaalka Soomaaliya', 'Jumhūriyyat aṣ-Ṣūmāl al-Fiderāliyya',
  'Collectivité territoriale de Saint-Pierre-et-Miquelon', 'Srbija', 'Republika Srbija',
  'República Democrática de São Tomé e Príncipe', 'Sarnam', 'Sranangron', 'Republiek Suriname',
  'Slovenská republika', 'Republika Slovenija', 'Konungariket Sverige', 'weSwatini', 'Swatini', 'Ngwane',
  'Umbuso weSwatini', 'Repiblik Sesel', 'République des Seychelles',
  'Al-Jumhūrīyah Al-ʻArabīyah As-Sūrīyah', 'Tchad', 'République du Tchad', 'République Togolaise',
  'Prathet', 'Ratcha Anachak Thai', 'Toçikiston', 'Çumhuriyi Toçikiston',
  'República Democrática de Timor-Leste', 'Repúblika Demokrátika Timór-Leste', "Timór Lorosa'e",
  'Timor Lorosae', 'al-Jumhūriyyah at-Tūnisiyyah', 'Türkiye Cumhuriyeti', 'Táiwān', 'Zhōnghuá Mínguó',
  'Jamhuri ya Muungano wa Tanzania', 'Jamhuri ya Uganda', 'Ukrayina', 'República Oriental del Uruguay',
  'O‘zbekiston Respublikasi', 'Stato della Città del Vaticano', 'República Bolivariana de Venezuela',
  'Cộng hòa Xã hội chủ nghĩa Việt Nam', 'Ripablik blong Vanuatu', 'République de Vanuatu',
  'Territoire des îles Wallis et Futuna', 'Malo Saʻoloto Tutoʻatasi o Sāmoa',
  'al-Jumhūriyyah al-Yamaniyyah', 'Suid-Afrika', 'Dawlat Libya',
  // not a name of the country / ambiguous in English news text
  'Island', // Icelandic/Danish for Iceland; the English word "island"
  'Thai', 'Togolese', 'Lao', 'Timor', 'Guiana', 'Congo', 'RSA', 'Abode of Peace',
  'Saudi', // kept as a demonym ("Saudi officials") rather than a name
  'former Yugoslav Republic of Macedonia',
]);

// Uppercase codes kept as names (all other bare 2-4 letter codes are dropped).
const KEEP_CODES = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK', 'KSA', 'FYROM']);

// --- Curated demonym forms, added to demonyms ------------------------------
// Regular plurals ("Americans", "Israelis") are generated by pluralize() below.
const CURATED_DEMONYMS = {
  USA: ['American'],
  GBR: ['British', 'Briton', 'Britons'],
  CHN: ['Chinese'],
  JPN: ['Japanese'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  RUS: ['Russian'],
  UKR: ['Ukrainian'],
  ISR: ['Israeli'],
  CZE: ['Czechs'],
  IRN: ['Iranian'],
  PHL: ['Filipino', 'Filipina', 'Philippine'],
  AUS: ['Australian'],
  IND: ['Indian'],
  TUR: ['Turkish', 'Turk'],
  NLD: ['Dutch'],
  CHE: ['Swiss'],
  TWN: ['Taiwanese'],
  PSE: ['Palestinian'],
  ESP: ['Spaniard'],
  POL: ['Pole'],
  DNK: ['Dane'],
  SWE: ['Swede'],
  FIN: ['Finn'],
  SVN: ['Slovenian'],
  HRV: ['Croat'],
  SRB: ['Serb'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  SAU: ['Saudi'],
  LAO: ['Lao'],
  MDV: ['Maldivian'],
  CPV: ['Cape Verdean'],
  ECU: ['Ecuadorian'],
  ARG: ['Argentinian'],
  COM: ['Comorian'],
  DJI: ['Djiboutian'],
  GIB: ['Gibraltarian'],
  UNK: ['Kosovan'],
  MKD: ['North Macedonian'],
  BIH: ['Bosnian'],
};

// Demonyms in world-countries that are wrong or are not demonyms.
const DROP_DEMONYMS = { DJI: ['Djibouti'], GIB: ['Gibraltar'], VAT: ['Vatican'] };

// Demonyms with no regular English plural.
const INVARIANT_DEMONYMS = new Set([
  'Malagasy', 'Motswana', 'Mosotho', 'I-Kiribati', 'Ni-Vanuatu', 'Burkinabe', 'Lao', 'Kirghiz',
  'Philippine', 'Manx', 'Turkmen', 'Antarctican', 'Greenlandic',
]);

// --- Curated capital spellings, added to capitals --------------------------
const CURATED_CAPITALS = {
  USA: ['Washington', 'Washington, D.C.'],
  UKR: ['Kiev'],
  MNG: ['Ulaanbaatar'],
  MMR: ['Nay Pyi Taw'],
  YEM: ['Sanaa'],
  KAZ: ['Nur-Sultan'],
};

// ===========================================================================

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const INVERTED_ISO = /,\s*(?:[^,]*\bof(?: the)?|British|U\.S\.)$/i;
const BARE_CODE = /^[A-Z]{2,5}$/;

const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const key = (s) => norm(s).toLowerCase();

function dedupe(list, exclude = []) {
  const seen = new Set(exclude.map(key));
  const out = [];
  for (const raw of list) {
    if (!raw) continue;
    const v = norm(raw);
    if (!v || seen.has(key(v))) continue;
    seen.add(key(v));
    out.push(v);
  }
  return out;
}

function nativeNonEnglish(c) {
  const s = new Set();
  for (const [lang, n] of Object.entries(c.name.native ?? {})) {
    if (lang === 'eng') continue;
    if (n.common) s.add(key(n.common));
    if (n.official) s.add(key(n.official));
  }
  return s;
}

const dropped = [];

function altNames(c) {
  const native = nativeNonEnglish(c);
  const candidates = [...(c.altSpellings ?? [])];
  const eng = c.name.native?.eng;
  if (eng) candidates.push(eng.common, eng.official);
  const kept = [];
  for (let a of candidates) {
    if (!a) continue;
    a = norm(a).replace(/^the\s+/i, '');
    let why = null;
    if (BARE_CODE.test(a) && !KEEP_CODES.has(a)) why = 'code';
    else if (NON_LATIN.test(a)) why = 'script';
    else if (native.has(key(a))) why = 'native';
    else if (DROP_ALT.has(a)) why = 'curated-drop';
    else if (INVERTED_ISO.test(a)) why = 'inverted';
    else if (a.includes('(')) why = 'parenthesised';
    if (why) dropped.push(`${c.cca3}:${why}:${a}`);
    else kept.push(a);
  }
  kept.push(...(CURATED_ALIASES[c.cca3] ?? []));
  return dedupe(kept, [c.name.common]);
}

const coord = (v) => (typeof v === 'number' ? String(Math.round(v * 1e5) / 1e5) : '');

function pluralize(d) {
  if (INVARIANT_DEMONYMS.has(d)) return null;
  if (/(ese|ish|ch|sh|ss|x|z|ois|ais|s)$/.test(d)) return null;
  return d + 's';
}

function demonyms(c) {
  const base = [];
  const eng = c.demonyms?.eng;
  for (const v of [eng?.m, eng?.f]) {
    if (!v) continue;
    for (const part of v.split(/,\s*|\s+or\s+/)) base.push(part);
  }
  const drop = new Set((DROP_DEMONYMS[c.cca3] ?? []).map(key));
  const forms = dedupe([...base, ...(CURATED_DEMONYMS[c.cca3] ?? [])]).filter((d) => !drop.has(key(d)));
  const plurals = forms.map(pluralize).filter(Boolean);
  return dedupe([...forms, ...plurals]);
}

// Build rows.
const rows = countries
  .map((c) => ({
    c,
    iso3: c.cca3,
    iso2: c.cca2,
    name: norm(c.name.common),
    official: norm(c.name.official),
    altNames: altNames(c),
    demonyms: demonyms(c),
    capitals: dedupe([...(c.capital ?? []), ...(CURATED_CAPITALS[c.cca3] ?? [])]),
    lat: coord(c.latlng?.[0]),
    lon: coord(c.latlng?.[1]),
    region: c.region ?? '',
    subregion: c.subregion ?? '',
  }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

// A demonym shared by a sovereign state and a dependent territory (e.g.
// "American" for USA and the Northern Mariana Islands) stays only with the
// independent state(s).
const holders = new Map();
for (const r of rows) for (const d of r.demonyms) {
  if (!holders.has(key(d))) holders.set(key(d), []);
  holders.get(key(d)).push(r);
}
const sharedDropped = [];
for (const [d, rs] of holders) {
  if (rs.length < 2) continue;
  const independent = rs.filter((r) => r.c.independent);
  if (independent.length === 0 || independent.length === rs.length) continue;
  for (const r of rs) {
    if (r.c.independent) continue;
    r.demonyms = r.demonyms.filter((x) => key(x) !== d);
    sharedDropped.push(`${r.iso3}:${d}`);
  }
}

// Report ambiguity that remains (same alias on several rows).
const aliasHolders = new Map();
for (const r of rows) for (const a of [r.name, r.official, ...r.altNames]) {
  const k = key(a);
  if (!aliasHolders.has(k)) aliasHolders.set(k, new Set());
  aliasHolders.get(k).add(r.iso3);
}
const ambiguousAliases = [...aliasHolders].filter(([, s]) => s.size > 1).map(([a, s]) => `${a}=${[...s].join('/')}`);
const ambiguousDemonyms = [...holders].filter(([d]) => {
  const now = rows.filter((r) => r.demonyms.some((x) => key(x) === d));
  return now.length > 1;
}).map(([d]) => `${d}=${rows.filter((r) => r.demonyms.some((x) => key(x) === d)).map((r) => r.iso3).join('/')}`);

const unknownCurated = Object.keys(CURATED_ALIASES).filter((k) => /^[A-Z]{3}$/.test(k) && !rows.some((r) => r.iso3 === k));
if (unknownCurated.length) console.warn(`countries: curated aliases for unknown iso3: ${unknownCurated.join(', ')}`);

const field = (v) => {
  const s = Array.isArray(v) ? v.join('|') : String(v);
  if (/[\t\r\n]/.test(s)) throw new Error(`field contains tab/newline: ${JSON.stringify(s)}`);
  if (Array.isArray(v) && v.some((x) => x.includes('|'))) throw new Error(`list item contains '|': ${v}`);
  return s;
};
const COLUMNS = ['iso3', 'iso2', 'name', 'official', 'altNames', 'demonyms', 'capitals', 'lat', 'lon', 'region', 'subregion'];
const lines = [
  `# herald countries v1 — generated by scripts/build-countries.mjs from npm world-countries ${pkgVersion} (ODbL)`,
  COLUMNS.join('\t'),
  ...rows.map((r) => COLUMNS.map((col) => field(r[col])).join('\t')),
];
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, lines.join('\n') + '\n', 'utf8');

console.log(`countries: ${rows.length} rows written to ${outPath}`);
console.log(`countries: ${dropped.length} altSpellings dropped (${['code', 'script', 'native', 'curated-drop', 'inverted', 'parenthesised']
  .map((w) => `${w}=${dropped.filter((d) => d.split(':')[1] === w).length}`).join(', ')})`);
if (process.env.HERALD_VERBOSE) console.log(dropped.join('\n'));
console.log(`countries: shared demonyms removed from dependent territories: ${sharedDropped.join(', ') || 'none'}`);
console.log(`countries: names on more than one row: ${ambiguousAliases.join('; ') || 'none'}`);
console.log(`countries: demonyms on more than one row: ${ambiguousDemonyms.join('; ') || 'none'}`);
const missingDemonyms = rows.filter((r) => r.demonyms.length === 0).map((r) => r.iso3);
const missingCapitals = rows.filter((r) => r.capitals.length === 0).map((r) => r.iso3);
console.log(`countries: rows without demonyms: ${missingDemonyms.join(' ') || 'none'}; without capitals: ${missingCapitals.join(' ') || 'none'}`);
