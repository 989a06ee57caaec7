// Size budget, per page, gzip -9 of every file the browser loads for it:
//   - the self-check: index.html and what it loads (JS, WASM, CSS, icons), the manifest
//     and the service worker: every shipped file but the other pages' own;
//   - each other page (the panel, the method in each language): the page and what it
//     names (the panel's JS and WASM, the CSS, the icon).
// Each within 250 KB; every total printed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 250 * 1000; // bytes, gzip, per page
const dist = new URL('../dist/', import.meta.url).pathname;
const sizes = new Map();
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const raw = readFileSync(path);
  sizes.set(name, { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length });
}
const otherPage = (f) => f.endsWith('.html') && f !== 'index.html';
const laterFile = (f) => otherPage(f) || /^panel-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f);
let failed = false;
function page(title, names, app = true) {
  let total = 0;
  const rows = [];
  for (const name of names) {
    const { raw, gz } = sizes.get(name);
    total += gz;
    rows.push(`  ${name.padEnd(44)} ${String(raw).padStart(9)} B raw ${String(gz).padStart(8)} B gzip`);
  }
  console.log(`${title}\n${rows.join('\n')}`);
  console.log(`size budget, ${title}: ${total} B gzip of ${BUDGET} B (${(total / 1000).toFixed(1)} KB)`);
  if (total > BUDGET) {
    console.error(`${title}: over the size budget`);
    failed = true;
  }
  if (app && !names.some((n) => n.endsWith('.wasm'))) {
    console.error(`${title}: no .wasm in dist/: the build is incomplete`);
    failed = true;
  }
}
const all = [...sizes.keys()].sort();
page('self-check (index.html)', all.filter((f) => !laterFile(f)));
for (const [name, title, app] of [['panel.html', 'panel', true], ['metode.html', 'method', false], ['method.html', 'method, English', false]]) {
  if (!sizes.has(name)) {
    console.error(`no ${name} in dist/: the build is incomplete`);
    process.exit(1);
  }
  const text = readFileSync(join(dist, name), 'utf8');
  page(`${title} (${name})`, all.filter((f) => f === name || text.includes(`./${f}`)), app);
}
if (failed) process.exit(1);
