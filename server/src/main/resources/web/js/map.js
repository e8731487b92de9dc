// Map of places and event locations: the bundled Natural Earth outline (world-v1.json) in an
// equirectangular projection, with a marker per place sized by its mentions and events.
import { getAll } from './api.js';
import { h, replace, route, s } from './dom.js';

const WIDTH = 1000;
// Latitudes 84°N to 60°S: news rarely happens nearer the poles, and the space goes to the rest.
const NORTH = 84;
const SOUTH = -60;
const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / 360);

let worldPromise = null;

function world() {
  worldPromise ??= fetch('world-v1.json').then((r) => {
    if (!r.ok) throw new Error(`world outline: ${r.status}`);
    return r.json();
  });
  return worldPromise;
}

/** Longitude/latitude in degrees to SVG coordinates of a WIDTH x HEIGHT world. */
export function project(lon, lat) {
  return [((lon + 180) / 360) * WIDTH, ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT];
}

/**
 * SVG path data of one ring. Rings crossing the antimeridian (Russia, Fiji, Antarctica) are
 * unwrapped so each step is shorter than 180 degrees, then drawn again shifted by 360 degrees;
 * the SVG viewport clips what falls outside the world.
 */
export function ringPath(ring) {
  const lons = [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < ring.length; i += 2) {
    let lon = ring[i];
    if (lons.length > 0) {
      const prev = lons[lons.length - 1];
      while (lon - prev > 180) lon -= 360;
      while (prev - lon > 180) lon += 360;
    }
    lons.push(lon);
    min = Math.min(min, lon);
    max = Math.max(max, lon);
  }
  const shifts = [0];
  if (min < -180) shifts.push(360);
  if (max > 180) shifts.push(-360);
  let d = '';
  for (const shift of shifts) {
    lons.forEach((lon, k) => {
      const [x, y] = project(lon + shift, ring[2 * k + 1]);
      d += (k === 0 ? 'M' : 'L') + x.toFixed(1) + ' ' + y.toFixed(1);
    });
    d += 'Z';
  }
  return d;
}

function outline(data, counts) {
  const g = s('g', { class: 'countries' });
  for (const country of data.countries) {
    const d = country.rings.map(ringPath).join('');
    const n = counts.get(country.iso3) ?? 0;
    g.append(s('path', { d, class: n > 0 ? 'country mentioned' : 'country', 'data-iso3': country.iso3 },
      s('title', {}, `${country.name}${n ? `: ${n} mentions` : ''}`)));
  }
  return g;
}

function graticule() {
  const g = s('g', { class: 'graticule' });
  for (let lon = -150; lon <= 150; lon += 30) {
    const [x] = project(lon, 0);
    g.append(s('line', { x1: x, y1: 0, x2: x, y2: HEIGHT }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const [, y] = project(0, lat);
    g.append(s('line', { x1: 0, y1: y, x2: WIDTH, y2: y }));
  }
  return g;
}

function markers(places) {
  const g = s('g', { class: 'markers' });
  const weight = (p) => (p.mentions ?? 0) + (p.events ?? 0);
  const max = Math.max(1, ...places.map(weight));
  // big markers first, so small ones stay clickable on top
  const sorted = [...places].sort((a, b) => weight(b) - weight(a));
  for (const p of sorted) {
    if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    const [x, y] = project(p.lon, p.lat);
    const r = 2.5 + 12 * Math.sqrt(weight(p) / max);
    const link = s('a', { href: route('search', { place: p.name }), class: 'marker-link' },
      s('circle', {
        cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), 'data-r': r.toFixed(2),
        class: (p.events ?? 0) > 0 ? 'marker event-location' : 'marker', 'data-name': p.name,
      }),
      s('title', {}, `${p.name} (${p.kind}): ${p.mentions} mentions, ${p.events} events, ${p.articles} articles`));
    g.append(link);
  }
  return g;
}

/**
 * Zooms the map to the box around the markers (or back to the world), keeping the map's aspect
 * ratio and the markers' size on screen.
 */
function zoom(svg, places, fit) {
  let box = [0, 0, WIDTH, HEIGHT];
  const points = places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number').map((p) => project(p.lon, p.lat));
  if (fit && points.length > 0) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    let w = Math.max(60, Math.max(...xs) - Math.min(...xs)) * 1.3;
    let hgt = Math.max(30, Math.max(...ys) - Math.min(...ys)) * 1.3;
    if (w / hgt > WIDTH / HEIGHT) hgt = (w * HEIGHT) / WIDTH; else w = (hgt * WIDTH) / HEIGHT;
    w = Math.min(w, WIDTH);
    hgt = Math.min(hgt, HEIGHT);
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
    const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    box = [Math.min(WIDTH - w, Math.max(0, cx - w / 2)), Math.min(HEIGHT - hgt, Math.max(0, cy - hgt / 2)), w, hgt];
  }
  const k = WIDTH / box[2];
  svg.setAttribute('viewBox', box.map((v) => v.toFixed(1)).join(' '));
  for (const c of svg.querySelectorAll('circle.marker')) c.setAttribute('r', (Number(c.dataset.r) / Math.sqrt(k)).toFixed(2));
  svg.classList.toggle('zoomed', fit);
}

