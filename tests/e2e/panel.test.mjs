// The panel page end to end (panel.html, its own bundle): a batch of assessment files and
// a CSV template with bad rows loaded (chosen or dropped), ranked, sorted, filtered, compared, shortlisted,
// exported, printed, cleared and undone, kept over a reload; and a batch of 500.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, useApp } from './harness.mjs';

const app = useApp();
const PROVINCES = ['Sumatera Barat', 'Riau', 'Kalimantan Barat', 'Jawa Tengah'];
const BASE = JSON.parse(readFileSync(new URL('../fixtures/file_v1_kabkota.json', import.meta.url), 'utf8'));
const dots = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/// Assessment file `i`, as the self-check saves one: made-up figures that hold together.
function assessmentFile(i) {
  const file = structuredClone(BASE);
  const employed = 50_000 + i * 13_001;
  Object.assign(file.assessment.entry, { name: `Kabupaten Berkas ${i}`, province: PROVINCES[i % 4] });
  Object.assign(file.assessment.entry.fields, {
    employed: dots(employed),
    active_participants: dots(Math.round((employed * (30 + i * 11)) / 100)),
  });
  file.title = `Kabupaten Berkas ${i} 2024`;
  return { name: `berkas-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

/// The template's header, then one row per candidate; `cells(key, i)` fills a column by its key.
function csv(header, n, cells) {
  const keys = header.map((h) => /\[([a-z_]+)\]"?$/.exec(h)?.[1]);
  const quote = (c) => (/[;"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const rows = [header.join(';')];
  for (let i = 0; i < n; i++) rows.push(keys.map((k) => quote(cells(k, i))).join(';'));
  return rows.join('\r\n');
}

function candidateCell(k, i) {
  const employed = 20_000 + ((i * 7_919) % 40_000);
  switch (k) {
    case 'name': return `Kandidat ${String(i).padStart(3, '0')}`;
    case 'province': return PROVINCES[i % 4];
    case 'year': return '2024';
    case 'employed': return dots(employed);
    case 'active_participants': return dots(Math.round((employed * (30 + (i % 70))) / 100));
    case 'coverage_target': return '70';
    case 'regulation': return ['none', 'peraturan_kepala', 'perda'][i % 3];
    case 'attendance': return ['kepala', 'wakil', 'utusan', ''][i % 4];
    case 'outreach_programme': return i % 3 ? 'ya' : '';
    default: return '';
  }
}

const rows = (page) => page.locator('.panel-table tbody tr');
const names = (page) => page.locator('.panel-table tbody th[scope="row"]').allTextContents();
const totals = async (page) =>
  (await page.locator('.panel-table tbody tr td.num:nth-child(4)').allTextContents()).map((t) => Number(t.replace(',', '.')));

async function templateHeader(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh templat CSV kategori ini' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'cek-paritrana_templat-kabkota.csv');
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  return text.split(/\r?\n/)[0].match(/("[^"]*"|[^;]+)/g);
}

async function choose(page, files) {
  // As a person does: the labelled button, not the hidden control.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('label[for="panel-files"]').click()]);
  assert.ok(chooser.isMultiple(), 'several files at once');
  await chooser.setFiles(files);
}

app.test('the self-check links to the panel and never loads its code', async ({ page }) => {
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(app.url);
  await page.locator('#pra').waitFor({ state: 'detached' });
  const link = page.getByRole('link', { name: 'Mode panel' });
  assert.equal(await link.getAttribute('href'), 'panel.html');
  assert.deepEqual(loaded.filter((p) => /panel/.test(p)), [], 'no panel file fetched by the self-check');
  loaded.length = 0;
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Peringkat kandidat untuk panel' }).waitFor();
  const files = loaded.map((p) => p.split('/').pop());
  assert.ok(files.some((f) => /^panel-[0-9a-f]{16}_bg\.wasm$/.test(f)), files.join(' '));
  assert.deepEqual(files.filter((f) => /^cek-paritrana-/.test(f)), [], "the panel page loads only its own bundle");
});

app.test('the panel opens in the language the self-check was left in, until its own is chosen', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'EN · English' }).click();
  await page.getByRole('link', { name: 'Panel mode' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ranking candidates for a panel' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: 'ID · Bahasa Indonesia' }).click();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Peringkat kandidat untuk panel' }).waitFor();
});

app.test('a batch of files and a CSV with bad rows: ranked, sorted, filtered, compared, shortlisted, exported, printed, cleared and undone, kept over a reload', async ({ page }) => {
  await page.goto(`${app.url}panel.html`);
  await page.getByRole('heading', { level: 1, name: 'Peringkat kandidat untuk panel' }).waitFor();
  assert.equal(await page.getByText('Belum ada kandidat untuk kategori ini.').count(), 1);
  const header = await templateHeader(page);
  // Three good rows and two with a bad cell (a word for a number, a year that is not one):
  // each bad cell said by row and column, the rest of every row loaded.
  const good = csv(header, 3, candidateCell);
  const bad = csv(header, 2, (k, i) => (k === 'employed' && i === 0 ? 'banyak' : k === 'year' && i === 1 ? 'dua ribu' : candidateCell(k, 10 + i)))
    .split('\r\n').slice(1);
  const text = [good, ...bad].join('\r\n');
  const files = [0, 1, 2, 3].map(assessmentFile);
  files.push({ name: 'kandidat.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await choose(page, files);
  await page.getByText(/kandidat dimuat/).waitFor();
  const report = await page.locator('.note[role="status"]').innerText();
  assert.match(report, /9 kandidat dimuat, 2 catatan\./, report);
  assert.match(report, /kandidat\.csv, baris 5, kolom “Penduduk bekerja di wilayah”: “b” bukan bagian dari angka/, report);
  assert.match(report, /kandidat\.csv, baris 6, kolom “Tahun data yang dinilai”: Tahun ditulis empat angka/, report);
  assert.equal(await rows(page).count(), 9);
  // The caps column names the cap a candidate's total is held to: no regulation, 70.
  const capOf = (name) => rows(page).filter({ has: page.locator(`th:text-is("${name}")`) }).locator('td.cap').textContent();
  assert.equal(await capOf('Kandidat 000'), '≤ 70');
  assert.equal(await capOf('Kandidat 002'), '–');
  // Ranked by total, highest first; the same column again turns the order round.
  let t = await totals(page);
  assert.deepEqual(t, [...t].sort((a, b) => b - a), `ranked: ${t}`);
  const totalHead = page.locator('.panel-table thead th', { hasText: 'Total' });
  await totalHead.getByRole('button').click();
  const sorted = await totalHead.getAttribute('aria-sort');
  t = await totals(page);
  assert.deepEqual(t, [...t].sort((a, b) => (sorted === 'ascending' ? a - b : b - a)), `sorted ${sorted}: ${t}`);
  await page.locator('.panel-table thead th', { hasText: 'Nama' }).getByRole('button').click();
  const byName = await names(page);
  assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b)), `by name: ${byName}`);
  // Filtered by province.
  await page.getByLabel('Provinsi').selectOption({ label: 'Riau' });
  const riau = await rows(page).count();
  assert.ok(riau >= 1 && riau < 9, `Riau: ${riau}`);
  assert.ok((await page.locator('.panel-table tbody td:nth-child(3)').allTextContents()).every((p) => p === 'Riau'));
  await page.getByLabel('Provinsi').selectOption({ label: 'Semua' });
  assert.equal(await rows(page).count(), 9);
  // Three side by side.
  for (const i of [0, 1, 2]) await rows(page).nth(i).getByRole('checkbox', { name: /Bandingkan/ }).check();
  const compare = page.locator('.compare-table');
  await compare.waitFor();
  assert.equal(await compare.locator('thead th').count(), 4);
  assert.ok((await compare.locator('tbody tr').count()) > 5);
  // A shortlist of one, shown alone.
  const first = (await names(page))[0];
  await rows(page).nth(0).getByRole('checkbox', { name: 'Daftar pendek' }).check();
  await page.getByLabel('Hanya daftar pendek').check();
  assert.deepEqual(await names(page), [first]);
  await page.getByLabel('Hanya daftar pendek').uncheck();
  // The ranking exported as CSV.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh peringkat (CSV)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^cek-paritrana_peringkat-kabkota_\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(exported.length, 10, exported.join('\n'));
  assert.ok(exported.some((l) => l.includes('Kabupaten Berkas 3')) && exported.some((l) => l.includes('Kandidat 002')));
  // Printed: the browser's print is asked for, and the table prints.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: 'Cetak laporan / PDF' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.panel-table').isVisible());
  // The printed report: the honesty note and each shortlisted candidate's breakdown.
  assert.match(await page.textContent('.panel-report'), /Perkiraan tidak resmi/);
  assert.ok((await page.locator('.panel-report h2').count()) >= 1, 'a shortlisted candidate broken down');
  assert.ok(await page.locator('.panel-report tr[data-criterion]').first().isVisible());
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await page.locator('.panel-report').isVisible()), 'the report is for print only');
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the panel');
  // Cleared, then undone.
  await page.getByRole('button', { name: 'Kosongkan daftar panel' }).click();
  assert.match(await page.textContent('#clear-confirm'), /9 kandidat/);
  await page.getByRole('button', { name: 'Batal' }).click();
  assert.equal(await rows(page).count(), 9, 'cancelled: nothing cleared');
  await page.getByRole('button', { name: 'Kosongkan daftar panel' }).click();
  await page.getByRole('button', { name: 'Ya, kosongkan' }).click();
  await page.getByText('Daftar panel dikosongkan.').waitFor();
  assert.equal(await rows(page).count(), 0);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  assert.equal(await rows(page).count(), 9);
  // Kept over a reload, with the shortlist; English remembered too.
  await page.click('button.lang[lang="en"]');
  await page.getByRole('heading', { level: 1, name: 'Ranking candidates for a panel' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Ranking candidates for a panel' }).waitFor();
  assert.equal(await rows(page).count(), 9);
  assert.equal(await page.locator('.panel-table tbody input[aria-label="Shortlist"]:checked').count(), 1);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
}, { acceptDownloads: true });

app.test('two tabs of the panel: a batch loaded and a removal in one show in the other, and neither writes over the other', async ({ page, context }) => {
  await page.goto(`${app.url}panel.html`);
  await page.locator('#panel-files').waitFor();
  const other = await context.newPage();
  await other.goto(`${app.url}panel.html`);
  await other.locator('#panel-files').waitFor();
  await choose(page, [0, 1, 2].map(assessmentFile));
  await page.getByText('3 kandidat dimuat, 0 catatan.').waitFor();
  await other.locator('.panel-table tbody tr').nth(2).waitFor();
  assert.equal(await rows(other).count(), 3);
  // A removal in the other tab; then a shortlist here keeps it removed.
  await rows(other).nth(0).getByRole('button', { name: 'Hapus dari daftar' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.panel-table tbody tr').length === 2);
  await rows(page).nth(0).getByRole('checkbox', { name: 'Daftar pendek' }).check();
  await other.waitForFunction(() => document.querySelectorAll('.panel-table tbody input[aria-label="Daftar pendek"]:checked').length === 1);
  await page.reload();
  await page.locator('.panel-table tbody tr').nth(1).waitFor();
  assert.equal(await rows(page).count(), 2);
});

app.test('a batch dropped on the loading box loads as if chosen; panel weights re-score every candidate alike', async ({ page }) => {
  await page.goto(`${app.url}panel.html`);
  await page.locator('.drop-zone').waitFor();
  const files = [3, 4].map(assessmentFile).map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
  await page.getByText('2 kandidat dimuat, 0 catatan.').waitFor();
  assert.deepEqual((await names(page)).sort(), ['Kabupaten Berkas 3', 'Kabupaten Berkas 4']);
  // The panel's own weights, the same for every candidate, said at the top.
  assert.match(await page.textContent('#panel-basis'), /rubrik 2026\.2 · bobot rubrik untuk semua kandidat/);
  const before = await totals(page);
  await page.locator('#weights summary').click();
  const first = page.locator('#weights .weight-input').first();
  await first.fill('60');
  await first.dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#panel-basis').textContent.includes('disesuaikan'));
  assert.notDeepEqual(await totals(page), before, 'every candidate re-scored under the panel weights');
  assert.equal(await page.textContent('#weights-sum'), '100');
  await page.getByRole('button', { name: 'Kembalikan bobot rubrik' }).click();
  assert.deepEqual(await totals(page), before);
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan with the weights open');
});

app.test('a batch of 500 candidates loads and ranks', async ({ page }) => {
  await page.goto(`${app.url}panel.html`);
  await page.getByRole('heading', { level: 1, name: 'Peringkat kandidat untuk panel' }).waitFor();
  const header = await templateHeader(page);
  const text = csv(header, 500, candidateCell);
  // Timed in the page: from the files chosen to the 500 rows on screen.
  await page.evaluate(() => {
    document.querySelector('#panel-files').addEventListener('change', () => { window.chosen = performance.now(); }, { capture: true });
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('.panel-table tbody tr').length === 500) {
        window.shown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await choose(page, [{ name: '500.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }]);
  await page.getByText('500 kandidat dimuat, 0 catatan.').waitFor();
  await page.waitForFunction(() => window.shown);
  const ms = Math.round(await page.evaluate(() => window.shown - window.chosen));
  console.log(`panel: 500 candidates read, scored, ranked and shown in ${ms} ms`);
  assert.equal(await rows(page).count(), 500);
  assert.ok(ms < 10_000, `${ms} ms`);
}, { acceptDownloads: true });
