// DOM building without HTML parsing: every string from the server or an article becomes a text
// node or an attribute value, never markup. Nothing here touches innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element; string children become text nodes. */
export function h(tag, attrs, ...children) {
  return apply(document.createElement(tag), attrs, children);
}

/** An SVG element; string children become text nodes. */
export function s(tag, attrs, ...children) {
  return apply(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces all children of {@code node}. */
export function replace(node, ...children) {
  node.replaceChildren();
  return apply(node, {}, children);
}

/** A link inside the app (hash route); {@code params} are encoded into its query string. */
export function route(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v !== null && v !== undefined && v !== '') query.set(k, String(v));
  }
  const q = query.toString();
  return '#/' + path + (q ? '?' + q : '');
}

/** A link to an outside page, only for http(s) addresses; anything else stays plain text. */
export function outsideLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, label);
  }
  return h('span', {}, label);
}

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
}

export function formatGoldstein(g) {
  return typeof g === 'number' ? (g > 0 ? '+' : '') + g.toFixed(1) : '';
}

/** A colour from red (-10, conflict) through grey (0) to green (+10, cooperation). */
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (typeof g === 'number' ? g : 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 30, 30] : [30, 150, 60];
  const k = Math.abs(t) ** 0.6;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
