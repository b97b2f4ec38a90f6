// An event part as a collapsible tree: key, type and constraints; documentation and enum values on
// expand; buttons that copy the field's path as EventBridge sees it (detail.requestParameters...)
// and in the plain form `paths` prints. Children are built when first opened: EC2's and
// QuickSight's trees run to thousands of nodes.
import { el, doc, copy } from './dom.js';

export function tree(root) {
  const ul = el('ul', { class: 'tree', role: 'tree' });
  ul.append(node(root, true));
  return ul;
}

function node(n, open) {
  const kids = n.children || [];
  const li = el('li', { class: 'node kind-' + n.kind, role: 'treeitem', 'data-path': n.path });
  const toggle = kids.length
    ? el('button', { class: 'toggle', 'aria-expanded': 'false', title: 'expand', text: '▸' })
    : el('span', { class: 'toggle leaf', text: '·' });
  const hasDetail = (n.doc && n.doc.length) || (n.enum && n.enum.length);
  const row = el('div', { class: 'row' },
    toggle,
    el('span', { class: 'key', text: n.name }),
    el('span', { class: 'type', text: n.type }),
    n.required && el('span', { class: 'badge required', text: 'required' }),
    n.deprecated && el('span', { class: 'badge deprecated', text: 'deprecated' }),
    n.alsoLoggedAs && el('span', { class: 'also', text: 'also logged as ' + n.alsoLoggedAs.join(', ') }),
    el('span', { class: 'actions' },
      hasDetail && el('button', { class: 'doc-toggle', title: 'documentation and values', text: 'doc' }),
      el('button', { class: 'copy-detail', title: 'copy detail.' + n.path, text: 'detail.…', onclick: () => copy('detail.' + n.path) }),
      el('button', { class: 'copy-path', title: 'copy ' + n.path, text: 'path', onclick: () => copy(n.path) })));
  li.append(row);
  if (hasDetail) {
    const d = el('div', { class: 'doc', hidden: true });
    if (n.doc && n.doc.length) d.append(doc(n.doc));
    if (n.enum && n.enum.length) {
      d.append(el('div', { class: 'enum' }, el('span', { text: 'one of: ' }),
        n.enum.map((v) => el('code', { text: v === '' ? '""' : v }))));
    }
    li.append(d);
    row.querySelector('.doc-toggle').addEventListener('click', () => { d.hidden = !d.hidden; });
  }
  if (kids.length) {
    const sub = el('ul', { class: 'children', role: 'group', hidden: true });
    li.append(sub);
    toggle.addEventListener('click', () => setOpen(li, sub.hidden));
    li._build = () => {
      if (!sub.childElementCount) kids.forEach((k) => sub.append(node(k, false)));
    };
    if (open) setOpen(li, true);
  }
  return li;
}

export function setOpen(li, open) {
  const sub = li.querySelector(':scope > ul.children');
  if (!sub) return;
  if (open && li._build) li._build();
  sub.hidden = !open;
  const t = li.querySelector(':scope > .row > .toggle');
  t.setAttribute('aria-expanded', String(open));
  t.textContent = open ? '▾' : '▸';
  const d = li.querySelector(':scope > .doc');
  if (d && open) d.hidden = false;
}

/** Opens every node of a tree, up to `limit` nodes. */
export function expandAll(ul, limit = 3000) {
  let count = 0;
  const walk = (li) => {
    if (count++ > limit) return;
    setOpen(li, true);
    li.querySelectorAll(':scope > ul.children > li').forEach(walk);
  };
  ul.querySelectorAll(':scope > li').forEach(walk);
}
