// The first paint is the page's own HTML: the start page rendered at build time from the
// app's components, shown before the WebAssembly arrives, then taken over by the app
// without a change, a shift or a lost tap; a link that opens elsewhere waits instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appMounted, axeViolations, closeClean, holdWasm, openLibrary, openPage, useApp } from './harness.mjs';
import { loadFixture } from './scenarios.mjs';

const app = useApp();
// A phone; no service worker, which would serve the WebAssembly past the hold.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' };
const CATEGORIES = ['provinsi', 'kabkota', 'desa', 'bu_besar', 'bu_menengah', 'umk', 'layanan_publik'];
const HEADING = 'Seberapa siap Anda untuk Paritrana Award?';

/// The element tree under `root` as data: tags, sorted attributes, texts (adjacent ones
/// joined, as the HTML parser joins them), leaving out the children matching `skip`.
function tree(page, root, skip) {
  return page.evaluate(([root, skip]) => {
    const copy = document.querySelector(root).cloneNode(true);
    for (const n of [...copy.children]) if (n.matches(skip)) n.remove();
    copy.normalize();
    const walk = (n) =>
      n.nodeType === Node.TEXT_NODE
        ? n.data
        : {
            tag: n.localName,
            attrs: [...n.attributes].map((a) => `${a.name}=${a.value}`).sort(),
            children: [...n.childNodes].filter((c) => c.nodeType === Node.ELEMENT_NODE || c.nodeType === Node.TEXT_NODE).map(walk),
          };
    return walk(copy).children;
  }, [root, skip]);
}

/// Where the heading, every card and the footer are on the page.
function boxes(page) {
  return page.evaluate(() =>
    ['h1', ...[...document.querySelectorAll('[data-category]')].map((c) => `[data-category="${c.dataset.category}"]`), '.site-footer'].map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return `${s} ${r.x},${r.y} ${r.width}x${r.height}`;
    }),
  );
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the start page shows before the WebAssembly arrives, is what the app renders, and nothing moves or loses focus when it takes over', async () => {
  const { page, foreign, errors, context } = await openPage(app.browser, app.origin, PHONE);
  await page.addInitScript(() => {
    window.shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.shifted += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });

  assert.ok(await page.getByRole('heading', { level: 1, name: HEADING }).isVisible(), 'the heading is visible');
  for (const c of CATEGORIES) assert.ok(await page.locator(`[data-category="${c}"]`).isVisible(), `the card ${c} is visible`);
  assert.ok(await page.getByText('Data Anda tidak pernah meninggalkan peramban ini', { exact: false }).isVisible(), 'the privacy note');
  assert.equal(await page.locator('button.lang[aria-pressed="true"]').textContent(), 'ID');
  assert.equal(await page.locator('.memuat-teks').isVisible(), false, 'no loading line on the start page');
  assert.equal(await page.locator('#pra').count(), 1, 'the app has not run yet');
  assert.deepEqual(await axeViolations(page), [], 'accessibility scan of the page before the app runs');

  // A keyboard got to a card before the app ran.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.dataset?.category === 'umk')); i++) {
    await page.keyboard.press('Tab');
  }
  const ring = () => page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(await ring(), 'none', 'the card reached by keyboard shows its focus ring');
  // The skip link the first Tab showed moved as the keyboard asked: only the take-over counts.
  await page.evaluate(() => (window.shifted = 0));
  const before = await tree(page, '#pra', '.memuat-teks');
  assert.deepEqual(before.map((n) => n.tag), ['a', 'header', 'main', 'footer'], 'the whole page, not only the start content');
  const placed = await boxes(page);
  release();
  await appMounted(page);
  await frames(page);

  // Drift: the build's start page and the app's first render are the same elements.
  assert.deepEqual(await tree(page, 'body', 'noscript, script'), before, 'the app renders what the build wrote');
  assert.deepEqual(await boxes(page), placed, 'everything stays where it was');
  assert.equal(await page.evaluate(() => window.shifted), 0, 'no layout shift');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.category), 'umk', 'the focus stays on its card');
  assert.notEqual(await ring(), 'none', 'and still shows its focus ring');
  assert.equal(await page.getAttribute('html', 'data-memuat'), null);
  await closeClean(context, { foreign, errors });
});

test('a category chosen before the WebAssembly arrives opens once the app runs', async () => {
  const { page, errors, context } = await openPage(app.browser, app.origin, PHONE);
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.click('[data-category="desa"]');
  assert.ok(await page.locator('.memuat-teks').isVisible(), 'the click is answered with the loading line');
  assert.equal(await page.getByRole('heading', { level: 1, name: HEADING }).isVisible(), false);

  release();
  await page.locator('#f-village_officials_total').waitFor();
  await openLibrary(page);
  const items = page.locator('.library-item');
  assert.equal(await items.count(), 1, 'one assessment, made by the one click');
  assert.match(await items.textContent(), /Desa/);
  await closeClean(context, { errors });
});

