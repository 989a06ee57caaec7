// Size budget of every file the browser loads, as the user meets it, gzip on the wire:
// the release's precompressed copy (`<file>.gz`, zopfli), which a host set up as deploy/
// says sends as it is (nginx gzip_static, the Apache rules); and gzip -9 of the file, near
// what a host that compresses by itself sends (GitHub Pages and alike; their level is
// usually lower, so they send a little more). Each total is printed both ways.
//   - the candidate's app: the self-check's page and everything it loads (JS, WASM, CSS,
//     icons, the manifest, the service worker): every other candidate page runs the same
//     files, so this is the whole app; at most 250 KB;
//   - a candidate's journey: that, then the dossier, planner, library and comparison
//     (links between them are followed in the page: nothing more is loaded) and the method
//     page in Indonesian (static HTML; its stylesheet is the app's, already there); at most
//     250 KB as the release's copies, and at most 262 KB as gzip -9 (rubric 2026.2, its
//     kelurahan category and its three new questions added 7,6 KB to the app and 2,7 KB to
//     the method page; issue 20's closing note has the numbers; then 2,7 KB of fixes a
//     review as a user asked for: the step that lifts a cap, the comparison's caps, next
//     year's target said and named apart, messages for months and decimals, the fields to
//     fix in the form's order, rates' sources in English; their closing note has each
//     one's bytes). Opened cold instead, a candidate page is its own small HTML and the
//     same files;
//   - the panel's page and what it names (its own JS and WASM, the CSS, the icon); at most
//     200 KB.
// The pages come from the list of pages (src/core/pages/mod.rs, target/pages.json).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const dist = new URL('../dist/', import.meta.url).pathname;
const { pages } = JSON.parse(readFileSync(new URL('../target/pages.json', import.meta.url), 'utf8'));
const sizes = new Map();
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (!statSync(path).isFile() || name.endsWith('.gz')) continue;
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  // Files that are not compressed (the PNG icon) go as they are, with gzip's few bytes less.
  const shipped = existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gz;
  sizes.set(name, { raw: raw.length, gz, shipped });
}
let failed = false;
function fail(message) {
  console.error(message);
  failed = true;
}
for (const p of pages) if (!sizes.has(p.file)) fail(`no ${p.file} in dist/: the build is incomplete`);
if (failed) process.exit(1);

/// Checks a set of files against `limit` as the release's copies send them, and against
/// `onTheFly` (the same limit unless told) as gzip -9.
function budget(title, names, limit, { onTheFly = limit, wasm = true } = {}) {
  const total = { shipped: 0, gz: 0 };
  const rows = [];
  for (const name of names) {
    const { raw, gz, shipped } = sizes.get(name);
    total.shipped += shipped;
    total.gz += gz;
    rows.push(`  ${name.padEnd(44)} ${String(raw).padStart(9)} B raw ${String(shipped).padStart(8)} B sent ${String(gz).padStart(8)} B gzip -9`);
  }
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`${title}\n${rows.join('\n')}`);
  console.log(`size budget, ${title}: ${total.shipped} B as sent of ${limit} B (${kb(total.shipped)}); ${total.gz} B at gzip -9 of ${onTheFly} B (${kb(total.gz)})`);
  if (total.shipped > limit || total.gz > onTheFly) fail(`${title}: over the size budget`);
  if (wasm && !names.some((n) => n.endsWith('.wasm'))) fail(`${title}: no .wasm in dist/: the build is incomplete`);
  if (!names.some((n) => existsSync(join(dist, `${n}.gz`)))) fail(`${title}: no precompressed copies in dist/: not a release build`);
}

const all = [...sizes.keys()].sort();
const text = (name) => readFileSync(join(dist, name), 'utf8');
const named = (page) => all.filter((f) => f === page || text(page).includes(`./${f}`));
const home = pages.find((p) => p.address === './').file;
const panel = pages.find((p) => p.runs === 'panel').file;
const method = pages.find((p) => p.runs === 'static').file;
// The panel's own files: what its page names that the candidate's page does not.
const panelOwn = named(panel).filter((f) => f === panel || !text(home).includes(f));
const app = all.filter((f) => !f.endsWith('.html') || f === home).filter((f) => !panelOwn.includes(f));
for (const page of pages.filter((p) => p.runs === 'app')) {
  const bundles = named(page.file).filter((f) => f.endsWith('.wasm') || f.endsWith('.js'));
  const shared = named(home).filter((f) => f.endsWith('.wasm') || f.endsWith('.js'));
  if (bundles.join() !== shared.join()) fail(`${page.file} runs ${bundles} instead of the app's ${shared}`);
}
budget('the candidate app (the self-check and all it loads)', app, 250 * KB);
budget(`a candidate's journey (the app, then every candidate page and ${method})`, [...app, method], 250 * KB, { onTheFly: 262 * KB });
for (const page of pages.filter((p) => p.runs === 'app' && p.file !== home)) {
  const cold = [page.file, ...app.filter((f) => f !== home)];
  budget(`${page.file} opened cold (its page and the app's files)`, cold, 250 * KB);
}
budget(`the panel (${panel})`, named(panel), 200 * KB);
if (failed) process.exit(1);
