// The planner, end to end: a page of the app (rencana.html, the same bundle), opened from a next
// step with its figures, worked out with the rates named, carried back as next year's
// target; a company's payroll by wage bands.
import assert from 'node:assert/strict';
import { appMounted, axeViolations, useApp } from './harness.mjs';

const app = useApp();

async function start(page, category) {
  await page.goto(app.url);
  await appMounted(page);
  await page.getByRole('link', { name: category }).first().click();
  await page.locator('#p-year').fill('2025');
}

const wasmLoaded = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()).filter((n) => n.endsWith('.wasm')));

const figure = (page, id) => page.locator(`.planner [data-figure="${id}"] .figure-value`).textContent();

app.test("a budget step opens the planner with its figures; Ketapang's budget read in workers and months; the plan becomes next year's target", async ({ page }) => {
  await start(page, /Kabupaten\/Kota/);
  await page.locator('#f-vulnerable_target').fill('34.400');
  await page.locator('#f-budget_current').fill('4,3 miliar');
  // The step that raises the budget offers the planner.
  const step = page.locator('#top-actions li', { hasText: 'Naikkan anggaran ke Rp6.935.040.000' });
  // The self-check never loaded the planner's code.
  assert.deepEqual((await wasmLoaded(page)).filter((n) => !n.startsWith('cek-paritrana-')), []);
  await step.locator('.plan-step').click();
  await page.waitForURL(/rencana\.html#\d+;budget_current=6935040000$/);
  await page.getByRole('heading', { level: 1, name: 'Simulasi anggaran perlindungan' }).waitFor();
  assert.deepEqual((await wasmLoaded(page)).map((n) => n.replace(/-[0-9a-f]+_bg/, '')), ['cek-paritrana.wasm'], 'the app, downloaded once');
  assert.match(await page.textContent('#plan-year'), /2026/);
  // The step's budget is typed in: it pays for every worker for a year.
  assert.equal(await page.inputValue('#f-budget_current'), '6.935.040.000');
  assert.equal(await figure(page, 'plan_total'), 'Rp6.935.040.000');
  assert.equal(await figure(page, 'plan_surplus'), 'Rp0');
  // Back to the published budget: 21.329 workers a year, or 7,4 months for all 34.400.
  await page.locator('#f-budget_current').fill('4.300.000.000');
  assert.equal(await figure(page, 'plan_gap'), 'Rp2.635.040.000');
  assert.equal(await figure(page, 'plan_workers_covered'), '21.329');
  assert.equal(await figure(page, 'plan_months_covered'), '7,4');
  assert.match(await page.textContent('.plan-basis'), /1 Juli 2015.*PP 44\/2015/);
  // A bad box is named and loses nothing.
  await page.locator('#plan-income').fill('lima ratus');
  assert.ok(await page.locator('#plan-income[aria-invalid="true"]').isVisible());
  assert.equal(await page.inputValue('#plan-income'), 'lima ratus');
  await page.locator('#plan-income').fill('');
  await page.locator('label[for="plan-pkg-with_jht"]').click();
  assert.equal(await figure(page, 'plan_price'), 'Rp36.800');
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the planner');
  // English, then back.
  await page.click('button.lang[lang="en"]');
  await page.getByRole('heading', { level: 1, name: 'Protection budget planner' }).waitFor();
  await page.click('button.lang[lang="id"]');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('cek-paritrana')).lang), 'id', 'the language is the app\'s');
  await page.locator('#plan-apply').click();
  await page.waitForURL((u) => !u.pathname.endsWith('rencana.html'));
  // Next year's target, with the planned budget, beside the assessment it came from.
  await page.locator('#p-year').waitFor();
  assert.equal(await page.inputValue('#p-year'), '2026');
  assert.equal(await page.inputValue('#f-budget_current'), '15.191.040.000');
  assert.ok(await page.locator('#pkg-with_jht').isChecked());
});

app.test("a medium company's contributions per programme, with JP capped per worker in wage bands, and a PDS finding", async ({ page }) => {
  await start(page, /Besar dan Menengah/);
  await page.locator('#open-planner').click();
  await page.getByRole('heading', { level: 1, name: 'Simulasi iuran kepatuhan' }).waitFor();
  await page.locator('#plan-size').selectOption('menengah');
  await page.locator('#plan-risk').selectOption('R2');
  await page.locator('#plan-add-band').click();
  await page.locator('#plan-add-band').click();
  await page.locator('#band-1-workers').fill('100');
  await page.locator('#band-1-wage').fill('8.000.000');
  await page.locator('#band-2-workers').fill('20');
  await page.locator('#band-2-wage').fill('12.000.000');
  // Employer: (0,54 + 0,30 + 3,7)% of Rp1.040.000.000 + 2% of (Rp800.000.000 + 20 × Rp10.547.400).
  assert.equal(await figure(page, 'plan_employer_monthly'), 'Rp67.434.960');
  assert.equal(await page.textContent('[data-programme="JP"] td:last-child'), 'Rp10.109.480');
  assert.match(await page.textContent('.plan-basis'), /Rp10\.547\.400/);
  // On a phone the yearly cost stays in view while the boxes are filled.
  assert.ok(await page.locator('.planner .score-pill').isVisible());
  assert.match(await page.textContent('.planner .score-pill'), /Iuran seluruhnya per tahun: Rp/);
  await page.locator('#f-registered_employees').fill('80');
  await page.locator('#f-wage_bill_reported').fill('640.000.000');
  await page.locator('#plan-finding-months').fill('6');
  const monthly = await figure(page, 'plan_pds_monthly');
  const total = await figure(page, 'plan_pds_total');
  const rupiah = (t) => Number(t.replace(/\D/g, ''));
  assert.equal(rupiah(total), rupiah(monthly) * 6);
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan on a phone');
  await page.locator('#plan-apply').click();
  await page.locator('#p-year').waitFor();
  assert.equal(await page.inputValue('#f-employees'), '120');
  assert.equal(await page.inputValue('#f-wage_bill_reported'), '1.040.000.000');
}, { viewport: { width: 390, height: 844 } });
