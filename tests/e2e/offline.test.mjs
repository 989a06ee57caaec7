// End-to-end: offline and installable. The service worker keeps the release's files on
// the first visit; with the server stopped the app reopens, takes a whole form and scores
// it; a new release waits while a page is open and opens on the next visit with a notice.
// Each test runs a browser with a profile of its own (as a person's, not incognito).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { BASE_PATH, axeViolations, launchProfile, startServer, stopServer, watch } from './harness.mjs';
import { fillScenario, loadFixture, readResults } from './scenarios.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
// The list of pages (src/core/pages/mod.rs), as the build wrote it.
const { pages: SITE } = JSON.parse(readFileSync(new URL('../../target/pages.json', import.meta.url), 'utf8'));
const RELEASE_SCRIPT = new URL('../../scripts/release.mjs', import.meta.url).pathname;
const padang = loadFixture('padang_panjang');
const want = { total: padang.expect.total, band: padang.expect.band, topAction: padang.expect.top_action_id };

/// The release id and the lists of files a built directory's sw.js keeps: its constants,
/// read by running it as a worker starts it (it only declares and listens at first).
function releaseOf(dir) {
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  const scope = createContext({ URL, location: { href: 'https://example.invalid/' }, self: { addEventListener() {} } });
  runInContext(worker, scope);
  // Through JSON: arrays of this realm, for deepEqual.
  const { id, files, later } = JSON.parse(runInContext('JSON.stringify({ id: RELEASE, files: FILES, later: LATER })', scope));
  assert.match(id, /^[0-9a-f]{16}$/);
  for (const { file: page } of SITE) {
    const text = readFileSync(join(dir, page), 'utf8');
    assert.ok(text.includes(`<meta name="cek-paritrana-release" content="${id}">`), `${page} names release ${id}`);
  }
  return { id, files, later };
}

/// Every cache of the origin with the addresses it holds.
function caches(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await self.caches.keys()) {
      out[name] = (await (await self.caches.open(name)).keys()).map((r) => r.url).sort();
    }
    return out;
  });
}

function expectedCache(url, { id, files }) {
  return { [`cek-paritrana ${BASE_PATH} ${id}`]: files.map((f) => new URL(f, url).href).sort() };
}

