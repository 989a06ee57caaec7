// The pages' security policy lets no inline script run but those the build allowed by
// their hashes (src/bin/prerender.rs): every page of the site opens, runs what it runs
// (the app, the panel's bundle, the method page's script) and the browser reports no
// violation of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appMounted, useApp } from './harness.mjs';

const app = useApp();
// The list of pages (src/core/pages.rs), as the build wrote it.
const { pages: SITE } = JSON.parse(readFileSync(new URL('../../target/pages.json', import.meta.url), 'utf8'));

/// The policy the page states, by directive.
function policy(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        .content.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    ),
  );
}

app.test('every page runs under a policy without unsafe-inline scripts, and none is refused', async ({ page }) => {
  await page.addInitScript(() => {
    window.refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.refused.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  // What shows each page running: the app in place of the build's markup, the panel's
  // bundle in place of its loading line, the method page's choice of category.
  const running = {
    app: () => appMounted(page),
    panel: () => page.locator('#memuat').waitFor({ state: 'detached' }),
    static: () => page.locator('#method-choice').waitFor({ state: 'visible' }),
  };
  // An assessment for the pages that show one (bukti.html#1, rencana.html#1).
  await page.goto(app.url);
  await appMounted(page);
  await page.click('[data-category="kabkota"]');
  await page.locator('#p-category').waitFor();
  const addresses = { 'bukti.html': 'bukti.html#1', 'rencana.html': 'rencana.html#1', 'index.html': '' };
  const seen = [];
  for (const { file, runs } of SITE) {
    await page.goto(`${app.url}${addresses[file] ?? file}`);
    await running[runs]();
    const scripts = (await policy(page))['script-src'];
    assert.ok(!scripts.includes("'unsafe-inline'"), `${file}: ${scripts}`);
    assert.ok(scripts.includes("'self'"), `${file}: ${scripts}`);
    const inline = await page.locator('script:not([src]):not([type="application/json"])').count();
    assert.equal(scripts.filter((s) => s.startsWith("'sha256-")).length, inline ? 1 : 0, `${file}: one hash for its inline script`);
    assert.deepEqual(await page.evaluate(() => window.refused), [], file);
    seen.push(runs);
  }
  assert.deepEqual([...new Set(seen)].sort(), ['app', 'panel', 'static'], 'every kind of page');
});
