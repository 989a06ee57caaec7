// End-to-end: several assessments, file export/import, share links, CSV, print to PDF,
// and comparison, all against the built dist/ on loopback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, closeClean, openLibrary, openPage, useApp } from './harness.mjs';
import { fillScenario, loadFixture, readResults } from './scenarios.mjs';

const work = mkdtempSync(join(tmpdir(), 'cek-paritrana-e2e-'));
const padang = loadFixture('padang_panjang');
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;

const app = useApp();

async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(work, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function fieldValues(page, fixture) {
  const out = {};
  for (const key of Object.keys(fixture.assessment.entry.fields)) out[key] = await page.inputValue(`#f-${key}`);
  return out;
}

test('export then import in a fresh browser restores the exact state', async () => {
  const first = await openPage(app.browser, app.origin);
  await first.page.goto(app.url);
  await fillScenario(first.page, padang);
  const before = await readResults(first.page);
  const file = await downloadOf(first.page, '#download-file');
  assert.match(file.name, /^cek-paritrana_kota-padang-panjang-2024_\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'cek-paritrana');
  assert.equal(json.version, 4);
  assert.equal(json.rubric, '2026.2');
  await first.context.close();

  const second = await openPage(app.browser, app.origin);
  const { page } = second;
  await page.goto(app.url);
  await openLibrary(page);
  await page.setInputFiles('#import-file', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.locator('.import-preview').waitFor();
  assert.match(await page.textContent('.import-preview'), /Kota Padang Panjang 2024/);
  await page.click('#import-as-new');
  assert.deepEqual(await readResults(page), before);
  assert.deepEqual(await fieldValues(page, padang), padang.assessment.entry.fields);
  assert.equal(await page.inputValue('#p-name'), 'Kota Padang Panjang');
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

app.test('a broken, foreign or newer file gets a precise message and changes nothing', async ({ page }) => {
  await page.goto(app.url);
  await page.click('[data-category="umk"]');
  await page.fill('#f-employees', '12');
  await openLibrary(page);
  const cases = [
    ['rusak.json', '{"format":"cek-paritrana","version":1,"assess', /Berkas rusak/],
    ['lain.json', '{"hello":"world"}', /bukan berkas Cek Paritrana/],
    ['baru.json', '{"format":"cek-paritrana","version":9,"assessment":{}}', /versi Cek Paritrana yang lebih baru/],
    ['kategori.json', '{"format":"cek-paritrana","version":1,"assessment":{"category":"mars"}}', /tidak bisa dibaca/],
  ];
  for (const [name, text, message] of cases) {
    await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('#import-error').waitFor();
    assert.match(await page.textContent('#import-error'), message, name);
    assert.equal(await page.locator('.import-preview').count(), 0, `${name}: no preview`);
  }
  assert.equal(await page.locator('.library-item').count(), 1, 'the library is unchanged');
  // A file with a part this version cannot read opens in the preview, which names the part.
  const partly = '{"format":"cek-paritrana","version":1,"assessment":{"category":"umk","entry":{"name":"Toko Y","fields":{"employees":"12","nonsense":"1"}}}}';
  await page.setInputFiles('#import-file', { name: 'sebagian.json', mimeType: 'application/json', buffer: Buffer.from(partly) });
  await page.locator('#import-left-out').waitFor();
  assert.match(await page.textContent('#import-left-out'), /dilewati:.*nonsense/);
  await page.getByRole('button', { name: 'Batal' }).click();
  assert.equal(await page.locator('.import-preview').count(), 0);
  await page.getByRole('button', { name: 'Buka', exact: false }).first().click();
  assert.equal(await page.inputValue('#f-employees'), '12');
});

test('a shared link opens in a fresh profile as a new assessment; a damaged one explains itself', async () => {
  const sender = await openPage(app.browser, app.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await sender.page.goto(app.url);
  await fillScenario(sender.page, padang);
  const before = await readResults(sender.page);
  await sender.page.click('#copy-link');
  await sender.page.getByText('Tautan disalin').waitFor();
  const link = await sender.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(app.url) && link.includes('#a=5.'), link);
  assert.ok(link.length < 1000, `compact: ${link.length} characters`);
  await sender.context.close();

  const receiver = await openPage(app.browser, app.origin);
  const { page } = receiver;
  // The receiver already has work of their own, which must not be overwritten.
  await page.goto(app.url);
  await page.click('[data-category="desa"]');
  await page.fill('#f-village_officials_total', '14');
  await page.goto(link);
  await page.locator('[data-total]').waitFor();
  assert.deepEqual(await readResults(page), before);
  assert.match(await page.textContent('.notice'), /sebagai penilaian baru/);
  assert.equal(new URL(page.url()).hash, '', 'the fragment is cleared after opening');
  await openLibrary(page);
  assert.equal(await page.locator('.library-item').count(), 2, 'the receiver keeps their own assessment');

  await page.goto(link.slice(0, link.length - 30));
  await page.locator('.notice').waitFor();
  assert.match(await page.textContent('.notice'), /Tautan rusak atau terpotong/);
  assert.deepEqual(receiver.errors, []);
  assert.deepEqual(receiver.foreign, []);
  await receiver.context.close();
});

test('the criterion table downloads as CSV for an Indonesian spreadsheet', async () => {
  const { page, context } = await openPage(app.browser, app.origin);
  await page.goto(app.url);
  await fillScenario(page, padang);
  const csv = await downloadOf(page, '#download-csv');
  assert.match(csv.name, /\.csv$/);
  assert.ok(csv.text.startsWith('\ufeffID kriteria;Pilar;Kriteria;'), 'BOM and ; separators');
  assert.match(csv.text, /\r\ncakupan\.ucj;Cakupan;[^\r\n]*;97,86;16;16;15,66\r\n/);
  assert.match(csv.text, /;Total;;;100;100;63,74\r\n/);
  await context.close();
});

test('printing gives an A4 report with the total and the top action, without buttons', async () => {
  const { page, context } = await openPage(app.browser, app.origin);
  await page.goto(app.url);
  await fillScenario(page, padang);
  assert.ok((await page.locator('.plan-step').count()) > 0, 'a step the planner works out, on screen');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(work, 'laporan.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.match(info, /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const expected of ['Kota Padang Panjang', padang.expect.total, 'Perlu penguatan', padang.expect.top_action_id, 'rubrik 2026.2', 'Perkiraan tidak resmi', 'Rincian per kriteria']) {
    assert.ok(text.includes(expected), `the report contains ${expected}`);
  }
  assert.match(text, /Dicetak \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
  for (const absent of ['Unduh berkas', 'Salin tautan', 'Atur bobot', 'Lihat rincian', 'Hitung di simulasi']) {
    assert.ok(!text.includes(absent), `no ${absent} in print`);
  }
  try {
    writeFileSync(join(ARTIFACTS, 'laporan.pdf'), readFileSync(pdf));
  } catch {
    // The artifacts folder is optional (kept out of git); the assertions above are what count.
  }
  await context.close();
});

app.test('library: rename, duplicate, delete with confirmation and undo; compare shows the deltas', async ({ page }) => {
  await page.goto(app.url);
  await fillScenario(page, padang);
  await page.click('#start-target');
  assert.match(await page.textContent('#open-title'), /^Target 2025: Kota Padang Panjang$/);
  assert.match(await page.locator('.notice', { hasText: 'Target tahun depan' }).innerText(), /pertumbuhan dihitung dari tahun ini/);
  assert.equal(await page.inputValue('#p-year'), '2025');
  await page.check('#reg-4');
  await page.fill('#f-active_participants', '15.724');

  // The comparison is a page of its own, on what the self-check saved as it was left.
  await page.getByRole('link', { name: 'Bandingkan' }).click();
  await page.waitForURL(/bandingkan\.html#1,2$/);
  await page.locator('#compare-delta').waitFor();
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.wasm')));
  assert.deepEqual(wasm.map((n) => n.replace(/-[0-9a-f]+_bg/, '')), ['cek-paritrana.wasm'], 'the app, downloaded once');
  // Before: 9,75 (Perkada, 0,75 of 13) → after 13 (Perda): +3,25; coverage 15,66 → 16 (80,0% of 80%): +0,34.
  // The target's year before is 2024 itself: coverage grows 78,28% → 80% (+4 points, none
  // before, as 2023's was not typed), and a budget kept at 2024's grows by 0% (4 → 2 points).
  assert.equal(await page.textContent('tr[data-criterion="regulasi.instrumen"] td.delta'), '+3,3');
  assert.equal(await page.textContent('tr[data-criterion="cakupan.ucj"] td.delta'), '+0,3');
  assert.equal(await page.textContent('tr[data-criterion="cakupan.pertumbuhan"] td.delta'), '+4');
  assert.equal(await page.textContent('tr[data-criterion="inisiatif.pertumbuhan_anggaran"] td.delta'), '-2');
  assert.match(await page.textContent('#compare-delta'), /^\+5,6 poin$/);
  assert.equal(await page.locator('.compare-cap').count(), 0, 'no cap holds either total');
  assert.match(await page.textContent('.compare-bars li[data-pillar="regulasi"] .bar-value'), /10,9 → 14,2 \(\+3,3\)/);
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the comparison');
  // Another pair chosen: the address keeps it over a reload, in the language chosen here.
  await page.selectOption('#compare-before', '2');
  await page.selectOption('#compare-after', '1');
  await page.waitForURL(/bandingkan\.html#2,1$/);
  assert.match(await page.textContent('#compare-delta'), /^-5,6 poin$/);
  await page.getByRole('button', { name: 'EN · English' }).click();
  await page.reload();
  assert.match(await page.textContent('#compare-delta'), /^-5,6 points$/);
  await page.getByRole('button', { name: 'ID · Bahasa Indonesia' }).click();

  // The library is a page of its own too, linked from every page's header.
  await openLibrary(page);
  await page.waitForURL(/pustaka\.html$/);
  assert.equal(await page.locator('.library-item').count(), 2);
  const libraryWasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.wasm')));
  assert.deepEqual(libraryWasm.map((n) => n.replace(/-[0-9a-f]+_bg/, '')), ['cek-paritrana.wasm'], 'the app, downloaded once');
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the library');
  await page.getByRole('button', { name: 'Ganti nama Kota Padang Panjang 2024' }).click();
  await page.fill('input[id^="rename-"]', 'Kota Padang Panjang, data 2024');
  await page.getByRole('button', { name: 'Simpan' }).click();
  assert.ok(await page.getByText('Kota Padang Panjang, data 2024', { exact: true }).isVisible());
  await page.getByRole('button', { name: 'Gandakan Kota Padang Panjang, data 2024' }).click();
  assert.equal(await page.locator('.library-item').count(), 3);
  await page.getByRole('button', { name: 'Hapus Salinan Kota Padang Panjang, data 2024' }).click();
  assert.ok(await page.getByText('Hapus penilaian ini?').isVisible(), 'asks first');
  await page.getByRole('button', { name: 'Ya, hapus' }).click();
  assert.equal(await page.locator('.library-item').count(), 2);
  await page.click('#undo');
  assert.equal(await page.locator('.library-item').count(), 3, 'undo restores it');
  await page.reload();
  await page.locator('.library').waitFor();
  assert.equal(await page.locator('.library-item').count(), 3, 'kept after reload');
  // A new one starts on the self-check's start page, not on the form of the one open.
  await page.getByRole('button', { name: 'Penilaian baru' }).click();
  await page.getByRole('heading', { level: 1, name: 'Seberapa siap Anda untuk Paritrana Award?' }).waitFor();
  // In the page, with the start page's own address: the back button returns to the library.
  await page.waitForURL((url) => url.pathname.endsWith('/') && url.hash === '#mulai');
  await page.goBack();
  await page.locator('.library').waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Seberapa siap Anda untuk Paritrana Award?' }).waitFor();
  await openLibrary(page);

  // Opened here, an assessment is on the self-check's form.
  await page.getByRole('button', { name: 'Buka Kota Padang Panjang, data 2024' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/'));
  assert.match(await page.textContent('#open-title'), /Kota Padang Panjang, data 2024/);
  // The start page lists the other saved ones, each opened with one press (offline too).
  await page.click('button.brand-name');
  const others = page.locator('.saved-list button');
  assert.deepEqual(await others.allTextContents(), ['Target 2025: Kota Padang Panjang', 'Salinan Kota Padang Panjang, data 2024']);
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the start page with saved assessments');
  await others.first().click();
  assert.match(await page.textContent('#open-title'), /^Target 2025: Kota Padang Panjang$/);
});

test('two open tabs: an edit in one appears in the other, and neither loses its own', async () => {
  const { page: first, context, errors } = await openPage(app.browser, app.origin);
  await first.goto(app.url);
  await fillScenario(first, padang);
  // Saves wait for a pause in typing.
  await first.waitForFunction(() => localStorage.getItem('cek-paritrana')?.includes('"attendance":"head"'));
  const second = await context.newPage();
  await second.goto(app.url);
  await second.locator('[data-total]').waitFor();
  assert.equal(await second.inputValue('#f-employed'), '19.654', 'the second tab opens what the first saved');

  // An edit in the second tab reaches the first without a reload.
  await second.fill('#f-active_participants', '15.724');
  await first.waitForFunction(() => document.querySelector('#f-active_participants')?.value === '15.724');
  assert.equal(await first.getAttribute('[data-total]', 'data-total'), await second.getAttribute('[data-total]', 'data-total'));

  // A new assessment in the first tab and an edit in the second both survive.
  await first.click('button.brand-name');
  await first.click('[data-category="umk"]');
  await first.fill('#f-employees', '12');
  await second.fill('#p-province', 'Sumatera Barat');
  await first.waitForTimeout(1200);
  for (const tab of [first, second]) {
    await tab.reload();
    await openLibrary(tab);
    assert.equal(await tab.locator('.library-item').count(), 2, 'both assessments in both tabs');
  }
  await second.getByRole('button', { name: 'Buka Kota Padang Panjang 2024' }).click();
  assert.equal(await second.inputValue('#p-province'), 'Sumatera Barat');
  assert.equal(await second.inputValue('#f-active_participants'), '15.724');
  await closeClean(context, { errors });
});
