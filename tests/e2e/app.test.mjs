// End-to-end against the built dist/, served on loopback under a sub-path.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appMounted, axeViolations, openPage, useApp } from './harness.mjs';
import { fillScenario, loadFixture, readResults } from './scenarios.mjs';

const app = useApp();

test('the start page lists every category, from a sub-path, with no foreign request', async () => {
  const { page, foreign, errors, context } = await openPage(app.browser, app.origin);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await appMounted(page);
  for (const name of ['Pemerintah Provinsi', 'Pemerintah Kabupaten/Kota', 'Pemerintah Desa/Kampung', 'Kelurahan', 'Badan Usaha Skala Besar', 'Badan Usaha Skala Menengah', 'Badan Usaha Besar dan Menengah (gabungan)', 'Usaha Kecil dan Mikro', 'Badan Usaha Sektor Layanan Publik']) {
    assert.ok(await page.getByText(name, { exact: true }).isVisible(), `${name} visible`);
  }
  assert.equal(await page.title(), 'Cek Paritrana: perkiraan skor Paritrana Award');
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the start page');
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

for (const name of ['padang_panjang', 'pt_menengah_pds']) {
  describe(`scenario ${name}`, () => {
    const fixture = loadFixture(name);
    const { expect: want } = fixture;

    test('goes from the first page to the breakdown, survives a reload and a language switch', async () => {
      const { page, foreign, errors, context } = await openPage(app.browser, app.origin);
      await page.goto(app.url);
      await fillScenario(page, fixture);

      assert.deepEqual(await readResults(page), { total: want.total, band: want.band, topAction: want.top_action_id });
      if (fixture.assessment.category.startsWith('bu_')) {
        assert.ok(await page.locator('[data-cap="batas.temuan_pds"]').isVisible(), 'the PDS cap is shown');
        assert.match(await page.textContent('[data-cap="batas.temuan_pds"]'), /PDS Upah.*PDS Program/s);
      } else {
        assert.match(await page.textContent('[data-figure="coverage"]'), /78,28%/);
        assert.match(await page.textContent('[data-figure="budget_capacity"]'), /7\.227/);
        assert.match(await page.textContent('.warning'), /8\.300/);
      }
      const ms = Number(await page.getAttribute('#hasil', 'data-rescore-ms'));
      console.log(`# ${name}: full re-score in the browser took ${ms} ms`);
      assert.ok(ms < 50, `re-score ${ms} ms`);

      assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the filled form');

      await page.reload();
      await page.locator('[data-total]').waitFor();
      for (const [key, text] of Object.entries(fixture.assessment.entry.fields)) {
        assert.equal(await page.inputValue(`#f-${key}`), text, `${key} kept after reload`);
      }
      assert.equal(await page.inputValue('#p-name'), fixture.assessment.entry.name);
      for (const item of fixture.assessment.entry.checked) assert.ok(await page.isChecked(`#i-${item}`), `${item} kept`);
      assert.deepEqual(await readResults(page), { total: want.total, band: want.band, topAction: want.top_action_id });

      await page.click('button.lang[lang="en"]');
      assert.equal(await page.textContent('#results-title'), 'Estimated score');
      assert.equal((await readResults(page)).topAction, want.top_action_en);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      for (const [key, text] of Object.entries(fixture.assessment.entry.fields)) {
        assert.equal(await page.inputValue(`#f-${key}`), text, `${key} kept after switching language`);
      }
      await page.reload();
      await page.locator('[data-total]').waitFor();
      assert.equal(await page.textContent('#results-title'), 'Estimated score', 'the language is remembered');
      if (fixture.assessment.category.startsWith('bu_')) {
        // The comparison says when a total is held by a cap, or its pillars would not add up.
        await page.click('#start-target');
        await page.getByRole('link', { name: 'Compare' }).click();
        await page.locator('#compare-delta').waitFor();
        const held = await page.locator('.compare-cap').allTextContents();
        assert.equal(held.length, 2, `${held}`);
        assert.match(held[0], /^Before: Sum before the cap \d+(,\d)? · Score cap 60$/);
        assert.match(held[1], /^After: Sum before the cap \d+(,\d)? · Score cap 60$/);
      }

      assert.deepEqual(foreign, [], 'no request leaves the origin');
      assert.deepEqual(errors, [], 'no console error');
      await context.close();
    });
  });
}

app.test('bad input gets a message at the field and loses nothing', async ({ page }) => {
  await page.goto(app.url);
  await page.click('[data-category="kabkota"]');
  await page.fill('#f-employed', '19.654');
  await page.fill('#f-active_participants', '15.38x');
  await page.fill('#f-coverage_target', '80');
  assert.match(await page.textContent('#f-active_participants-echo'), /bukan bagian dari angka/);
  assert.equal(await page.getAttribute('#f-active_participants', 'aria-invalid'), 'true');
  assert.match(await page.textContent('.alert'), /Isian yang perlu diperbaiki: 1/);
  assert.match(await page.textContent('#f-coverage_target-echo'), /dibaca: 80%/, 'the rest of the form still works');
  await page.reload();
  assert.equal(await page.inputValue('#f-active_participants'), '15.38x', 'the bad text is kept as typed');
  await page.fill('#f-active_participants', '25.000');
  // Above the employed is read as full coverage (rubric 2026.2), with a note to check.
  assert.equal(await page.getAttribute('#f-active_participants', 'aria-invalid'), 'false');
  assert.match(await page.textContent('.warning'), /Peserta aktif melebihi penduduk bekerja \(cakupan tercatat 127,2%\)/);
});

app.test('corrupt saved data is set aside with a message, never a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cek-paritrana', '{"schema":1,"assessment":{"category":"kab');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(app.url);
  const notice = page.locator('.notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /rusak/);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith('cek-paritrana.cadangan.'));
  assert.ok(aside, `the damaged text is kept aside (${keys})`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside), '{"schema":1,"assessment":{"category":"kab');
  await page.click('[data-category="desa"]');
  assert.ok(await page.locator('#f-village_officials_total').isVisible(), 'the app works after recovery');
});

