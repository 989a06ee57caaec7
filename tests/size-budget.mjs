// Size budget, per page, gzip -9 of every file the browser loads for it:
//   - the self-check: index.html and what it loads (JS, WASM, CSS, icons), the manifest
//     and the service worker: every shipped file but the panel's own;
//   - the panel page: panel.html and what it names (its JS and WASM, the CSS, the icon).
// Each within 250 KB; both totals printed.
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
const panelOnly = (f) => f === 'panel.html' || /^panel-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f);
let failed = false;
function page(title, names) {
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
  if (!names.some((n) => n.endsWith('.wasm'))) {
    console.error(`${title}: no .wasm in dist/: the build is incomplete`);
    failed = true;
  }
}
const all = [...sizes.keys()].sort();
page('self-check (index.html)', all.filter((f) => !panelOnly(f)));
if (!sizes.has('panel.html')) {
  console.error('no panel.html in dist/: the build is incomplete');
  process.exit(1);
}
const panelPage = readFileSync(join(dist, 'panel.html'), 'utf8');
page('panel (panel.html)', all.filter((f) => f === 'panel.html' || panelPage.includes(`./${f}`)));
if (failed) process.exit(1);
