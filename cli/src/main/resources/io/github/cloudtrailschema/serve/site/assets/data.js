// Where the page's data comes from. Served by `cloudtrail-schema serve`, `api/` answers; exported by
// `export --format site`, the same documents sit under `data/` as files. The page asks `api/`
// first and falls back to `data/`, so one page runs in both modes.

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const type = r.headers.get('content-type') || '';
  if (!r.ok || !type.includes('json')) {
    const e = new Error(r.status === 404 ? 'not found' : 'HTTP ' + r.status);
    e.status = r.status;
    throw e;
  }
  return r.json();
}

const enc = encodeURIComponent;

export async function detect() {
  try {
    const services = await getJson('api/services');
    if (services.mode === 'server') return new ServerSource(services);
  } catch (e) {
    // not served: a static export
  }
  return new StaticSource(await getJson('data/services.json'));
}

class ServerSource {
  constructor(services) {
    this.mode = 'server';
    this.services = services;
  }
  service(name) { return getJson('api/service/' + enc(name)); }
  event(source, name) { return getJson('api/event/' + enc(source) + '/' + enc(name)); }
  async search(q) { return (await getJson('api/search?q=' + enc(q))).hits; }
}

/** The static site's search: the server's fallback rule (every word somewhere; name hits first). */
export function substringSearch(entries, query, limit) {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const words = q.split(/\s+/);
  const hits = [];
  for (const e of entries) {
    const hay = e._hay || (e._hay = (e.eventName + ' ' + e.service + ' ' + e.eventSource + ' ' + e.summary).toLowerCase());
    if (words.every((w) => hay.includes(w))) hits.push(e);
  }
  const rank = (e) => {
    const n = e.eventName.toLowerCase();
    if (n === q) return 0;
    if (n.startsWith(q)) return 1;
    if (n.includes(q)) return 2;
    return e.service.toLowerCase().includes(q) ? 3 : 4;
  };
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  hits.sort((a, b) => rank(a) - rank(b) || a.eventName.length - b.eventName.length
    || cmp(a.eventName, b.eventName) || cmp(a.service, b.service));
  return hits.slice(0, limit);
}

class StaticSource {
  constructor(services) {
    this.mode = 'static';
    this.services = services;
    this.cache = new Map();
  }
  service(name) {
    if (!this.cache.has(name)) {
      this.cache.set(name, getJson('data/service/' + enc(name) + '.json'));
    }
    return this.cache.get(name);
  }
  async event(source, name) {
    const wanted = name.toLowerCase();
    for (const s of this.services.services.filter((x) => x.eventSource === source)) {
      const svc = await this.service(s.name);
      const hit = svc.events.find((e) => e.eventName.toLowerCase() === wanted);
      if (hit) return getJson('data/event/' + enc(s.name) + '/' + enc(hit.eventName) + '.json');
    }
    const e = new Error('not found');
    e.status = 404;
    throw e;
  }
  async search(q) {
    if (!this.index) this.index = getJson('data/search.json').then((j) => j.hits);
    return substringSearch(await this.index, q, 50);
  }
}
