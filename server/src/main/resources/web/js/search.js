// Search page: full text, date range and facets (country, source, CAMEO root) over /api/articles.
import { get } from './api.js';
import { h, replace, route } from './dom.js';

const FILTERS = ['q', 'from', 'to', 'actor', 'country', 'place', 'source', 'root'];
const PAGE = 20;

const FACET_TITLES = { country: 'Countries', source: 'Sources', root: 'CAMEO roots' };

const ROOT_NAMES = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
  '04': 'Consult', '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation',
  '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
  '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit force posture',
  '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

function current(params) {
  const state = {};
  for (const key of FILTERS) {
    const v = params.get(key);
    if (v) state[key] = v;
  }
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  state.offset = Number.isFinite(offset) && offset > 0 ? offset : 0;
  return state;
}

function form(state) {
  const input = (name, label, type, placeholder) =>
    h('label', { class: 'field field-' + name }, label,
      h('input', { name, type, value: state[name] ?? '', placeholder, id: 'search-' + name }));
  const f = h('form', { class: 'search-form', role: 'search', id: 'search-form' },
    input('q', 'Text', 'search', 'e.g. Ishiba AND talks'),
    input('from', 'From', 'date'),
    input('to', 'To', 'date'),
    h('button', { type: 'submit' }, 'Search'));
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(f);
    const next = { ...state, offset: 0 };
    for (const key of ['q', 'from', 'to']) next[key] = String(data.get(key) ?? '').trim();
    window.location.hash = route('search', next);
  });
  return f;
}

function activeFilters(state) {
  const chips = [];
  for (const key of ['actor', 'country', 'place', 'source', 'root']) {
    if (!state[key]) continue;
    const without = { ...state, [key]: '', offset: 0 };
    chips.push(h('a', { class: 'chip', href: route('search', without), title: 'remove this filter' },
      `${key}: ${state[key]} ×`));
  }
  return chips.length ? h('p', { class: 'filters' }, chips) : null;
}

function facets(state, result) {
  const groups = [];
  for (const [key, title] of Object.entries(FACET_TITLES)) {
    const values = result.facets?.[key] ?? [];
    if (values.length === 0) continue;
    groups.push(h('div', { class: 'facet', 'data-facet': key },
      h('h3', {}, title),
      h('ul', {}, values.slice(0, 15).map((f) =>
        h('li', {},
          h('a', { href: route('search', { ...state, [key]: f.value, offset: 0 }),
                   class: state[key] === f.value ? 'selected' : null },
            key === 'root' ? `${f.value} ${ROOT_NAMES[f.value] ?? ''}` : f.value),
          h('span', { class: 'count' }, String(f.count)))))));
  }
  return h('aside', { class: 'facets' }, groups.length ? groups : h('p', { class: 'muted' }, 'No facets.'));
}

function resultItem(item) {
  return h('li', { class: 'result', 'data-id': item.id },
    h('a', { class: 'title', href: route('article/' + encodeURIComponent(item.id)) }, item.title || item.id),
    h('div', { class: 'meta' },
      item.date ?? 'undated', ' · ', item.source || 'unknown source', ' · ',
      `${item.events} events · ${item.actors} actors`),
    item.snippet ? h('p', { class: 'snippet' }, item.snippet) : null);
}

function pager(state, result) {
  const links = [];
  if (state.offset > 0) {
    links.push(h('a', { href: route('search', { ...state, offset: Math.max(0, state.offset - PAGE) }) }, '← previous'));
  }
  if (result.next) {
    links.push(h('a', { href: route('search', { ...state, offset: state.offset + PAGE }) }, 'next →'));
  }
  return h('nav', { class: 'pager' }, links);
}

export async function renderSearch(container, args, params, stillCurrent) {
  const state = current(params);
  const results = h('div', { class: 'results' }, h('p', { class: 'muted' }, 'Searching…'));
  replace(container, h('h1', {}, 'Articles'), form(state), activeFilters(state), results);
  const query = { ...state, limit: PAGE };
  if (!query.offset) delete query.offset;
  const result = await get('/api/articles', query);
  if (!stillCurrent()) return;
  const from = result.total === 0 ? 0 : state.offset + 1;
  const to = state.offset + result.items.length;
  replace(results,
    facets(state, result),
    h('div', { class: 'hits' },
      h('p', { class: 'total', id: 'result-count' },
        result.total === 0 ? 'No articles match.' : `${from}–${to} of ${result.total} articles`),
      h('ol', { class: 'result-list', start: String(from) }, result.items.map(resultItem)),
      pager(state, result)));
}
