// Shared set-up for the end-to-end tests: a static server for dist/ on loopback under a
// sub-path (the app must work from any sub-path) that can be stopped and started again
// on its port, Debian's headless Chromium driven by playwright-core (fresh contexts, or a
// profile on disk), and a guard that fails on any request to another origin or any
// console error.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before } from 'node:test';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE_PATH = '/sub/cek-paritrana/';
const DIST = new URL('../../dist/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/// Serves `root` (dist/ unless told) on `port` (any free one unless told: a server started
/// again on the same port is the same origin, as a host serving a new release).
export async function startServer({ root = DIST, port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(BASE_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = url.pathname.slice(BASE_PATH.length) || 'index.html';
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const at = server.address().port;
  return { server, port: at, origin: `http://127.0.0.1:${at}`, url: `http://127.0.0.1:${at}${BASE_PATH}` };
}

/// Stops a server at once, as a network gone: no new connection, open ones cut.
export async function stopServer(server) {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed;
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export async function launch() {
  return chromium.launch(CHROMIUM);
}

/// A browser with its profile in `dir`, as a person's own (not incognito, where Chromium
/// never offers to install an app); closing the returned context closes it.
export async function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, { ...CHROMIUM, viewport: { width: 1280, height: 900 } });
}

/// Records the page's requests to another origin and its console errors.
export function watch(page, origin) {
  const foreign = [];
  const errors = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:'))) foreign.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { foreign, errors };
}

/// A new page in a fresh context that records foreign requests and console errors.
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  return { context, page, ...watch(page, origin) };
}

/// Starts the server and the browser before a test file's tests and stops them after.
/// The returned object is filled in once they run: `app.browser`, `app.origin`, `app.url`.
export function useApp() {
  const app = {};
  before(async () => {
    Object.assign(app, await startServer());
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/// WCAG 2.1 A and AA and best-practice violations on the page as it is now, one line each
/// (empty when clean).
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}
