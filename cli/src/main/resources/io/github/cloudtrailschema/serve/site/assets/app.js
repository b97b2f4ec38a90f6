// The explorer's entry point: finds its data (served or static), routes, and wires the search box.
// Plain ES modules, no build step: the page is small, and a bundler would add an npm toolchain to
// a Maven build for no gain; the files under site/ are what the browser runs.
import { el, clear } from './dom.js';
import { detect } from './data.js';
import * as views from './views.js';
import { badge } from './views.js';
import { keys } from './keys.js';

const main = document.getElementById('main');
const search = document.getElementById('search');
const results = document.getElementById('search-results');
let source;

/** The current route: '' | 'service/NAME' | 'event/SOURCE/NAME'. Hash-based when static. */
function currentRoute() {
  if (source.mode === 'static') return decodeURI(location.hash.replace(/^#\/?/, ''));
  const base = new URL(document.baseURI).pathname;
  return decodeURI(location.pathname.slice(base.length));
}

function href(route) {
  const parts = route.split('/').map(encodeURIComponent).join('/');
  return source.mode === 'static' ? '#/' + parts : (parts || './');
}

function go(route) {
  if (source.mode === 'static') location.hash = '/' + route;
  else {
    history.pushState(null, '', href(route));
    render();
  }
}

/** A link to a route: a real href (open in a new tab works), followed in place on a plain click. */
function link(route, attrs, ...children) {
  return el('a', { ...attrs, href: href(route), onclick: (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    results.hidden = true;
    go(route);
  } }, ...children);
}

async function render() {
  const route = currentRoute();
  const [kind, a, ...rest] = route.split('/');
  try {
    if (!kind) {
      views.home(main, source, link);
    } else if (kind === 'service' && a) {
      views.service(main, await source.service(a), link);
    } else if (kind === 'event' && a && rest.length) {
      clear(main).append(el('p', { class: 'status', text: 'Loading ' + rest.join('/') + '…' }));
      views.event(main, await source.event(a, rest.join('/')), link);
    } else {
      views.problem(main, 'No such page: ' + route, link);
    }
  } catch (e) {
    views.problem(main, e.status === 404 ? 'Not found: ' + route : 'Could not load ' + route + ' (' + e.message + ')', link);
  }
  window.scrollTo(0, 0);
  document.body.dataset.route = route;
  document.body.dataset.ready = 'true';
}

let pending = 0;
async function runSearch() {
  const q = search.value;
  const mine = ++pending;
  if (!q.trim()) {
    results.hidden = true;
    return;
  }
  const hits = await source.search(q);
  if (mine !== pending) return;
  clear(results).append(...hits.slice(0, 20).map((h) => el('li', { role: 'option' },
    link('event/' + h.eventSource + '/' + h.eventName, { class: 'hit' },
      el('span', { class: 'name', text: h.eventName }), ' ',
      el('span', { class: 'service', text: h.service }), ' ', badge(h.readOnly),
      el('span', { class: 'summary', text: h.summary })))));
  if (!hits.length) results.append(el('li', { class: 'none', text: 'No event matches' }));
  results.hidden = false;
}

async function start() {
  try {
    source = await detect();
  } catch (e) {
    clear(main).append(el('p', { class: 'status error', text: 'No data: neither api/ nor data/ answered.' }));
    return;
  }
  document.body.dataset.mode = source.mode;
  document.getElementById('home').setAttribute('href', href(''));
  document.getElementById('home').addEventListener('click', (e) => { e.preventDefault(); go(''); });
  document.getElementById('footer').textContent =
    (source.mode === 'server' ? 'Served by cloudtrail-schema serve' : 'Static export of cloudtrail-schema')
    + ' · ' + source.services.catalogue;
  let timer;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(runSearch, 60); });
  search.addEventListener('keydown', async (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      await runSearch();
      const first = results.querySelector('a');
      if (first) first.click();
    }
  });
  search.addEventListener('focus', () => { if (search.value.trim() && results.childElementCount) results.hidden = false; });
  document.addEventListener('click', (e) => { if (!e.target.closest('.search')) results.hidden = true; });
  keys(search, results);
  window.addEventListener(source.mode === 'static' ? 'hashchange' : 'popstate', render);
  render();
}

start();
