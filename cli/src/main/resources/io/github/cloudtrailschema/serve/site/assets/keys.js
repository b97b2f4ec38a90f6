// Keyboard: "/" searches; ArrowDown/ArrowUp (or j/k) move through the list on the page or the
// search results; Enter follows; Escape closes the results.

function typing(t) {
  return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');
}

function move(items, delta) {
  if (!items.length) return;
  const i = items.indexOf(document.activeElement);
  const next = i < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, i + delta));
  items[next].focus();
}

export function keys(search, results) {
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const inResults = results.contains(document.activeElement);
    if (e.key === 'Escape') {
      results.hidden = true;
      if (document.activeElement === search || inResults) search.blur();
      return;
    }
    if (e.target === search || inResults) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const hits = [...results.querySelectorAll('a')];
        if (document.activeElement === search && e.key === 'ArrowUp') return;
        if (inResults && e.key === 'ArrowUp' && hits.indexOf(document.activeElement) === 0) search.focus();
        else move(hits, e.key === 'ArrowDown' ? 1 : -1);
      }
      return;
    }
    if (typing(e.target)) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        move([...document.querySelectorAll('#main [data-nav]')], 1);
      }
      return;
    }
    if (e.key === '/') {
      e.preventDefault();
      search.focus();
      search.select();
    } else if (e.key === 'ArrowDown' || e.key === 'j') {
      e.preventDefault();
      move([...document.querySelectorAll('#main [data-nav]')], 1);
    } else if (e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault();
      move([...document.querySelectorAll('#main [data-nav]')], -1);
    }
  });
}
