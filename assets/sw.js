// The service worker of one release: it keeps that release's own files and answers for
// them, so the app opens with the network off. scripts/release.mjs builds it at build time
// (minified, without these comments), with BUILD as the release's id and lists of files; a
// new build makes a new sw.js, which the browser installs beside this one and opens on the
// next visit. It never caches anything else: the user's data stays in the page's browser
// storage.
// FILES: every candidate page, the one bundle they all run and the method pages, kept when
// the worker installs (after the first page has started), so all of them open offline.
// LATER: the panel's page and bundle, which candidates never open: not fetched when the
// worker installs, but kept once a visit fetches them.
/* global BUILD */
const { release: RELEASE, files: FILES, later: LATER } = BUILD;

const BASE = new URL('./', location.href);
// Named by sub-path too: two copies of the app on one origin keep their own caches.
const PREFIX = `cek-paritrana ${BASE.pathname} `;
const CACHE = PREFIX + RELEASE;
const PAGE = './';
// Each release file by its path; the page answers for its directory and index.html.
const KEYS = new Map(FILES.map((file) => [new URL(file, BASE).pathname, file]));
KEYS.set(new URL('index.html', BASE).pathname, PAGE);
const LATER_KEYS = new Map(LATER.map((file) => [new URL(file, BASE).pathname, file]));
// Trunk's content-hashed names never change content: the HTTP cache may answer for them.
const HASHED = /-[0-9a-f]{8,}[._]/;

// The panel's page not kept yet, opened with no network: said in both languages, with
// the way back to the self-check (kept since the first visit) instead of the browser's
// error page.
function notKept() {
  const css = FILES.find((f) => f.endsWith('.css'));
  const body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cek Paritrana</title><link rel="stylesheet" href="./${css}"></head><body><main><section class="panel"><h1>Halaman ini belum tersimpan untuk luring</h1><p>Buka sekali saat tersambung, sesudah itu halaman ini terbuka tanpa sambungan.</p><p lang="en">Not kept for offline use yet: open it once while online.</p><p><a class="button" href="./">Kembali ke Cek Paritrana / Back to Cek Paritrana</a></p></section></main></body></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function keep(cache, file) {
  const res = await fetch(file, { cache: HASHED.test(file) ? 'default' : 'no-cache' });
  if (!res.ok) throw new Error(`${file}: ${res.status}`);
  // Mid-deploy the server may already hold another release's page: install later.
  const page = file === PAGE || file.endsWith('.html');
  if (page && !(await res.clone().text()).includes(RELEASE)) throw new Error(`${file} of another release`);
  // A redirected response cannot answer a navigation: keep its body and headers only.
  await cache.put(file, res.redirected ? new Response(await res.blob(), { headers: res.headers }) : res);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => keep(cache, file)))).catch(async (err) => {
      await caches.delete(CACHE);
      throw err;
    }),
  );
  // No skipWaiting: a page open on the old release keeps it until every tab is closed.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      // The first visit is offline-ready at once; later releases activate with no page open.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  const ours = req.method === 'GET' && url.origin === location.origin;
  const file = ours && KEYS.get(url.pathname);
  const later = ours && LATER_KEYS.get(url.pathname);
  // Anything else (another origin, another path, not a GET) goes to the network untouched.
  if (later) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(later);
        if (hit) return hit;
        const res = await fetch(req).catch((err) => {
          if (req.mode === 'navigate') return notKept();
          throw err;
        });
        // Kept only whole and of this release (a page of another one is left to the network).
        const whole = res.ok && res.status === 200 && !res.redirected;
        const mine = !later.endsWith('.html') || (whole && (await res.clone().text()).includes(RELEASE));
        if (whole && mine) await cache.put(later, res.clone()).catch(() => {});
        return res;
      }),
    );
    return;
  }
  if (!file) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(file))
      .then((hit) => hit || fetch(req)),
  );
});
