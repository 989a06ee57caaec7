// Rubric 2026.2 as a candidate meets it: coverage above 100 %, the question of where the
// revenue-share funds sit, who attends the interview, the kelurahan category, the
// labour-intensive JKK discount, and a link made under rubric 2026.1.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { axeViolations, useApp } from './harness.mjs';

const app = useApp();

const points = (page, id) => page.textContent(`[data-criterion="${id}"] .criterion-points`);
/// Waits until a criterion's points begin as `expected` (`'16 /'`) or match it (a pattern).
const pointsShow = (page, id, expected) =>
  page.waitForFunction(([id, start, pattern]) => {
    const text = document.querySelector(`[data-criterion="${id}"] .criterion-points`)?.textContent ?? '';
    return pattern ? new RegExp(pattern).test(text) : text.startsWith(start);
  }, [id, expected, expected instanceof RegExp ? expected.source : null]);
/// Types figures into the form's fields, by the fields' keys.
async function fillFigures(page, figures) {
  for (const [key, text] of Object.entries(figures)) await page.fill(`#f-${key}`, text);
}

async function newAssessment(page, category) {
  await page.goto(app.url);
  await page.click(`[data-category="${category}"]`);
  await page.locator('[data-total]').waitFor();
}

app.test('participants above the employed score as full coverage, with a note and no error', async ({ page }) => {
  await newAssessment(page, 'kabkota');
  // Kutai Timur 2024: 77.074 + 69.528 registered against 51.086 + 79.691 estimated.
  await fillFigures(page, { employed: '130.777', active_participants: '146.602', coverage_target: '60' });
  await pointsShow(page, 'cakupan.ucj', '16 /');
  assert.equal(await page.getAttribute('#f-active_participants', 'aria-invalid'), 'false');
  assert.equal(await page.locator('.alert').count(), 0, 'no field to correct');
  assert.match(await page.textContent('.warning'), /Peserta aktif melebihi penduduk bekerja \(cakupan tercatat 112,1%\)/);
  assert.match(await page.textContent('.warning'), /Dinilai sebagai cakupan penuh/);
  // What scores nothing only because it is empty is listed, heaviest first, with a way to its field.
  const empty = page.locator('#not-filled a');
  assert.ok(await empty.count() > 3, 'the empty criteria are listed');
  const target = await empty.first().getAttribute('href');
  assert.equal(await page.locator(target).count(), 1, `${target} is a field of the form`);
  assert.doesNotMatch(await page.textContent('#not-filled'), /Cakupan kepesertaan terhadap target daerah/, 'a filled criterion is not listed');
  assert.deepEqual(await axeViolations(page), []);
});

app.test('revenue-share funds count once: the form asks where they sit', async ({ page }) => {
  await newAssessment(page, 'kabkota');
  await fillFigures(page, { vulnerable_target: '34.400', budget_current: '4,3 miliar', funding_revenue_share: '1 miliar' });
  const capacity = () => page.textContent('[data-figure="budget_capacity"]');
  // Unanswered: inside the APBD line, so Rp4,3 miliar ÷ Rp201.600 = 21.329 workers.
  await page.waitForFunction(() => document.querySelector('[data-figure="budget_capacity"]')?.textContent.includes('21.329'));
  assert.ok(await page.isChecked('#rs-unanswered'), 'unanswered until answered, and shown so');
  assert.equal(await page.isChecked('#rs-beyond'), false);
  assert.match(await page.textContent('#rs-help'), /tidak dihitung dua kali/);
  await page.check('#rs-beyond');
  // Outside it: Rp5,3 miliar ÷ Rp201.600 = 26.289.
  await page.waitForFunction(() => document.querySelector('[data-figure="budget_capacity"]')?.textContent.includes('26.289'));
  await page.check('#rs-in_budget');
  await page.waitForFunction(() => document.querySelector('[data-figure="budget_capacity"]')?.textContent.includes('21.329'));
  await page.waitForFunction(() => localStorage.getItem('cek-paritrana')?.includes('"revenue_share":"in_budget"'));
  await page.reload();
  await page.locator('[data-total]').waitFor();
  assert.ok(await page.isChecked('#rs-in_budget'), 'the answer is kept');
  assert.match(await capacity(), /21\.329/);
  // An answer can be taken back.
  await page.check('#rs-unanswered');
  await page.waitForFunction(() => localStorage.getItem('cek-paritrana')?.includes('"revenue_share":"unanswered"'));
});

