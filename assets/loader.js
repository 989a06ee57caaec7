// The loader of every page that runs a bundle, instead of Trunk's: the self-check's pages
// (index.html, where Trunk.toml's pattern_script names the bundle, and the candidate pages
// written from it) and the panel's (panel.html, written by src/bin/prerender.rs). The page
// names what to load in a data block, `<script type="application/json" id="bundle">`:
// `js` and `wasm`, the bundle; `worker`, the service worker to register once it has started
// (the self-check's pages only); `lang`, the storage key of the page's language as last
// shown (the panel's). A file, not an inline script: the pages' security policy allows no
// inline script but the first paint's own, by its hash. The self-check's pages add it once
// their first paint is on screen (index.html); the panel's names it.
//
// The page's own HTML (the start page, a loading line) is on screen first, then the bundle
// is fetched, so that paint never waits for it and the app's equal render in its place is
// no later, larger paint. Where paints are not reported, at once. Started, it says so as
// Trunk's loader does.
const page = JSON.parse(document.getElementById('bundle').textContent);

if (page.lang) {
  try {
    if (localStorage.getItem(page.lang) === 'en') document.documentElement.lang = 'en';
  } catch (e) {}
}

function start() {
  const wasm = fetch(page.wasm);
  import(page.js)
    .then((app) => app.default({ module_or_path: wasm }))
    .then(() => {
      dispatchEvent(new CustomEvent('TrunkApplicationStarted'));
      // Offline use: the worker keeps this release's files. Registered once the app has
      // started (its code is then in the HTTP cache, which the worker reads), so its
      // downloads do not slow the first visit; once it controls the page, the browser
      // itself looks for a new release on each visit.
      if (page.worker && 'serviceWorker' in navigator && !navigator.serviceWorker.controller) {
        navigator.serviceWorker.register(page.worker).catch(() => {});
      }
    });
}

if (!document.hidden && self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      start();
    }
  }).observe({ type: 'paint', buffered: true });
} else start();