test('the method page is written from the rubric, opens on the open assessment\'s category in its language, and passes the accessibility scan', async () => {
  const { page, errors, foreign, context } = await openPage(app.browser, app.origin);
  await page.goto(app.url);
  await page.click('[data-category="desa"]');
  await page.locator('#f-village_officials_total').waitFor();
  await page.getByRole('link', { name: 'Metode' }).click();
  await page.waitForURL(/metode\.html#desa$/);
  // A static page: it runs no WebAssembly of its own.
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length), 0);
  assert.equal(await page.inputValue('#method-category'), 'desa');
  const shown = () => page.locator('[data-method-category]:visible').evaluateAll((els) => els.map((e) => e.dataset.methodCategory));
  assert.deepEqual(await shown(), ['desa'], 'only the open assessment\'s category shows');
  await page.selectOption('#method-category', 'bu_besar');
  assert.deepEqual(await shown(), ['bu_besar']);
  assert.match(page.url(), /#bu_besar$/);
  const large = page.locator('[data-method-category="bu_besar"]');
  assert.ok(await large.locator('[data-criterion="kepatuhan.tenaga_kerja"]').isVisible());
  assert.match(await large.textContent(), /Perpres 109\/2013/);
  // The calibration table comes from the same cases the native tests hold.
  const ketapang = page.locator('[data-case="Kabupaten Ketapang"]');
  assert.match(await ketapang.textContent(), /Juara 1 Kalimantan Barat 2025/);
  const published = await ketapang.locator('td.published').textContent();
  assert.equal(published.split('ketapangmedia.com').length - 1, 1, `each source named once, after what it published: ${published}`);
  for (const v of ['2026.1', '2026.2']) {
    assert.equal(await ketapang.locator(`[data-version="${v}"]`).getAttribute('data-band'), 'siap_bersaing');
  }
  assert.match(await page.textContent('.method'), /diperiksa terhadap 8 kasus yang terbit, bukan nilai panitia/);
  assert.match(await page.textContent('[data-case="Kabupaten Kutai Timur"]'), /2026\.2 membacanya sebagai cakupan penuh/);
  // The newest changes first: what 2026.2 says of itself, then what its data shows.
  const latest = await page.textContent('.changes');
  assert.match(latest, /Cakupan di atas 100% dibaca sebagai cakupan penuh/);
  assert.match(latest, /Kelurahan: kategori baru/);
  assert.match(latest, /“Isi regulasi: mewajibkan dan mendanai”, kini 6 butir: butir baru “Mengatur sanksi/, 'a checklist names what it gained');
  assert.equal(await page.locator('[data-version="2025.1"]').count(), 0, 'the table shows the current rubric and the one before');
  assert.deepEqual(await axeViolations(page), []);
  // The other language keeps the category; the way back opens the assessment again.
  await page.getByRole('link', { name: /^EN/ }).click();
  await page.waitForURL(/method\.html#bu_besar$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await shown(), ['bu_besar']);
  assert.match(await page.textContent('h1'), /Scoring method · rubric 2026\.2/i);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Assessment', exact: true }).click();
  await page.locator('#f-village_officials_total').waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

app.test('the form\'s "Pelajari" leads to why a criterion weighs what it does, on the method page at that criterion', async ({ page }) => {
  await page.goto(app.url);
  await page.click('[data-category="kabkota"]');
  const card = page.locator('article.criterion[data-criterion="cakupan.ucj"]');
  await card.locator('summary').click();
  await card.getByRole('link', { name: 'baca di halaman Metode' }).click();
  await page.waitForURL(/metode\.html#m-kabkota-cakupan-ucj$/);
  assert.deepEqual(await page.locator('[data-method-category]:visible').evaluateAll((els) => els.map((e) => e.dataset.methodCategory)), ['kabkota']);
  const place = page.locator('#m-kabkota-cakupan-ucj');
  assert.equal(await place.getAttribute('data-criterion'), 'cakupan.ucj');
  assert.match(await place.textContent(), /Mengapa bobot ini: Cakupan adalah tujuan penghargaan/);
  const onScreen = await place.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top > -2 && r.top < innerHeight / 2; });
  assert.ok(onScreen, 'scrolled to the criterion');
}, { viewport: { width: 390, height: 844 }, isMobile: true });

app.test('without scripts the method page shows every category', async ({ page }) => {
  await page.goto(new URL('metode.html', app.url).href);
  const categories = await page.locator('#method-category option').count();
  assert.ok(categories >= 7, `every category is offered (${categories})`);
  assert.equal(await page.locator('[data-method-category]:visible').count(), categories);
  assert.equal(await page.locator('#method-category').isVisible(), false, 'the choice needs the script');
}, { javaScriptEnabled: false });

app.test('a link made under rubric 2025.1 opens under 2026.2 with its old and new total, every entry kept', async ({ page }) => {
  const old = readFileSync(new URL('../fixtures/link_v2.txt', import.meta.url), 'utf8').trim();
  await page.goto(`${app.url}#a=${old}`);
  const notice = page.locator('#rubric-moved');
  await notice.waitFor();
  // The code of rubric 2025.1 scored this assessment 61,6.
  const total = await page.getAttribute('[data-total]', 'data-total');
  assert.match(await notice.textContent(), new RegExp(`rubrik 2025\\.1, kini dinilai dengan rubrik 2026\\.2: total 61,6 → ${total}`));
  assert.equal(await page.inputValue('#f-budget_current'), '4,3 miliar');
  assert.equal(await page.inputValue('#f-employed'), '179.822');
  await notice.getByRole('button', { name: 'Mengerti' }).click();
  assert.equal(await notice.count(), 0, 'the notice goes once seen');
  await page.reload();
  await page.locator('[data-total]').waitFor();
  assert.equal(await page.locator('#rubric-moved').count(), 0, 'and stays gone');
});

app.test('on a phone the score is one tap away', async ({ page }) => {
  await page.goto(app.url);
  await fillScenario(page, loadFixture('padang_panjang'));
  const pill = page.locator('.score-pill');
  assert.ok(await pill.isVisible());
  assert.match(await pill.textContent(), new RegExp(`Skor ${loadFixture('padang_panjang').expect.total}`));
  await pill.tap();
  await page.waitForTimeout(300);
  assert.ok(await page.locator('#results-title').isVisible(), 'the breakdown is in view');
  const box = await pill.boundingBox();
  assert.ok(!box || box.y + box.height <= 0, `the pill stays with the form, off the results (${JSON.stringify(box)})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px)`);
}, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

app.test('the whole flow works by keyboard alone, with a visible focus', async ({ page }) => {
  await page.goto(app.url);
  // The keyboard meets the app's page: the take-over under a keyboard is the first-paint test's.
  await appMounted(page);
  const tabTo = async (predicate, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`focus never reached ${predicate}`);
  };
  await tabTo(() => document.activeElement?.dataset?.category === 'kabkota');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused card shows a focus ring');
  await page.keyboard.press('Enter');
  await tabTo(() => document.activeElement?.id === 'f-employed');
  await page.keyboard.type('19.654');
  await page.keyboard.press('Tab');
  await page.keyboard.type('15.386');
  await page.keyboard.press('Tab');
  await page.keyboard.type('80%');
  // A busy machine may paint the re-render a little later.
  await page.locator('#f-coverage_target-echo', { hasText: 'dibaca: 80%' }).waitFor();
  assert.equal(await page.textContent('#f-coverage_target-echo'), 'dibaca: 80%');
  assert.match(await page.textContent('tr[data-criterion="cakupan.ucj"]'), /78,28%/);
  await tabTo(() => document.activeElement?.closest?.('[data-criterion="cakupan.non_asn"]') && document.activeElement.type === 'checkbox');
  await page.keyboard.press('Space');
  await page.locator('tr[data-criterion="cakupan.non_asn"]', { hasText: 'tidak berlaku' }).waitFor();
  assert.match(await page.textContent('tr[data-criterion="cakupan.non_asn"]'), /tidak berlaku/);
});

app.test('weights can be adjusted, always sum to 100, are flagged, and reset', async ({ page }) => {
  await page.goto(app.url);
  await fillScenario(page, loadFixture('padang_panjang'));
  await page.click('#weights summary');
  await page.fill('#w-regulasi-instrumen', '30');
  await page.press('#w-regulasi-instrumen', 'Enter');
  await page.locator('#custom-weights-note').waitFor();
  assert.equal(await page.textContent('#weights-sum'), '100');
  assert.equal(await page.inputValue('#w-regulasi-instrumen'), '30');
  assert.notEqual(await page.getAttribute('[data-total]', 'data-total'), loadFixture('padang_panjang').expect.total, 'the total follows the weights');
  await page.fill('#w-cakupan-ucj', 'banyak');
  await page.press('#w-cakupan-ucj', 'Enter');
  assert.match(await page.textContent('#w-cakupan-ucj-err'), /0 sampai 100/);
  assert.equal(await page.textContent('#weights-sum'), '100', 'a bad entry changes nothing');
  await page.getByRole('button', { name: 'Kembalikan bobot rubrik' }).click();
  assert.equal(await page.getAttribute('[data-total]', 'data-total'), loadFixture('padang_panjang').expect.total);
  assert.equal(await page.locator('#custom-weights-note').count(), 0);
});
