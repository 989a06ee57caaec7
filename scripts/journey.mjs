// A first-time candidate's journey on a phone, measured: the self-check from its first
// screen to the form ready, then the dossier, the planner, the library, the comparison and
// the method page, each opened as a candidate opens it (from the form's tools and the
// header). Under Lighthouse's mobile throttling (150 ms round trip, 1,6 Mbit/s down,
// 750 kbit/s up, CPU slowed 4x) with service workers blocked, so that every byte is
// counted; for each step the bytes on the wire and the time to the page's content, then
// the total. Each step after the first is timed from the tap as the page received it: the
// driver's own checks before a click take 0,1–0,3 s under the slowed CPU, which no person
// waits for; the time including them is shown beside it. The first step is timed from the
// address entered. A measurement to report, not a test: nothing here fails on the numbers.
//   node scripts/journey.mjs [DIR] [runs]   (DIR: a built release, dist/ unless told)
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const [dir = new URL('../dist/', import.meta.url).pathname, runs = '3'] = process.argv.slice(2);
const { server, url } = await startServer({ root: dir.endsWith('/') ? dir : `${dir}/`, gzip: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// Each step: what the candidate does first (not timed: back to the form), what they press,
// and what shows once the page is there. A link not in the header is followed by its address.
const follow = (name, address) => async (p) => {
  const link = p.getByRole('link', { name, exact: true });
  if (await link.count()) await link.first().click();
  else await p.goto(new URL(address, p.url()).href);
};
// The pages by name (src/core/pages/mod.rs, as the build wrote target/pages.json).
const { pages } = JSON.parse(readFileSync(new URL('../target/pages.json', import.meta.url), 'utf8'));
const file = (page) => pages.find((p) => p.page === page).file;
const STEPS = [
  ['self-check: first screen to form ready', null, (p) => p.goto(url).then(() => p.locator('.category-card').first().click()), '#f-employed'],
  ['dossier', null, (p) => p.locator('#open-dossier').click(), '.dossier'],
  ['planner', (p) => p.goBack().then(() => p.locator('#open-planner').waitFor()), (p) => p.locator('#open-planner').click(), '#plan-title'],
  ['library', null, follow('Penilaian saya', file('Library')), '.library'],
  ['comparison', null, follow('Bandingkan', file('Compare')), 'main h1'],
  ['method', null, follow('Metode', file('MethodId')), '#method-category'],
];

async function journey() {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  // When the page received the step's tap, on the clock shared with this process (epoch ms);
  // kept in the tab's session storage, so a tap that opens another page is still known there.
  await context.addInitScript(() => {
    addEventListener('click', () => sessionStorage.setItem('journey-tap', String(performance.timeOrigin + performance.now())), true);
  });
  const now = () => performance.timeOrigin + performance.now();
  const out = [];
  for (const [i, [name, prep, act, shown]] of STEPS.entries()) {
    if (prep) await prep(page);
    if (i > 0) await page.evaluate(() => sessionStorage.removeItem('journey-tap'));
    bytes = 0;
    const started = now();
    await act(page);
    await page.locator(shown).first().waitFor({ state: 'visible', timeout: 60000 });
    const done = now();
    const tapped = i > 0 ? Number(await page.evaluate(() => sessionStorage.getItem('journey-tap'))) : 0;
    out.push({ name, ms: done - (tapped > started ? tapped : started), driven: done - started, bytes });
  }
  await context.close();
  return out;
}

const all = [];
try {
  for (let i = 0; i < Number(runs); i++) {
    const run = await journey();
    all.push(run);
    console.log(`run ${i + 1}: ${run.map((s) => `${s.name} ${kb(s.bytes)} ${sec(s.ms)} (${sec(s.driven)})`).join(' · ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nmedian of ${all.length} (${dir}):`);
console.log('| step | gzip on the wire | time to the page\'s content | with the driver\'s checks |\n|---|---|---|---|');
let total = 0;
for (const [i, [name]] of STEPS.entries()) {
  const median = (key) => all.map((r) => r[i][key]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
  total += median('bytes');
  console.log(`| ${name} | ${kb(median('bytes'))} | ${sec(median('ms'))} | ${sec(median('driven'))} |`);
}
console.log(`| **a candidate's journey** | **${kb(total)}** | | |`);

function kb(b) {
  return `${(b / 1000).toFixed(1).replace('.', ',')} KB`;
}
function sec(ms) {
  return `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
}
