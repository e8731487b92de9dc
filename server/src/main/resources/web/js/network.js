// Actor network: nodes are actors, edges dyads coloured by mean Goldstein (red conflict, green
// cooperation) and as wide as their event counts; laid out by a small force simulation.
import { get } from './api.js';
import { errorBox, formatGoldstein, goldsteinColour, h, replace, route, s } from './dom.js';

const WIDTH = 900;
const HEIGHT = 600;

/**
 * Fruchterman–Reingold style layout, deterministic (nodes start on a circle in input order).
 * Returns a Map code -> {x, y} inside [margin, size - margin].
 */
export function layout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length;
  const pos = new Map();
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    pos.set(node.code, { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle), dx: 0, dy: 0 });
  });
  // ideal edge length: shorter in crowded graphs, capped so a few actors do not fly to the corners
  const k = Math.min(110, Math.sqrt((width * height) / Math.max(1, n)) * 0.6);
  const links = edges.filter((e) => pos.has(e.source) && pos.has(e.target) && e.source !== e.target);
  let temperature = width / 10;
  for (let it = 0; it < iterations; it++) {
    for (const p of pos.values()) { p.dx = 0; p.dy = 0; }
    const all = [...pos.values()];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i];
        const b = all[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
        const force = (k * k) / d;
        a.dx += (dx / d) * force; a.dy += (dy / d) * force;
        b.dx -= (dx / d) * force; b.dy -= (dy / d) * force;
      }
    }
    for (const e of links) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const force = ((d * d) / k) * Math.min(2, 1 + Math.log1p(e.count ?? 1) / 4);
      a.dx -= (dx / d) * force; a.dy -= (dy / d) * force;
      b.dx += (dx / d) * force; b.dy += (dy / d) * force;
    }
    for (const p of pos.values()) {
      // gravity keeps unconnected components on screen
      p.dx += (width / 2 - p.x) * 0.6;
      p.dy += (height / 2 - p.y) * 0.6 * (width / height);
      const d = Math.max(0.01, Math.hypot(p.dx, p.dy));
      const step = Math.min(d, temperature);
      p.x = Math.min(width - 50, Math.max(50, p.x + (p.dx / d) * step));
      p.y = Math.min(height - 45, Math.max(35, p.y + (p.dy / d) * step));
    }
    temperature = Math.max(0.5, temperature * 0.985);
  }
  return pos;
}

async function showActor(panel, code) {
  replace(panel, h('p', { class: 'muted' }, 'Loading ', code, '…'));
  const actor = await get('/api/actors/' + encodeURIComponent(code));
  replace(panel,
    h('h2', { id: 'actor-name' }, actor.name || actor.code, ' ', h('code', {}, actor.code)),
    h('p', {}, `${actor.events} events: ${actor.asSource} as source, ${actor.asTarget} as target. `,
      h('a', { href: route('search', { actor: actor.code }) }, 'articles')),
    (actor.roles ?? []).length
      ? h('table', { class: 'roles' },
          h('thead', {}, h('tr', {}, ['Person', 'Office', 'Code', 'First seen', 'Last seen'].map((t) => h('th', {}, t)))),
          h('tbody', {}, actor.roles.map((r) => h('tr', { class: r.current ? 'current' : null },
            h('td', {}, r.person), h('td', {}, r.office), h('td', {}, r.code),
            h('td', {}, r.firstSeen ?? ''), h('td', {}, r.lastSeen ?? '')))))
      : null,
    h('h3', {}, 'Counterparts'),
    h('ul', { class: 'counterparts' }, (actor.counterparts ?? []).map((c) =>
      h('li', {},
        h('a', { href: route('timeline', { a: actor.code, b: c.code }) }, c.name || c.code), ' ',
        h('code', {}, c.code), ` ${c.count} events, mean Goldstein `,
        h('span', { class: 'swatch-text', 'data-g': String(c.meanGoldstein) }, formatGoldstein(c.meanGoldstein))))));
  for (const el of panel.querySelectorAll('.swatch-text')) el.style.color = goldsteinColour(Number(el.dataset.g));
}

function controls(params) {
  const f = h('form', { class: 'search-form' },
    h('label', { class: 'field' }, 'From', h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', { class: 'field' }, 'To', h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    h('label', { class: 'field' }, 'Edges', h('input', { type: 'number', name: 'limit', min: '1', max: '500', value: params.get('limit') ?? '100' })),
    h('button', { type: 'submit' }, 'Draw'));
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(f);
    window.location.hash = route('network', Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()])));
  });
  return f;
}

function scale() {
  const stops = [-10, -5, 0, 5, 10];
  return h('div', { class: 'scale' }, 'mean Goldstein: ', stops.map((g) => {
    const sw = h('span', { class: 'swatch' }, formatGoldstein(g));
    sw.style.background = goldsteinColour(g);
    return sw;
  }));
}

export async function renderNetwork(container, args, params, stillCurrent) {
  const query = { from: params.get('from'), to: params.get('to'), limit: params.get('limit') ?? 100 };
  const graph = await get('/api/network', query);
  if (!stillCurrent()) return;
  const panel = h('aside', { class: 'actor-panel', id: 'actor-panel' }, h('p', { class: 'muted' }, 'Click an actor.'));
  const nodes = graph.nodes ?? [];
  const edges = graph.edges ?? [];
  if (nodes.length === 0) {
    replace(container, h('h1', {}, 'Actor network'), controls(params), h('p', { class: 'muted' }, 'No events in this range.'));
    return;
  }
  const pos = layout(nodes, edges, WIDTH, HEIGHT);
  const maxCount = Math.max(1, ...edges.map((e) => e.count ?? 1));
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events ?? 1));
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'network', id: 'network', role: 'img', 'aria-label': 'actor network' });
  const edgeLayer = s('g', { class: 'edges' });
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    edgeLayer.append(s('line', {
      x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      stroke: goldsteinColour(e.meanGoldstein), 'stroke-width': (1 + 5 * Math.sqrt((e.count ?? 1) / maxCount)).toFixed(1),
      class: 'edge', 'data-source': e.source, 'data-target': e.target,
    }, s('title', {}, `${e.source} – ${e.target}: ${e.count} events, mean Goldstein ${formatGoldstein(e.meanGoldstein)}`)));
  }
  const nodeLayer = s('g', { class: 'nodes' });
  // in a crowded network only the busiest actors carry a label; the rest show it on hover
  const labelled = new Set([...nodes].sort((x, y) => (y.events ?? 0) - (x.events ?? 0)).slice(0, 30).map((n) => n.code));
  for (const node of nodes) {
    const p = pos.get(node.code);
    const r = 5 + 15 * Math.sqrt((node.events ?? 1) / maxEvents);
    const g = s('g', { class: 'node', transform: `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`, 'data-code': node.code, tabindex: '0' },
      s('circle', { r: r.toFixed(1) }),
      labelled.has(node.code) ? s('text', { y: (r + 12).toFixed(1), 'text-anchor': 'middle' }, node.code) : null,
      s('title', {}, `${node.name || node.code} (${node.code}): ${node.events} events`));
    g.addEventListener('click', () => {
      for (const other of nodeLayer.querySelectorAll('.chosen')) other.classList.remove('chosen');
      g.classList.add('chosen');
      showActor(panel, node.code).catch((err) => replace(panel, errorBox(err)));
    });
    nodeLayer.append(g);
  }
  svg.append(edgeLayer, nodeLayer);
  replace(container, h('h1', {}, 'Actor network'), controls(params), scale(),
    h('div', { class: 'network-layout' }, h('div', { class: 'figure' }, svg), panel));
}
