// Size budget: every shipped file of dist/ (HTML, JS, WASM, CSS, icons, manifest, service worker), gzip -9, in total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 250 * 1000; // bytes, gzip
const dist = new URL('../dist/', import.meta.url).pathname;
let total = 0;
const rows = [];
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  rows.push(`${name.padEnd(44)} ${String(raw.length).padStart(9)} B raw ${String(gz).padStart(8)} B gzip`);
}
console.log(rows.join('\n'));
console.log(`size budget: ${total} B gzip of ${BUDGET} B (${(total / 1000).toFixed(1)} KB)`);
if (total > BUDGET) {
  console.error('over the size budget');
  process.exit(1);
}
if (!rows.some((r) => r.includes('.wasm'))) {
  console.error('no .wasm in dist/: the build is incomplete');
  process.exit(1);
}
