// Hash router: #/search?q=..., #/article/{id}, #/network, #/map, #/timeline?a=JPN&b=USA.
import { get } from './api.js';
import { errorBox, replace } from './dom.js';
import { renderSearch } from './search.js';
import { renderArticle } from './article.js';
import { renderNetwork } from './network.js';
import { renderMap } from './map.js';
import { renderTimeline } from './timeline.js';

const views = {
  search: renderSearch,
  article: renderArticle,
  network: renderNetwork,
  map: renderMap,
  timeline: renderTimeline,
};

function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query] = raw.split('?', 2);
  const parts = path.split('/').filter((p) => p.length > 0).map(decodeURIComponent);
  return { view: parts[0] || 'search', args: parts.slice(1), params: new URLSearchParams(query ?? '') };
}

let generation = 0;

async function show() {
  const main = document.getElementById('main');
  const { view, args, params } = parse(window.location.hash);
  const render = views[view] ?? renderSearch;
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.dataset.route === (views[view] ? view : 'search'));
  }
  const mine = ++generation;
  const container = document.createElement('section');
  container.className = 'view view-' + view;
  container.setAttribute('aria-busy', 'true');
  replace(main, container);
  try {
    await render(container, args, params, () => mine === generation);
  } catch (error) {
    if (mine === generation) container.append(errorBox(error));
  } finally {
    container.setAttribute('aria-busy', 'false');
    container.dataset.ready = 'true';
  }
}

async function showHealth() {
  const target = document.getElementById('health');
  try {
    const health = await get('/api/health');
    replace(target, `${health.articles} articles · ${health.events} events`);
  } catch (error) {
    replace(target, 'server unavailable');
    target.classList.add('down');
  }
}

window.addEventListener('hashchange', show);
show();
showHealth();
