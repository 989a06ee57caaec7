// Shared set-up for the end-to-end tests: the static server for dist/ on loopback under a
// sub-path (scripts/static-server.mjs; it can be stopped and started again on its port), Debian's headless Chromium driven by playwright-core (fresh contexts, or a
// profile on disk), and a guard that fails on any request to another origin or any
// console error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { BASE_PATH, startServer, stopServer } from '../../scripts/static-server.mjs';

export { BASE_PATH, startServer, stopServer };

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

/// Closes a test's page once nothing on it went to another origin (where the test watched
/// for that) and nothing failed in it.
export async function closeClean(context, { foreign = [], errors }) {
  assert.deepEqual(foreign, [], 'requests to another origin');
  assert.deepEqual(errors, [], 'errors on the page');
  await context.close();
}

/// Starts the server and the browser before a test file's tests and stops them after.
/// The returned object is filled in once they run: `app.browser`, `app.origin`, `app.url`.
export function useApp() {
  const app = {
    /// A test on a fresh page of the app (`options` for its context): `body` gets the page
    /// and its context; after it, nothing may have gone to another origin or failed on the page.
    test(name, body, options = {}) {
      test(name, async () => {
        const { page, context, errors, foreign } = await openPage(app.browser, app.origin, options);
        await body({ page, context });
        await closeClean(context, { foreign, errors });
      });
    },
  };
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

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/// WCAG 2.1 A and AA and best-practice violations on the page as it is now, one line each
/// (empty when clean). axe runs as the test's own script (the pages' security policy lets
/// no inline script in, as a `<script>` tag added would be).
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

/// Holds back the page's WebAssembly, as a slow network would, until the returned
/// function is called: until then the page shows only what index.html holds.
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// Waits until the app has mounted in place of the start page rendered at build time.
export async function appMounted(page) {
  await page.locator('#pra').waitFor({ state: 'detached' });
}

/// Opens the library page (a page of its own) from the page's header, and waits for it.
export async function openLibrary(page) {
  await page.getByRole('link', { name: 'Penilaian saya', exact: true }).click();
  await page.locator('.library').waitFor();
}
