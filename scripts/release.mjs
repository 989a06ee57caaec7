// Makes one build one release; Trunk runs it after each build (Trunk.toml, post_build)
// on the staging dir, before it becomes dist/ and after the start page is written into
// the page (src/bin/prerender.rs), so the id covers the finished page:
//   - a release build's JavaScript (the bundles' wasm-bindgen modules and the loader,
//     assets/loader.js, which Trunk's own minifier cannot read and leaves whole) is
//     minified by esbuild;
//   - the manifest's icon is pointed at the favicon under its hashed name;
//   - the release id is a hash of every shipped file (the page with its id left blank),
//     so any change to any file is a new release;
//   - the id is written into the pages (<meta name="cek-paritrana-release">, which the app
//     compares with the release this browser last ran) and, with the lists of files, into
//     sw.js from its source assets/sw.js: every candidate page, the one bundle they run and
//     the method pages, kept when the worker installs; the panel's page and bundle
//     (src/bin/prerender.rs), kept only once a visit fetches them. Which page is which comes
//     from the list of pages (src/core/pages/mod.rs, written as target/pages.json by
//     src/bin/prerender.rs).
// Also by hand on a built directory: `node scripts/release.mjs DIR` (same files, same id).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { transformSync } from 'esbuild';

function fail(message) {
  console.error(`release.mjs: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no directory: run by Trunk, or give one');
const WORKER = 'sw.js';
const MANIFEST = 'manifest.webmanifest';
const { pages: PAGES } = JSON.parse(readFileSync(new URL('../target/pages.json', import.meta.url), 'utf8'));
const PAGE = PAGES.find((p) => p.address === './')?.file ?? fail('no page at ./ in target/pages.json');

// As written in index.html, or as the release build's minifier leaves it (attributes
// reordered, quotes and the empty content dropped); written back whole.
const META = /<meta (?:content="?[^" >]*"? )?name="?cek-paritrana-release"?(?: content="[^"]*")? ?\/?>/;
const meta = (id) => `<meta name="cek-paritrana-release" content="${id}">`;
const ICON = /"favicon(-[0-9a-f]+)?\.svg"/;

const files = readdirSync(dir, { recursive: true })
  .map((f) => f.split(sep).join('/'))
  .filter((f) => f !== WORKER && statSync(join(dir, f)).isFile())
  .sort();
const path = (f) => join(dir, f);
for (const f of [...PAGES.map((p) => p.file), MANIFEST]) if (!files.includes(f)) fail(`no ${f} in ${dir}`);

// The files kept only once fetched: the pages not kept from the first visit (the panel),
// and what those name that the self-check does not (its bundle).
const index = readFileSync(path(PAGE), 'utf8');
const later = new Set(PAGES.filter((p) => !p.kept).map((p) => p.file));
for (const page of [...later]) {
  const text = readFileSync(path(page), 'utf8');
  for (const f of files) if (text.includes(`./${f}`) && !index.includes(f)) later.add(f);
}

if (process.env.TRUNK_PROFILE === 'release') {
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    const { code } = transformSync(readFileSync(path(f), 'utf8'), { minify: true, format: 'esm' });
    writeFileSync(path(f), code);
  }
}

const favicon = files.find((f) => ICON.test(`"${f}"`));
if (!favicon) fail('no favicon');
const manifest = readFileSync(path(MANIFEST), 'utf8');
if (!ICON.test(manifest)) fail(`no favicon in ${MANIFEST}`);
writeFileSync(path(MANIFEST), manifest.replace(ICON, `"${favicon}"`));

const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(path(f), 'utf8')]));
for (const [f, page] of pages) if (!META.test(page)) fail(`no release meta in ${f}`);
const hash = createHash('sha256');
for (const f of files) {
  hash.update(`${f}\0`);
  hash.update(pages.has(f) ? pages.get(f).replace(META, meta('')) : readFileSync(path(f)));
  hash.update('\0');
}
const release = hash.digest('hex').slice(0, 16);
for (const [f, page] of pages) writeFileSync(path(f), page.replace(META, meta(release)));

// The page is cached under its directory's address, as the manifest's start_url opens it.
const list = files.filter((f) => !later.has(f)).map((f) => (f === PAGE ? './' : f));
let worker = readFileSync(new URL('../assets/sw.js', import.meta.url), 'utf8');
for (const [from, to] of [
  ["const RELEASE = '';", `const RELEASE = '${release}';`],
  ['const FILES = [];', `const FILES = ${JSON.stringify(list)};`],
  ['const LATER = [];', `const LATER = ${JSON.stringify([...later].sort())};`],
]) {
  if (!worker.includes(from)) fail(`assets/sw.js has no \`${from}\``);
  worker = worker.replace(from, to);
}
// The comments are for the source; the shipped worker is minified, in every build (the
// self-check's page loads it).
worker = transformSync(worker, { minify: true }).code;
writeFileSync(path(WORKER), `// Cek Paritrana release ${release}: source assets/sw.js\n${worker}`);
console.log(`release ${release}: ${list.length} files in ${WORKER}, ${later.size} kept on first use`);
