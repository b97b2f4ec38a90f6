// The three pages: services, a service's events, an event.
import { el, clear, doc, copy } from './dom.js';
import { tree, expandAll } from './tree.js';

export function badge(readOnly) {
  return readOnly
    ? el('span', { class: 'badge read-only', text: 'read-only' })
    : el('span', { class: 'badge mutating', text: 'mutating' });
}

// A data event: logged only when a trail has a data-event selector on its resource type.
function dataBadge(isData) {
  return isData && el('span', { class: 'badge data', text: 'data event', title: 'logged only with a data-event selector' });
}

export function home(main, source, link) {
  const all = source.services.services;
  const filter = el('input', { id: 'service-filter', type: 'search', placeholder: 'Filter services', 'aria-label': 'Filter services', autocomplete: 'off' });
  const count = el('p', { class: 'count' });
  const list = el('ul', { id: 'services', class: 'list' });
  const show = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = all.filter((s) => !q || (s.name + ' ' + s.fullName + ' ' + s.eventSource).toLowerCase().includes(q));
    clear(list).append(...shown.map((s) => el('li', {},
      link('service/' + s.name, { class: 'service-link', 'data-nav': true },
        el('span', { class: 'name', text: s.name }),
        el('span', { class: 'full', text: s.fullName }),
        el('span', { class: 'source', text: s.eventSource }),
        el('span', { class: 'n', text: s.events + ' events' })))));
    count.textContent = shown.length + ' of ' + all.length + ' services';
  };
  filter.addEventListener('input', show);
  show();
  clear(main).append(el('h1', { text: 'CloudTrail events by service' }),
    el('p', { class: 'lead', text: 'Every event\'s requestParameters and responseElements, derived from the AWS API models (' + source.services.catalogue + ').' }),
    filter, count, list);
  document.title = 'CloudTrail events';
}

export function service(main, svc, link) {
  const filter = el('input', { id: 'event-filter', type: 'search', placeholder: 'Filter events', 'aria-label': 'Filter events', autocomplete: 'off' });
  const list = el('ul', { id: 'events', class: 'list' });
  const show = () => {
    const q = filter.value.trim().toLowerCase();
    clear(list).append(...svc.events
      .filter((e) => !q || (e.eventName + ' ' + e.summary).toLowerCase().includes(q))
      .map((e) => el('li', {},
        link('event/' + e.eventSource + '/' + e.eventName, { class: 'event-link', 'data-nav': true },
          el('span', { class: 'name', text: e.eventName }), badge(e.readOnly), dataBadge(e.dataEvent),
          e.deprecated && el('span', { class: 'badge deprecated', text: 'deprecated' }),
          el('span', { class: 'summary', text: e.summary })))));
  };
  filter.addEventListener('input', show);
  show();
  clear(main).append(
    el('nav', { class: 'crumbs' }, link('', {}, 'Services'), ' / ', svc.name),
    el('h1', { text: svc.fullName }),
    el('p', { class: 'meta', text: 'eventSource ' + svc.eventSource + ' · API ' + svc.apiVersion + ' · ' + svc.events.length + ' events' }),
    filter, list);
  document.title = svc.name + ' · CloudTrail events';
}

export function event(main, ev, link) {
  const parts = ev.parts.map((p) => {
    const box = el('section', { class: 'part', 'data-field': p.field });
    const head = el('h2', {}, el('code', { text: p.field }));
    box.append(head);
    if (p.tree) {
      const t = tree(p.tree);
      head.append(el('button', { class: 'expand-all', text: 'expand all', onclick: () => expandAll(t) }));
      box.append(t);
    } else {
      box.append(el('p', { class: 'null', text: 'null — ' + p.nullReason }));
    }
    return box;
  });
  const pre = el('pre', { id: 'format-text', class: 'code', tabindex: '0' });
  const notes = el('ul', { class: 'notes' });
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const select = (f) => {
    for (const b of tabs.children) b.setAttribute('aria-selected', String(b.dataset.format === f.name));
    pre.textContent = f.text;
    pre.dataset.format = f.name;
    clear(notes).append(...f.notes.map((n) => el('li', { text: n })));
  };
  for (const f of ev.formats) {
    tabs.append(el('button', { role: 'tab', class: 'tab', 'data-format': f.name, text: f.name, onclick: () => select(f) }));
  }
  select(ev.formats[0]);
  const example = ev.formats.find((f) => f.name === 'example');
  clear(main).append(
    el('nav', { class: 'crumbs' }, link('', {}, 'Services'), ' / ', link('service/' + ev.service, {}, ev.service), ' / ', ev.eventName),
    el('h1', {}, el('span', { id: 'event-name', text: ev.eventName }), ' ', badge(ev.readOnly),
      dataBadge(ev.eventCategory === 'Data'),
      ev.deprecated && el('span', { class: 'badge deprecated', text: 'deprecated' })),
    el('p', { class: 'meta', text: 'eventSource ' + ev.eventSource + ' · eventType ' + ev.eventType + ' · eventCategory ' + ev.eventCategory + ' · operation ' + ev.service + '.' + ev.operation
      + (ev.alsoLoggedAs.length ? ' · also logged as ' + ev.alsoLoggedAs.join(', ') : '') }),
    el('ul', { id: 'capture', class: 'capture' }, ...ev.capture.map((c) => el('li', { text: c }))),
    el('div', { class: 'description' }, doc(ev.doc)),
    ...parts,
    ...(ev.resources.length ? [el('section', { class: 'part', 'data-field': 'resources' },
      el('h2', {}, el('code', { text: 'resources' })),
      el('ul', { class: 'resources' }, ...ev.resources.map((r) => el('li', {}, el('code', { text: r })))))] : []),
    el('section', { class: 'formats' }, el('h2', { text: 'Formats' }), tabs,
      el('div', { class: 'toolbar' }, el('button', { id: 'copy-format', text: 'copy', onclick: () => copy(pre.textContent) })),
      pre, notes),
    example && el('section', { class: 'example' }, el('h2', { text: 'Example record' }),
      el('pre', { id: 'example', class: 'code', text: example.text })));
  document.title = ev.eventName + ' · ' + ev.eventSource;
}

export function problem(main, message, link) {
  clear(main).append(el('p', { class: 'status error', text: message }), link('', {}, 'All services'));
}
