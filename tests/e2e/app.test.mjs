import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, startServer } from './harness.mjs';

let server, browser, origin, url;

before(async () => {
  ({ server, origin, url } = await startServer());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the built app mounts from a sub-path and lists every category', async () => {
  const { page, foreign, errors, context } = await openPage(browser, origin);
  await page.goto(url);
  await page.getByRole('heading', { name: 'Cek Paritrana' }).waitFor();
  for (const name of ['Pemerintah Provinsi', 'Pemerintah Kabupaten/Kota', 'Pemerintah Desa/Kampung', 'Badan Usaha Skala Besar', 'Badan Usaha Skala Menengah', 'Usaha Kecil dan Mikro', 'Badan Usaha Sektor Layanan Publik']) {
    assert.ok(await page.getByText(name, { exact: true }).isVisible(), `${name} visible`);
  }
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});
