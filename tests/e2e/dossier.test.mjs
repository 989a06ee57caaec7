// The evidence dossier, end to end: evidence recorded per criterion on its own page, marked
// in the breakdown, answering the readiness item; kept through a reload, the file and the
// link; printed as an appendix with the gaps first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appMounted, axeViolations, openLibrary, openPage, useApp } from './harness.mjs';
import { fillScenario, loadFixture } from './scenarios.mjs';

const app = useApp();
const work = mkdtempSync(join(tmpdir(), 'cek-paritrana-dossier-'));
const padang = loadFixture('padang_panjang');
const REG = '[data-criterion="regulasi.instrumen"]';
const part = (name) => `[id="ev-regulasi.instrumen-0-${name}"]`;
const TITLE = 'Perwako Padang Panjang No. 12 Tahun 2021';

// A page of the app: followed in the page from the form, with the address of its
// assessment; nothing more is downloaded.
async function openDossier(page) {
  await page.click('#open-dossier');
  await page.waitForURL(/bukti\.html#\d+$/);
  await page.getByRole('heading', { level: 1, name: 'Dokumen pendukung', exact: true }).waitFor();
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.wasm')));
  assert.deepEqual(wasm.map((n) => n.replace(/-[0-9a-f]+_bg/, '')), ['cek-paritrana.wasm'], 'the app, downloaded once');
}

async function backToForm(page) {
  await page.getByRole('link', { name: 'Kembali ke isian' }).click();
  await appMounted(page);
  await page.locator('[data-total]').waitFor();
}

test('evidence is recorded per criterion, marks the claims without it and answers readiness; it survives a reload, the file and the link, and prints as an appendix', async () => {
  const { page, context, errors, foreign } = await openPage(app.browser, app.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(app.url);
  await fillScenario(page, padang);
  assert.equal(await page.getAttribute('[data-total]', 'data-total'), padang.expect.total);
  assert.equal(await page.locator(`.criteria-table tr${REG} .badge.unproven`).count(), 1, 'a claim without evidence is marked');

  await openDossier(page);
  const section = page.locator(`.evidence-criterion${REG}`);
  await section.locator('.evidence-add').click();
  assert.equal(await page.inputValue(part('kind')), 'peraturan', 'the kind that usually proves a regulation comes first');
  assert.match(await section.textContent(), /Belum dihitung sebagai bukti/);
  await page.fill(part('title'), TITLE);
  await page.fill(part('date'), '2021-05-13');
  await page.fill(part('note'), 'salinan di map 1');
  await page.check(part('bpjs'));
  assert.equal(await section.locator('.badge.unproven').count(), 0, 'proven now');
  // Removed by mistake, put back.
  await section.locator('.evidence-remove').click();
  assert.equal(await section.locator('.evidence').count(), 0);
  await page.click('#evidence-undo');
  assert.equal(await page.inputValue(part('title')), TITLE);
  assert.ok(!(await section.textContent()).includes('Belum dihitung'));
  // One claim proven, others not: the dossier answers the readiness item, not the tick.
  assert.match(await page.textContent('.dossier'), /dibaca dari daftar ini: belum terpenuhi/);
  assert.ok((await page.locator('.dossier-gaps li').count()) > 0, 'the gaps are listed');
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the dossier');
  await page.click('button.lang[lang="en"]');
  await page.getByRole('heading', { level: 1, name: 'Supporting documents' }).waitFor();
  assert.match(await page.textContent('.dossier'), /read from this list: not yet in place/);
  await page.click('button.lang[lang="id"]');

  await backToForm(page);
  assert.ok(await page.locator('#i-documents_ready').isDisabled());
  assert.ok(!(await page.locator('#i-documents_ready').isChecked()));
  assert.match(await page.textContent('#from-dossier'), /belum terpenuhi\. Kriteria yang memperoleh poin tanpa bukti: \d+\./);
  const total = await page.getAttribute('[data-total]', 'data-total');
  assert.notEqual(total, padang.expect.total, 'the tick no longer counts');
  assert.equal(await page.locator(`.criteria-table tr${REG} .badge.unproven`).count(), 0);

  // A reload keeps it.
  await page.reload();
  await appMounted(page);
  await openDossier(page);
  assert.equal(await page.inputValue(part('title')), TITLE);
  assert.equal(await page.inputValue(part('date')), '2021-05-13');
  assert.ok(await page.isChecked(part('bpjs')));
  await backToForm(page);

  // The printed report ends with the appendix, gaps first.
  await page.emulateMedia({ media: 'print' });
  const gaps = await page.locator('.appendix-criterion').evaluateAll((els) => els.map((e) => !!e.querySelector('.badge.unproven')));
  assert.ok(gaps[0] && gaps.includes(false), `${gaps}`);
  assert.deepEqual(gaps, [...gaps].sort((a, b) => b - a), 'every gap before the rest');
  const pdf = join(work, 'laporan.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes('Lampiran: daftar dokumen pendukung'), 'the appendix is printed');
  assert.ok(text.includes(`${TITLE} · 13 Mei 2021 · Sudah dicocokkan dengan BPJS Ketenagakerjaan · salinan di map 1`), text);
  await page.emulateMedia({ media: 'screen' });

  // The file and the link carry it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-file')]);
  const file = readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(file).assessment.evidence['regulasi.instrumen'][0].title, TITLE);
  await page.click('#copy-link');
  await page.getByText('Tautan disalin').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.includes('#a=5.'), link);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();

  for (const open of ['file', 'link']) {
    const other = await openPage(app.browser, app.origin);
    if (open === 'file') {
      await other.page.goto(app.url);
      await openLibrary(other.page);
      await other.page.setInputFiles('#import-file', { name: 'padang.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await other.page.click('#import-as-new');
    } else {
      await other.page.goto(link);
    }
    await other.page.locator('[data-total]').waitFor();
    assert.equal(await other.page.getAttribute('[data-total]', 'data-total'), total, open);
    await openDossier(other.page);
    assert.equal(await other.page.inputValue(part('title')), TITLE, open);
    assert.ok(await other.page.isChecked(part('bpjs')), open);
    assert.deepEqual(other.errors, [], open);
    await other.context.close();
  }
});