app.test('a deputy at the interview scores part of it; the head in person all of it', async ({ page }) => {
  await newAssessment(page, 'kabkota');
  assert.match(await points(page, 'wawancara.kehadiran'), /^0 \/ 7/);
  await page.check('#att-deputy');
  await pointsShow(page, 'wawancara.kehadiran', '4,2 /');
  await page.check('#att-delegate');
  await pointsShow(page, 'wawancara.kehadiran', '2,1 /');
  await page.check('#att-head');
  await pointsShow(page, 'wawancara.kehadiran', '7 /');
  await page.click('button.lang[lang="en"]');
  assert.match(await page.textContent('[data-criterion="wawancara.kehadiran"] legend'), /Who attends the interview/);
  assert.match(await page.textContent('label[for="att-deputy"]'), /Deputy regional or village head/);
  assert.ok(await page.isChecked('#att-head'));
});

app.test('a kelurahan has its own rubric: no village budget, no village council', async ({ page }) => {
  await newAssessment(page, 'kelurahan');
  assert.ok(await page.locator('#f-social_workers_total').isVisible());
  assert.ok(await page.locator('#f-non_asn_total').isVisible());
  assert.equal(await page.locator('#f-village_officials_total').count(), 0, 'no village officials and council');
  assert.match(await page.textContent('[data-criterion="inisiatif.anggaran"]'), /APBD kabupaten\/kota/);
  await fillFigures(page, { social_workers_total: '420', social_workers_covered: '380' });
  await pointsShow(page, 'cakupan.sosial', /^12,[67]/);
  assert.deepEqual(await axeViolations(page), []);
});

app.test('a labour-intensive company pays half the JKK in 2025, when it says it qualifies', async ({ page }) => {
  await newAssessment(page, 'bu_menengah');
  await page.fill('#p-year', '2025');
  await page.selectOption('#p-risk', 'R2');
  await fillFigures(page, { employees: '120', wage_bill_actual: '600.000.000' });
  const employer = () => page.textContent('[data-figure="employer_monthly"]');
  // 0,54 + 0,30 + 3,7 + 2 = 6,54% of Rp600.000.000 (JP on 120 workers at Rp5.000.000).
  await page.waitForFunction(() => document.querySelector('[data-figure="employer_monthly"]')?.textContent.includes('39.240.000'));
  await page.check('#p-padat');
  // JKK halved: 0,27% instead of 0,54%, Rp1.620.000 less.
  await page.waitForFunction(() => document.querySelector('[data-figure="employer_monthly"]')?.textContent.includes('37.620.000'));
  assert.match(await employer(), /JKK didiskon 50% sebagai industri padat karya \(sejak 1 Februari 2025; PP 7\/2025/);
  // The discount ends with January 2026's contributions.
  await page.fill('#p-year', '2026');
  await page.waitForFunction(() => document.querySelector('[data-figure="employer_monthly"]')?.textContent.includes('39.240.000'));
  assert.doesNotMatch(await employer(), /didiskon/);
  assert.match(await page.textContent('.warning'), /Diskon JKK industri padat karya tidak dihitung: diskon berlaku untuk iuran Februari 2025 sampai Januari 2026/);
  // Fewer than 50 workers do not qualify, whatever the box says.
  await page.fill('#p-year', '2025');
  await page.fill('#f-employees', '40');
  await page.waitForFunction(() => document.querySelector('.warning')?.textContent.includes('paling sedikit 50 pekerja, jumlah pekerja yang Anda isi 40'));
  assert.doesNotMatch(await employer(), /didiskon/);
});

app.test('a link made under rubric 2026.1 opens under 2026.2 with its old and new total, every entry kept', async ({ page }) => {
  const old = readFileSync(new URL('../fixtures/link_v4.txt', import.meta.url), 'utf8').trim();
  assert.ok(old.startsWith('4.'));
  await page.goto(`${app.url}#a=${old}`);
  const notice = page.locator('#rubric-moved');
  await notice.waitFor();
  const total = await page.getAttribute('[data-total]', 'data-total');
  const text = await notice.textContent();
  const [, before, after] = text.match(/rubrik 2026\.1, kini dinilai dengan rubrik 2026\.2: total ([\d,]+) → ([\d,]+)/) ?? [];
  assert.equal(after, total, text);
  assert.notEqual(before, after, text);
  assert.equal(await page.inputValue('#f-funding_revenue_share'), '8.124.480.000');
  assert.equal(await page.inputValue('#f-budget_current'), '16.549.948.800');
  assert.ok(await page.isChecked('#att-head'), 'the head who attended still attends');
  assert.ok(await page.isChecked('#i-collaboration_scheme'));
});
