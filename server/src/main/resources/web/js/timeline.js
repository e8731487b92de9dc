// Dyad timeline: per day, cooperation (QuadClass 1-2) above the axis and conflict (3-4) below,
// with the day's mean Goldstein as a line; events in both directions between actors a and b.
import { get, getAll } from './api.js';
import { errorBox, formatGoldstein, goldsteinColour, h, replace, route, s } from './dom.js';

const WIDTH = 1000;
const HEIGHT = 360;
const M = { left: 48, right: 48, top: 20, bottom: 40 };
const DAY = 86400000;

function controls(params) {
  const f = h('form', { class: 'search-form', id: 'dyad-form' },
    h('label', { class: 'field' }, 'Actor A', h('input', { name: 'a', id: 'dyad-a', value: params.get('a') ?? '', placeholder: 'JPN' })),
    h('label', { class: 'field' }, 'Actor B', h('input', { name: 'b', id: 'dyad-b', value: params.get('b') ?? '', placeholder: 'USA' })),
    h('label', { class: 'field' }, 'From', h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', { class: 'field' }, 'To', h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    h('button', { type: 'submit' }, 'Draw'));
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(f);
    window.location.hash = route('timeline', Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()])));
  });
  return f;
}

function parseDay(text) {
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Fills the days without events between the first and last day with zeros. */
export function dailySeries(items) {
  if (items.length === 0) return [];
  const byDay = new Map(items.map((i) => [i.date, i]));
  const days = items.map((i) => parseDay(i.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const out = [];
  for (let t = first; t <= last && out.length < 20000; t += DAY) {
    const date = isoDay(t);
    out.push(byDay.get(date) ?? { date, count: 0, cooperation: 0, conflict: 0, meanGoldstein: null });
  }
  return out;
}

function chart(series, onDay) {
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const mid = M.top + plotH / 2;
  const max = Math.max(1, ...series.map((d) => Math.max(d.cooperation ?? 0, d.conflict ?? 0)));
  const step = plotW / series.length;
  const barW = Math.max(1, Math.min(40, step * 0.8));
  const y = (n) => (n / max) * (plotH / 2);
  const gy = (g) => mid - (g / 10) * (plotH / 2);
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'timeline', id: 'timeline-chart', role: 'img', 'aria-label': 'dyad timeline' });
  const bars = s('g', { class: 'bars' });
  series.forEach((d, i) => {
    const x = M.left + i * step + (step - barW) / 2;
    const tip = `${d.date}: ${d.cooperation} cooperation, ${d.conflict} conflict` +
      (d.meanGoldstein === null || d.meanGoldstein === undefined ? '' : `, mean Goldstein ${formatGoldstein(d.meanGoldstein)}`);
    if (d.count > 0) {
      // a full-height hit area per day, so thin bars are easy to click
      const hit = s('rect', { x: (M.left + i * step).toFixed(2), y: M.top, width: step.toFixed(2), height: plotH, class: 'day-hit', 'data-date': d.date }, s('title', {}, tip));
      hit.addEventListener('click', () => onDay(d.date));
      bars.append(hit);
    }
    if (d.cooperation > 0) {
      bars.append(s('rect', { x: x.toFixed(2), y: (mid - y(d.cooperation)).toFixed(2), width: barW.toFixed(2), height: y(d.cooperation).toFixed(2), class: 'bar cooperation', 'data-date': d.date }, s('title', {}, tip)));
    }
    if (d.conflict > 0) {
      bars.append(s('rect', { x: x.toFixed(2), y: mid.toFixed(2), width: barW.toFixed(2), height: y(d.conflict).toFixed(2), class: 'bar conflict', 'data-date': d.date }, s('title', {}, tip)));
    }
  });
  let path = '';
  const dots = s('g', { class: 'goldstein-dots' });
  series.forEach((d, i) => {
    if (typeof d.meanGoldstein !== 'number') return;
    const x = M.left + i * step + step / 2;
    path += (path ? 'L' : 'M') + x.toFixed(2) + ' ' + gy(d.meanGoldstein).toFixed(2);
    dots.append(s('circle', { cx: x.toFixed(2), cy: gy(d.meanGoldstein).toFixed(2), r: 3, fill: goldsteinColour(d.meanGoldstein) },
      s('title', {}, `${d.date}: mean Goldstein ${formatGoldstein(d.meanGoldstein)}`)));
  });
  const axes = s('g', { class: 'axes' },
    s('line', { x1: M.left, y1: mid, x2: WIDTH - M.right, y2: mid, class: 'zero' }),
    s('line', { x1: M.left, y1: M.top, x2: M.left, y2: HEIGHT - M.bottom }),
    s('line', { x1: WIDTH - M.right, y1: M.top, x2: WIDTH - M.right, y2: HEIGHT - M.bottom }),
    s('text', { x: M.left - 6, y: M.top + 4, 'text-anchor': 'end' }, String(max)),
    s('text', { x: M.left - 6, y: HEIGHT - M.bottom, 'text-anchor': 'end' }, String(max)),
    s('text', { x: M.left - 6, y: mid + 4, 'text-anchor': 'end' }, '0'),
    s('text', { x: WIDTH - M.right + 6, y: M.top + 4 }, '+10'),
    s('text', { x: WIDTH - M.right + 6, y: HEIGHT - M.bottom }, '−10'),
    s('text', { x: M.left + 4, y: M.top + 12, class: 'axis-label' }, 'cooperation ↑'),
    s('text', { x: M.left + 4, y: HEIGHT - M.bottom - 4, class: 'axis-label' }, 'conflict ↓'));
  const ticks = s('g', { class: 'ticks' });
  const every = Math.max(1, Math.ceil(series.length / 8));
  series.forEach((d, i) => {
    if (i % every !== 0 && i !== series.length - 1) return;
    if (i === series.length - 1 && i % every !== 0 && i % every < every / 2) return;
    const x = M.left + i * step + step / 2;
    ticks.append(s('text', { x: x.toFixed(1), y: HEIGHT - M.bottom + 16, 'text-anchor': 'middle' }, d.date));
  });
  svg.append(axes, bars, s('path', { d: path, class: 'goldstein-line' }), dots, ticks);
  return svg;
}

async function suggestions() {
  const graph = await get('/api/network', { limit: 12 });
  const edges = graph.edges ?? [];
  if (edges.length === 0) return h('p', { class: 'muted' }, 'No dyads yet.');
  return h('div', {}, h('h2', {}, 'Busiest dyads'),
    h('ul', { class: 'dyads' }, edges.map((e) =>
      h('li', {}, h('a', { href: route('timeline', { a: e.source, b: e.target }) }, `${e.source} – ${e.target}`),
        ` ${e.count} events, mean Goldstein ${formatGoldstein(e.meanGoldstein)}`))));
}

function eventRow(e) {
  return h('tr', { class: 'quad-' + e.quadClass },
    h('td', {}, e.date ?? ''),
    h('td', {}, e.source?.name ?? '', ' ', h('code', {}, e.source?.code ?? '')),
    h('td', {}, h('code', {}, e.cameo), ' ', e.cameoName ?? '', ' ', h('span', { class: 'goldstein' }, formatGoldstein(e.goldstein))),
    h('td', {}, e.target ? [e.target.name ?? '', ' ', h('code', {}, e.target.code ?? '')] : '—'),
    h('td', { class: 'evidence' }, e.evidence ?? '', ' ',
      h('a', { href: route('article/' + encodeURIComponent(e.articleId), { event: e.eventId }) }, 'open sentence')));
}

async function showDay(panel, a, b, date) {
  replace(panel, h('p', { class: 'muted' }, 'Loading events of ', date, '…'));
  const [ab, ba] = await Promise.all([
    getAll('/api/events', { source: a, target: b, from: date, to: date }, 200),
    getAll('/api/events', { source: b, target: a, from: date, to: date }, 200),
  ]);
  const events = [...ab, ...ba];
  replace(panel,
    h('h2', {}, `Events on ${date}`),
    events.length === 0
      ? h('p', { class: 'muted' }, 'None.')
      : h('table', { class: 'events day-events' },
          h('thead', {}, h('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Evidence'].map((t) => h('th', {}, t)))),
          h('tbody', {}, events.map(eventRow))));
}

