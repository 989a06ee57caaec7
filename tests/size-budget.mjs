// Size budget, per page, gzip -9 of every file the browser loads for it:
//   - the self-check: index.html and what it loads (JS, WASM, CSS, icons), the manifest
//     and the service worker: every shipped file but the other pages' own;
//   - each other page (the panel, the planner, the comparison, the dossier, the library, the method in each language): the page and
//     what it names (its JS and WASM if any, the CSS, the icon).
// Each within 200 KB; every total printed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1000; // bytes, gzip, per page
const dist = new URL('../dist/', import.meta.url).pathname;
const sizes = new Map();
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const raw = readFileSync(path);
  sizes.set(name, { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length });
}
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
const text = (name) => readFileSync(join(dist, name), 'utf8');
const index = text('index.html');
// Every other page, with what it names that the self-check does not load.
const others = all.filter((f) => f.endsWith('.html') && f !== 'index.html');
const APPS = ['panel.html', 'rencana.html', 'bandingkan.html', 'bukti.html', 'pustaka.html'];
for (const name of [...APPS, 'metode.html', 'method.html']) {
  if (!others.includes(name)) {
    console.error(`no ${name} in dist/: the build is incomplete`);
    process.exit(1);
  }
}
const named = new Map(others.map((p) => [p, all.filter((f) => f === p || text(p).includes(`./${f}`))]));
const later = new Set([...named.values()].flat().filter((f) => f.endsWith('.html') || !index.includes(f)));
page('self-check (index.html)', all.filter((f) => !later.has(f)));
for (const [name, files] of named) page(name, files, APPS.includes(name));
if (failed) process.exit(1);
