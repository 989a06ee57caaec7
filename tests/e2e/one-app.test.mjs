// One app for the candidate, end to end: the self-check, library, dossier, planner and
// comparison are pages of one WebAssembly module. Moving between them downloads nothing
// (requests counted), each opens cold from its address on the right view, and the back and
// forward buttons move between them. (A share link opened cold: keep-share.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appMounted, openPage, useApp } from './harness.mjs';
import { fillScenario, loadFixture } from './scenarios.mjs';

const app = useApp();
const padang = loadFixture('padang_panjang');
const { pages: SITE } = JSON.parse(readFileSync(new URL('../../target/pages.json', import.meta.url), 'utf8'));
const appFiles = () => SITE.filter((p) => p.runs === 'app' && p.address !== './').map((p) => p.file);

/// What the page downloads, by file name (hashes dropped): requests answered by the network,
/// not the browser's cache (the icon is asked for again on each move, from the cache); and
/// the documents it loads.
async function countDownloads(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const names = new Map();
  const cached = new Set();
  const files = [];
  const documents = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    names.set(e.requestId, new URL(e.request.url).pathname.split('/').pop().replace(/-[0-9a-f]{8,}(?=[._])/, ''));
    if (e.type === 'Document') documents.push(names.get(e.requestId));
  });
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.fromDiskCache || e.response.fromServiceWorker) cached.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (!cached.has(e.requestId) && e.encodedDataLength > 0) files.push(names.get(e.requestId));
  });
  return { files, documents, stop: () => cdp.detach() };
}

const title = (page) => page.locator('main h1').first().textContent();

test('moving between every candidate page downloads nothing more and the history follows', async () => {
  const { page, context, errors, foreign } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 }, isMobile: true });
  const { files, documents, stop } = await countDownloads(page);
  await page.goto(app.url);
  await fillScenario(page, padang);
  await page.click('#start-target');
  const loaded = files.length;
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  assert.deepEqual(wasm, ['cek-paritrana_bg.wasm'], 'the app, once');

  // From the form's tools and the header, every candidate page, in the page.
  await page.click('#open-dossier');
  await page.waitForURL(/bukti\.html#2$/);
  await page.locator('.dossier').waitFor();
  assert.match(await page.title(), /^Dokumen pendukung · Cek Paritrana$/);
  await page.getByRole('link', { name: 'Kembali ke isian' }).first().click();
  await page.locator('#open-planner').click();
  await page.waitForURL(/rencana\.html#2$/);
  await page.locator('#plan-title').waitFor();
  await page.getByRole('link', { name: 'Penilaian saya', exact: true }).click();
  await page.waitForURL(/pustaka\.html$/);
  assert.equal(await page.locator('.library-item').count(), 2);
  await page.getByRole('link', { name: 'Bandingkan', exact: true }).click();
  await page.waitForURL(/bandingkan\.html#1,2$/);
  await page.locator('#compare-delta').waitFor();
  assert.deepEqual(files.slice(loaded), [], 'nothing downloaded while moving between the pages');
  assert.deepEqual(documents, [''], 'one document: the self-check, never loaded again');

  // Back through each page, then forward again.
  const steps = [
    [/pustaka\.html$/, '.library'],
    [/rencana\.html#2$/, '#plan-title'],
    [/\/$/, '#open-planner'],
    [/bukti\.html#2$/, '.dossier'],
    [/\/$/, '#open-dossier'],
  ];
  for (const [url, shown] of steps) {
    await page.goBack();
    await page.waitForURL(url);
    await page.locator(shown).waitFor();
  }
  await page.goForward();
  await page.waitForURL(/bukti\.html#2$/);
  await page.locator('.dossier').waitFor();
  assert.deepEqual(files.slice(loaded), [], 'the history moves in the page too');
  // In-page links (the skip link) keep the page's own address.
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.href.endsWith('bukti.html#2'));
  assert.ok(await page.locator('.dossier').isVisible(), 'still the dossier');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await stop();
  await context.close();
});

app.test('each candidate page opens cold from its address on its view', async ({ page }) => {
  await page.goto(app.url);
  await fillScenario(page, padang);
  await page.click('#start-target');
  const pages = [
    ['bukti.html#1', '.dossier', 'Dokumen pendukung'],
    ['rencana.html#1;budget_current=2000000000', '#plan-title', null],
    ['bandingkan.html#2,1', '#compare-delta', null],
    ['pustaka.html', '.library', 'Penilaian saya'],
    ['#mulai', '.category-card', 'Seberapa siap Anda untuk Paritrana Award?'],
  ];
  assert.deepEqual(pages.map((p) => p[0].split('#')[0]).filter(Boolean).sort(), appFiles().sort(), 'every page of the list');
  for (const [address, shown, heading] of pages) {
    await page.goto(`${app.url}${address}`);
    await appMounted(page);
    await page.locator(shown).first().waitFor();
    if (heading) assert.equal(await title(page), heading, address);
    assert.ok(page.url().endsWith(address), `${page.url()} keeps ${address}`);
  }
  assert.equal(await page.locator('#f-budget_current').count(), 0, 'the start page shows no form');
  await page.goto(`${app.url}rencana.html#1;budget_current=2000000000`);
  assert.equal(await page.inputValue('#f-budget_current'), '2.000.000.000', 'the figure in the address is typed in');
  await page.goto(`${app.url}bandingkan.html#2,1`);
  assert.match(await page.textContent('#compare-delta'), /poin$/);
  // An address that names no assessment here says so.
  await page.goto(`${app.url}rencana.html#99`);
  await page.getByText('Penilaian untuk simulasi ini tidak ada di peramban ini.', { exact: false }).waitFor();
});