export async function renderTimeline(container, args, params, stillCurrent) {
  const a = params.get('a');
  const b = params.get('b');
  replace(container, h('h1', {}, 'Dyad timeline'), controls(params));
  if (!a || !b) {
    container.append(h('p', { class: 'muted' }, 'Choose two actors (codes such as JPNGOV, or country prefixes such as JPN).'));
    const list = await suggestions();
    if (stillCurrent()) container.append(list);
    return;
  }
  const items = await getAll('/api/dyads', { a, b, from: params.get('from'), to: params.get('to') }, 5000);
  if (!stillCurrent()) return;
  if (items.length === 0) {
    container.append(h('p', { class: 'muted', id: 'timeline-empty' }, `No events between ${a} and ${b}.`));
    return;
  }
  const series = dailySeries(items);
  const dayPanel = h('div', { class: 'day-panel', id: 'day-panel' }, h('p', { class: 'muted' }, 'Click a day to list its events.'));
  const total = items.reduce((n, d) => n + (d.count ?? 0), 0);
  const coop = items.reduce((n, d) => n + (d.cooperation ?? 0), 0);
  const conflict = items.reduce((n, d) => n + (d.conflict ?? 0), 0);
  container.append(
    h('p', { class: 'summary', id: 'timeline-summary' },
      `${a} – ${b}: ${total} event${total === 1 ? '' : 's'} on ${items.length} day${items.length === 1 ? '' : 's'} (${items[0].date} to ${items[items.length - 1].date}); `,
      `${coop} cooperation, ${conflict} conflict. `,
      h('a', { href: route('search', { actor: a, q: '' }) }, `articles with ${a}`)),
    h('p', { class: 'legend-line' }, h('span', { class: 'key-box cooperation' }), ' cooperation (QuadClass 1–2)  ',
      h('span', { class: 'key-box conflict' }), ' conflict (3–4)  ', h('span', { class: 'key-line' }), ' mean Goldstein (right axis)'),
    h('div', { class: 'figure' }, chart(series, (date) => showDay(dayPanel, a, b, date).catch((e) => replace(dayPanel, errorBox(e))))),
    dayPanel);
}