/// The categories of the assessments saved, once the app has written what it holds (as
/// it does when the page is left).
async function savedCategories(page) {
  return page.evaluate(() => {
    dispatchEvent(new Event('pagehide'));
    return JSON.parse(localStorage.getItem('cek-paritrana')).library.assessments.map((s) => s.assessment.category);
  });
}

/// Taps the card of `category` at its middle as soon as it shows, as a person would: a
/// finger's tap, or a mouse's press held `hold` ms (the app may take over in between).
async function tapCard(page, category, { mouse = false, hold = 0 } = {}) {
  const card = page.locator(`[data-category="${category}"]`);
  await card.waitFor({ state: 'visible' });
  let box = null;
  // The app may replace the card between two steps: read it again.
  for (let i = 0; !box && i < 20; i++) box = await card.scrollIntoViewIfNeeded({ timeout: 1000 }).then(() => card.boundingBox(), () => null);
  const [x, y] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 24)];
  if (!mouse) return page.touchscreen.tap(x, y);
  await page.mouse.move(x, y);
  await page.mouse.down();
  if (hold) await page.waitForTimeout(hold);
  await page.mouse.up();
}

test('a card tapped at the first paint opens the form of its category once, every time, before the app runs or as it takes over', async () => {
  const ROUNDS = 60;
  let held = 0;
  // One round: a fresh page, a card tapped at the first paint, its form.
  async function round(holding, i) {
    const category = CATEGORIES[i % CATEGORIES.length];
    const how = { mouse: i % 2 === 1, hold: (i * 37) % 120 };
    const name = `${holding ? 'held' : 'not held'}, round ${i}, ${category}, ${how.mouse ? `mouse held ${how.hold} ms` : 'finger'}`;
    const { page, errors, context } = await openPage(app.browser, app.origin, PHONE);
    const release = holding ? await holdWasm(page) : null;
    await page.goto(app.url, { waitUntil: holding ? 'domcontentloaded' : 'commit' });
    await tapCard(page, category, how);
    if (holding) {
      await page.waitForFunction((c) => location.hash === `#baru=${c}`, category);
      // The tap only moved the address: the app has not run.
      if (await page.locator('#pra').count()) held++;
      release();
    }
    await page.locator('#p-category').waitFor({ timeout: 10000 }).catch(() => assert.fail(`no form: ${name}`));
    assert.equal(await page.inputValue('#p-category'), category, name);
    assert.equal(new URL(page.url()).hash, '', `the form's address, so a reload starts no other: ${name}`);
    assert.deepEqual(await savedCategories(page), [category], `one assessment: ${name}`);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
  // A few pages at a time (quicker, and the app's take-over lands at varied moments).
  for (const holding of [true, false]) {
    for (let i = 0; i < ROUNDS; i += 3) await Promise.all([i, i + 1, i + 2].map((k) => round(holding, k)));
  }
  assert.equal(held, ROUNDS, 'every held round was tapped before the app ran');
});

test('the language chosen before the WebAssembly arrives is taken, and remembered without showing the other', async () => {
  const { page, errors, context } = await openPage(app.browser, app.origin, PHONE);
  let release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.click('button.lang[lang="en"]');
  release();
  await page.getByRole('heading', { level: 1, name: 'How ready are you for the Paritrana Award?' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.waitForFunction(() => localStorage.getItem('cek-paritrana')?.includes('"en"'));

  // Saved data may open elsewhere or in English: the loading line, never the Indonesian page.
  await page.unrouteAll();
  release = await holdWasm(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.ok(await page.locator('.memuat-teks').isVisible(), 'the loading line');
  assert.equal(await page.getByRole('heading', { level: 1, name: HEADING }).isVisible(), false, 'not the Indonesian start page');
  release();
  await page.getByRole('heading', { level: 1, name: 'How ready are you for the Paritrana Award?' }).waitFor();
  await closeClean(context, { errors });
});

test('a share link opened before the WebAssembly arrives shows the loading line, then its assessment', async () => {
  const shared = loadFixture('link_v1').links.find((l) => l.name === 'business');
  const { page, errors, context } = await openPage(app.browser, app.origin, PHONE);
  const release = await holdWasm(page);
  await page.goto(`${app.url}#a=${shared.link}`, { waitUntil: 'domcontentloaded' });
  assert.ok(await page.locator('.memuat-teks').isVisible(), 'the loading line');
  assert.equal(await page.getByRole('heading', { level: 1, name: HEADING }).isVisible(), false, 'not the start page');
  for (const c of CATEGORIES) assert.equal(await page.locator(`[data-category="${c}"]`).isVisible(), false, `no card ${c}`);

  release();
  await page.locator('[data-total]').waitFor();
  assert.equal(await page.inputValue('#f-employees'), shared.assessment.entry.fields.employees);
  assert.match(await page.textContent('.notice'), /sebagai penilaian baru/);
  assert.equal(await page.locator('.memuat-teks').count(), 0);
  assert.equal(new URL(page.url()).hash, '', 'the fragment is cleared after opening');
  await closeClean(context, { errors });
});