function waitControlled(page) {
  return page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function withProfile(run) {
  const dir = mkdtempSync(join(tmpdir(), 'cek-paritrana-profile-'));
  const context = await launchProfile(dir);
  try {
    await run(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/// A first visit of the self-check in a browser with a profile of its own, from a server
/// the test may stop; `run` goes on from the page opened.
async function visit(t, run) {
  const site = await startServer();
  // A failed assertion must not leave the server holding the test file open.
  t.after(() => site.server.listening && stopServer(site.server));
  await withProfile(async (context) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const { foreign, errors } = watch(page, site.origin);
    await page.goto(site.url);
    await run({ site, context, page, foreign, errors });
  });
}

test('after one visit the app opens, takes a form and scores with the server stopped', async (t) => {
  const release = releaseOf(DIST);
  await visit(t, async ({ site, context, page, foreign, errors }) => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitControlled(page);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${site.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, [], 'the manifest reads');
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, [], 'installable');
    assert.deepEqual(await caches(page), expectedCache(site.url, release), 'the release files, nothing else');

    await stopServer(site.server);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await fillScenario(page, padang);
    assert.deepEqual(await readResults(page), want);
    // A name found nowhere in the app's own files.
    const typed = `Kota Uji Luring ${Date.now()}`;
    await page.fill('#p-name', typed);
    await page.waitForFunction((name) => localStorage.getItem('cek-paritrana')?.includes(name), typed);
    await page.reload();
    await page.locator('[data-total]').waitFor();
    assert.deepEqual(await readResults(page), want, 'kept offline across a reload');

    assert.deepEqual(await caches(page), expectedCache(site.url, release), 'no user data in the cache');
    assert.equal(await page.inputValue('#p-name'), typed);
    const cachedText = await page.evaluate(async () => {
      const texts = [];
      for (const name of await self.caches.keys()) {
        const cache = await self.caches.open(name);
        for (const req of await cache.keys()) texts.push(await (await cache.match(req)).text());
      }
      return texts.join('\n');
    });
    assert.ok(!cachedText.includes(typed), 'what the user typed is only in browser storage');
    assert.deepEqual(errors, [], 'no console error offline');

    // What is not the release's own goes to the network untouched: here, no network.
    const other = await page.evaluate(() => fetch('./data.json').then(() => 'answered', () => 'network error'));
    assert.equal(other, 'network error');
    assert.deepEqual(foreign, [], 'no request leaves the origin');
  });
});

test('after one visit of the self-check every candidate page and the method pages open offline; the panel is kept once visited, and says so before', async (t) => {
  const release = releaseOf(DIST);
  assert.deepEqual(release.later.filter((f) => release.files.includes(f)), [], 'the panel is not fetched on install');
  for (const p of SITE.filter((p) => p.kept)) assert.ok(release.files.includes(p.address === './' ? './' : p.file), `${p.file} kept on install`);
  const panel = SITE.find((p) => p.runs === 'panel').file;
  assert.ok(release.later.includes(panel) && release.later.some((f) => /^panel-.*_bg\.wasm$/.test(f)), 'the panel and its bundle later');
  await visit(t, async ({ site, page, foreign, errors }) => {
    await fillScenario(page, padang);
    await waitControlled(page);
    assert.deepEqual(await caches(page), expectedCache(site.url, release), 'every candidate page on the first visit');
    await stopServer(site.server);
    // Each candidate page opened cold from its address with the network off, working.
    const open = async (address, shown) => {
      await page.goto(`${site.url}${address}`);
      await page.locator(shown).first().waitFor();
    };
    await open('pustaka.html', '.library-item');
    await open('bukti.html#1', '.dossier');
    await page.locator('.evidence-add').first().waitFor();
    await open('rencana.html#1', '#plan-title');
    await page.locator('#f-budget_current').fill('2 miliar');
    await page.locator('.planner [data-figure="plan_total"]').waitFor();
    await open('bandingkan.html', 'main h1');
    await open('metode.html#desa', '#method-category');
    assert.equal(await page.inputValue('#method-category'), 'desa');
    await open('method.html#umk', '#method-category');
    assert.equal(await page.inputValue('#method-category'), 'umk');
    await open('', '[data-total]');
    assert.deepEqual(await readResults(page), want, 'the form, scored, offline');
    // The panel, never opened, says so and leads back; once opened online it is kept.
    const logged = errors.length;
    await page.goto(`${site.url}${panel}`);
    await page.getByRole('heading', { level: 1, name: 'Halaman ini belum tersimpan untuk luring' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the page not kept');
    await page.getByRole('link', { name: 'Kembali ke Cek Paritrana' }).click();
    await page.locator('[data-total]').waitFor();
    // The browser's own lines for the request that found no network (and the 503).
    const network = errors.splice(logged);
    assert.ok(network.every((e) => e.startsWith('Failed to load resource')), network.join('\n'));
    const again = await startServer({ port: site.port });
    t.after(() => again.server.listening && stopServer(again.server));
    await page.goto(`${site.url}${panel}`);
    await page.locator('#panel-files').waitFor();
    const kept = { ...release, files: [...release.files, ...release.later] };
    assert.deepEqual(await caches(page), expectedCache(site.url, kept), 'the panel kept once visited');
    await stopServer(again.server);
    await page.goto(`${site.url}${panel}`);
    await page.locator('#panel-files').waitFor();
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, [], 'no console error offline');
  });
});

test('a new release waits while the app is open and opens on the next visit with a notice', async (t) => {
  const first = releaseOf(DIST);
  // The next release: the same build with a changed page, made one release again.
  const next = mkdtempSync(join(tmpdir(), 'cek-paritrana-next-'));
  cpSync(DIST, next, { recursive: true });
  const page0 = readFileSync(join(next, 'index.html'), 'utf8');
  writeFileSync(join(next, 'index.html'), page0.replace('</body>', '<!-- the next release --></body>'));
  execFileSync('node', [RELEASE_SCRIPT, next]);
  const second = releaseOf(next);
  assert.notEqual(second.id, first.id);

  let site = await startServer();
  t.after(() => site.server.listening && stopServer(site.server));
  await withProfile(async (context) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const seen = watch(page, site.origin);
    await page.goto(site.url);
    await waitControlled(page);
    await page.waitForFunction((id) => localStorage.getItem('cek-paritrana.rilis') === id, first.id);
    await page.click('[data-category="kabkota"]');
    await page.fill('#f-employed', '19.654');

    // Published while the user types: installed in the background, never taking over.
    await stopServer(site.server);
    site = await startServer({ root: next, port: site.port });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);
    await page.fill('#f-active_participants', '15.386');
    assert.equal(await page.locator('.notice').count(), 0, 'no notice mid-edit');
    assert.equal(await page.inputValue('#f-employed'), '19.654');
    assert.deepEqual(seen.errors, []);
    await page.close();

    // With no page open the waiting worker takes over and drops the old release's cache.
    const active = async () => {
      for (const worker of context.serviceWorkers()) {
        if (await worker.evaluate(() => RELEASE + self.serviceWorker.state).catch(() => '') === `${second.id}activated`) return true;
      }
      return false;
    };
    for (let i = 0; !(await active()); i++) {
      assert.ok(i < 100, 'the new release activates once no page is open');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const again = await context.newPage();
    const { foreign, errors } = watch(again, site.origin);
    await again.goto(site.url);
    await again.locator('.notice').waitFor();
    assert.match(await again.textContent('.notice'), /Versi baru Cek Paritrana sudah terpasang/);
    assert.equal(await again.getAttribute('meta[name="cek-paritrana-release"]', 'content'), second.id);
    assert.equal(await again.inputValue('#f-active_participants'), '15.386', 'the edit made before is kept');
    assert.equal(await again.evaluate(() => localStorage.getItem('cek-paritrana.rilis')), second.id);
    assert.deepEqual(await caches(again), expectedCache(site.url, second), 'only the new release is cached');

    await again.reload();
    await again.locator('#f-active_participants').waitFor();
    assert.equal(await again.locator('.notice').count(), 0, 'said once');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });
  await stopServer(site.server);
  rmSync(next, { recursive: true, force: true });
});