export async function renderMap(container, args, params, stillCurrent) {
  replace(container, h('h1', {}, 'Places'), h('p', { class: 'muted' }, 'Loading…'));
  const [data, places] = await Promise.all([world(), getAll('/api/places', { kind: params.get('kind') }, 1000)]);
  if (!stillCurrent()) return;
  // countries shaded by the mentions of places in them (the place's ISO3 code, or a country
  // place matched on the outline's name when the API gives no code)
  const isoByName = new Map(data.countries.map((c) => [c.name.toLowerCase(), c.iso3]));
  const counts = new Map();
  for (const p of places) {
    const iso3 = p.country || (p.kind === 'country' ? isoByName.get(String(p.name).toLowerCase()) : '');
    if (iso3) counts.set(iso3, (counts.get(iso3) ?? 0) + (p.mentions ?? 0));
  }
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'world-map', id: 'world-map', role: 'img', 'aria-label': 'map of places' },
    s('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'ocean' }),
    graticule(), outline(data, counts), markers(places));
  const top = places.slice(0, 25).map((p) =>
    h('tr', {}, h('td', {}, h('a', { href: route('search', { place: p.name }) }, p.name)), h('td', {}, p.kind),
      h('td', { class: 'num' }, String(p.mentions)), h('td', { class: 'num' }, String(p.events)), h('td', { class: 'num' }, String(p.articles))));
  const worldButton = h('button', { type: 'button', class: 'secondary', id: 'map-world' }, 'World');
  const fitButton = h('button', { type: 'button', class: 'secondary', id: 'map-fit' }, 'Zoom to places');
  worldButton.addEventListener('click', () => zoom(svg, places, false));
  fitButton.addEventListener('click', () => zoom(svg, places, true));
  replace(container,
    h('h1', {}, 'Places'),
    h('p', { class: 'map-tools' }, worldButton, ' ', fitButton),
    h('p', { class: 'legend-line' },
      h('span', { class: 'key-dot event-location' }), ' event location  ',
      h('span', { class: 'key-dot' }), ' place mentioned  · size: mentions + events · ',
      `${places.length} places`),
    h('div', { class: 'figure' }, svg),
    h('table', { class: 'places-table' },
      h('thead', {}, h('tr', {}, ['Place', 'Kind', 'Mentions', 'Events', 'Articles'].map((t) => h('th', {}, t)))),
      h('tbody', {}, top)),
    h('p', { class: 'attribution muted small' }, 'Country outlines: Natural Earth (public domain) via world-atlas.'));
}
