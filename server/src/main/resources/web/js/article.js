// Article view: the text with actors, event triggers, quotes, places and times highlighted from
// the schema-v1 span offsets, and beside it the event table; a row click shows its sentence.
import { get } from './api.js';
import { formatGoldstein, h, outsideLink, replace, route } from './dom.js';
import { runs } from './highlight.js';

const KINDS = [
  ['actor', 'Actors'],
  ['trigger', 'Event triggers'],
  ['quote', 'Quotes'],
  ['place', 'Places'],
  ['time', 'Times'],
];

function span(pair) {
  return Array.isArray(pair) && pair.length === 2 ? { start: pair[0], end: pair[1] } : null;
}

function annotations(doc, actorsById) {
  const list = [];
  const add = (pair, kind, id, label) => {
    const s = span(pair);
    if (s) list.push({ ...s, kind, id, label });
  };
  for (const a of doc.actors ?? []) {
    for (const m of a.mentions ?? []) add(m, 'actor', a.id, `${a.name} (${a.code || 'no code'})`);
  }
  for (const e of doc.events ?? []) {
    add(e.trigger, 'trigger', e.id, `${e.cameo} ${e.cameoName}`);
  }
  for (const q of doc.quotes ?? []) {
    const speaker = q.speaker ? (actorsById.get(q.speaker.actor)?.name ?? q.speaker.name) : 'unattributed';
    add(q.span, 'quote', q.id, q.negated ? `not said or not discussed by ${speaker}` : `quote by ${speaker}`);
  }
  for (const p of doc.places ?? []) add(p.span, 'place', p.id, `${p.name} (${p.kind})`);
  for (const t of doc.times ?? []) add(t.span, 'time', t.id, `${t.type} ${t.value ?? ''}`);
  (doc.sentences ?? []).forEach((pair, i) => add(pair, 'sentence', String(i), ''));
  return list;
}

function renderText(doc, actorsById) {
  const text = doc.article?.text ?? '';
  const body = h('div', { class: 'article-text', id: 'article-text' });
  // Sentences never overlap, so each is one element holding its runs; a selected event's
  // sentence is marked as a whole while the highlights inside it keep their colours.
  let sentence = null;
  let sentenceId = null;
  for (const run of runs(text.length, annotations(doc, actorsById))) {
    const piece = text.slice(run.start, run.end);
    const classes = [];
    const labels = [];
    const ids = {};
    let inSentence = null;
    for (const a of run.covering) {
      if (a.kind === 'sentence') {
        inSentence = a.id;
        continue;
      }
      classes.push('hl-' + a.kind);
      if (a.label) labels.push(a.label);
      (ids[a.kind] ??= []).push(a.id);
    }
    if (inSentence !== sentenceId) {
      sentenceId = inSentence;
      sentence = inSentence === null ? null : h('span', { class: 'sentence', 'data-sentence': inSentence });
      if (sentence) body.append(sentence);
    }
    const parent = sentence ?? body;
    if (classes.length === 0) {
      parent.append(document.createTextNode(piece));
      continue;
    }
    const attrs = { class: [...new Set(classes)].join(' '), title: [...new Set(labels)].join('\n') || null };
    for (const [kind, list] of Object.entries(ids)) attrs['data-' + kind] = [...new Set(list)].join(' ');
    parent.append(h('span', attrs, piece));
  }
  return body;
}

function names(participants, actorsById) {
  if (!participants || participants.length === 0) return ['—'];
  return participants.map((p, i) => [
    i > 0 ? ', ' : '',
    h('span', { class: 'actor-name' }, actorsById.get(p.actor)?.name ?? p.actor),
    ' ',
    h('code', {}, p.code || '?'),
  ]);
}

function flags(e) {
  const out = [];
  if (e.negated) out.push(h('span', { class: 'badge negated' }, 'negated'));
  if (e.modality && e.modality !== 'asserted') out.push(h('span', { class: 'badge modality' }, e.modality));
  return out;
}

function eventTable(doc, actorsById, placesById, select) {
  const rows = (doc.events ?? []).map((e) => {
    const place = e.place ? placesById.get(e.place) : null;
    const row = h('tr', {
      'data-event': e.id, 'data-sentence': String(e.evidence?.sentence ?? ''), tabindex: '0',
      class: 'quad-' + e.quadClass,
    },
      h('td', {}, names(e.source, actorsById)),
      h('td', {}, h('code', {}, e.cameo), ' ', e.cameoName, ' ',
        h('span', { class: 'goldstein', title: 'Goldstein' }, formatGoldstein(e.goldstein)), flags(e)),
      h('td', {}, names(e.target, actorsById)),
      h('td', { class: 'date' }, e.date ?? 'unknown', e.dateSource ? h('div', { class: 'muted small' }, e.dateSource) : null),
      h('td', {}, place ? place.name : '—'),
      h('td', { class: 'evidence' }, e.evidence?.text ?? '',
        h('div', { class: 'muted small' }, e.evidence?.rule ?? '')));
    row.addEventListener('click', () => select(e.id));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(e.id);
      }
    });
    return row;
  });
  return h('table', { class: 'events', id: 'event-table' },
    h('thead', {}, h('tr', {}, ['Source', 'Event', 'Target', 'Date', 'Place', 'Evidence'].map((t) => h('th', {}, t)))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: '6', class: 'muted' }, 'No events coded.'))));
}

