// DOM helpers. Data from the catalogue only ever becomes text (textContent) or an attribute set
// through these; nothing here takes a string of HTML.

/** el('a', {href: '#', class: 'x'}, 'text', childNode, ...) */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) append(e, c);
  return e;
}

export function append(parent, child) {
  if (child === undefined || child === null || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(parent, c));
  else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const DOC_TAGS = new Set(['p', 'ul', 'ol', 'li', 'code', 'a', 'i', 'b', 'em', 'strong', 'br', 'pre']);

/**
 * Documentation, as the server's allow-listed element tree: strings become text nodes, elements
 * are created only from the allow-list, links only with an http(s) href. Anything else keeps its
 * text and loses its markup.
 */
export function doc(nodes) {
  const frag = document.createDocumentFragment();
  for (const n of nodes || []) {
    if (typeof n === 'string') {
      frag.append(document.createTextNode(n));
    } else if (n && DOC_TAGS.has(n.t)) {
      const e = document.createElement(n.t);
      if (n.t === 'a') {
        if (typeof n.href === 'string' && /^https?:\/\//i.test(n.href)) {
          e.setAttribute('href', n.href);
          e.setAttribute('rel', 'noopener noreferrer nofollow');
          e.setAttribute('target', '_blank');
        }
      }
      e.append(doc(n.c));
      frag.append(e);
    } else if (n) {
      frag.append(doc(n.c));
    }
  }
  return frag;
}

let toastTimer;

/** Copies text to the clipboard and says so in the status line. */
export async function copy(text) {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch (e) {
    const area = el('textarea', { class: 'offscreen', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
    area.remove();
  }
  toast(ok ? 'Copied: ' + text : 'Select and copy: ' + text);
}

export function toast(message) {
  const t = document.getElementById('toast');
  t.textContent = message;
  t.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => t.classList.remove('shown'), 4000);
}
