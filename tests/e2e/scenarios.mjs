// Drives the form from a shared fixture (tests/fixtures/*.json), as a person would type it.
import { readFileSync } from 'node:fs';

export function loadFixture(name) {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'));
}

const REGULATION_INDEX = { none: 0, surat_edaran: 1, instruksi: 2, peraturan_kepala: 3, peraturan_daerah: 4 };

export async function fillScenario(page, fixture) {
  const { category, entry } = fixture.assessment;
  await page.click(`[data-category="${category}"]`);
  await page.fill('#p-name', entry.name ?? '');
  await page.fill('#p-province', entry.province ?? '');
  await page.fill('#p-year', entry.year ?? '');
  if (entry.sector) await page.selectOption('#p-sector', entry.sector);
  if (entry.risk) await page.selectOption('#p-risk', entry.risk);
  for (const [key, text] of Object.entries(entry.fields ?? {})) {
    await page.fill(`#f-${key}`, text);
  }
  if (entry.regulation) await page.check(`#reg-${REGULATION_INDEX[entry.regulation]}`);
  for (const item of entry.checked ?? []) await page.check(`#i-${item}`);
  for (const p of entry.programmes ?? []) await page.check(`#prog-${p}`);
  const attendance = entry.attendance ?? (entry.leader_attends ? 'head' : null);
  if (attendance) await page.check(`#att-${attendance}`);
}

export async function readResults(page) {
  return {
    total: await page.getAttribute('[data-total]', 'data-total'),
    band: await page.getAttribute('[data-band]', 'data-band'),
    topAction: (await page.textContent('#top-actions li:first-child .action-text'))?.trim(),
  };
}