function legend(textNode) {
  return h('div', { class: 'legend' }, KINDS.map(([kind, label]) => {
    const box = h('input', { type: 'checkbox', checked: 'checked', 'data-kind': kind });
    textNode.classList.add('show-' + kind);
    box.addEventListener('change', () => textNode.classList.toggle('show-' + kind, box.checked));
    return h('label', { class: 'legend-item key-' + kind }, box, ' ', label);
  }));
}

function sideLists(doc, actorsById) {
  const actors = (doc.actors ?? []).map((a) =>
    h('tr', {},
      h('td', {}, a.name), h('td', {}, a.code ? h('a', { href: route('timeline', { a: a.code }) }, a.code) : '—'),
      h('td', {}, a.role || a.kind), h('td', {}, String((a.mentions ?? []).length))));
  const quotes = (doc.quotes ?? []).map((q) =>
    h('li', { 'data-quote': q.id },
      h('q', {}, q.text), ' — ',
      q.speaker ? (actorsById.get(q.speaker.actor)?.name ?? q.speaker.name) : h('span', { class: 'muted' }, 'unattributed'),
      q.negated ? h('span', { class: 'muted' }, ` (${q.cue ? 'did not ' + q.cue : 'negated'})`) : null));
  // one line per distinct place, with the number of times the text names it
  const distinct = new Map();
  for (const p of doc.places ?? []) {
    const key = `${p.name}\u0000${p.kind}\u0000${p.country ?? ''}`;
    const seen = distinct.get(key);
    if (seen) seen.n += 1; else distinct.set(key, { p, n: 1 });
  }
  const places = [...distinct.values()].map(({ p, n }) =>
    h('li', {}, h('a', { href: route('search', { place: p.name }) }, p.name),
      h('span', { class: 'muted' }, ` ${p.kind}${p.country ? ', ' + p.country : ''}${n > 1 ? ` ×${n}` : ''}`)));
  return h('div', { class: 'side-lists' },
    h('section', {}, h('h2', {}, 'Actors'),
      h('table', { class: 'actors' }, h('thead', {}, h('tr', {}, ['Name', 'Code', 'Role', 'Mentions'].map((t) => h('th', {}, t)))),
        h('tbody', {}, actors))),
    h('section', {}, h('h2', {}, 'Quotes'), quotes.length ? h('ul', { class: 'quotes' }, quotes) : h('p', { class: 'muted' }, 'None.')),
    h('section', {}, h('h2', {}, 'Places'), places.length ? h('ul', { class: 'places' }, places) : h('p', { class: 'muted' }, 'None.')),
    (doc.problems ?? []).length
      ? h('section', {}, h('h2', {}, 'Problems'), h('ul', {}, doc.problems.map((p) => h('li', {}, p))))
      : null);
}

export async function renderArticle(container, args, params) {
  const id = args[0];
  if (!id) {
    replace(container, h('p', {}, 'No article chosen. ', h('a', { href: route('search') }, 'Search')));
    return;
  }
  const doc = await get('/api/articles/' + encodeURIComponent(id));
  const actorsById = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  const placesById = new Map((doc.places ?? []).map((p) => [p.id, p]));
  const article = doc.article ?? {};
  const text = renderText(doc, actorsById);

  const select = (eventId) => {
    for (const el of container.querySelectorAll('.focus, .selected')) el.classList.remove('focus', 'selected');
    const e = (doc.events ?? []).find((x) => x.id === eventId);
    if (!e) return;
    container.querySelector(`tr[data-event="${CSS.escape(eventId)}"]`)?.classList.add('selected');
    const sentence = String(e.evidence?.sentence ?? '');
    const parts = text.querySelectorAll(`.sentence[data-sentence="${CSS.escape(sentence)}"]`);
    for (const part of parts) part.classList.add('focus');
    for (const part of text.querySelectorAll(`[data-trigger~="${CSS.escape(eventId)}"]`)) part.classList.add('selected');
    parts[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  text.addEventListener('click', (event) => {
    const trigger = event.target.closest?.('[data-trigger]');
    if (trigger) select(trigger.dataset.trigger.split(' ')[0]);
  });

  replace(container,
    h('p', { class: 'crumbs' }, h('a', { href: route('search') }, '← search')),
    h('h1', { class: 'article-title', id: 'article-title' }, article.title || '(untitled)'),
    h('p', { class: 'meta' }, article.date ?? 'undated', ' · ', article.source || 'unknown source',
      article.url ? [' · ', outsideLink(article.url, 'original')] : null, ' · ',
      h('a', { href: '/api/articles/' + encodeURIComponent(id) }, 'JSON')),
    h('div', { class: 'article-layout' },
      h('div', { class: 'article-main' }, legend(text), text, sideLists(doc, actorsById)),
      h('div', { class: 'article-events' }, h('h2', {}, `Events (${(doc.events ?? []).length})`),
        eventTable(doc, actorsById, placesById, select))));
  // #/article/{id}?event=e3 opens the article at that event's sentence
  const wanted = params?.get('event');
  if (wanted) select(wanted);
}
