// Makes one build one release; Trunk runs it after each build (Trunk.toml, post_build)
// on the staging dir, before it becomes dist/ and after src/bin/prerender.rs has written
// the pages (each holding its release, empty, in one form) and pointed the manifest at the
// icon, so the id covers the finished files:
//   - a release build's JavaScript (the bundles' wasm-bindgen modules and the loader,
//     assets/loader.js, which Trunk's own minifier cannot read and leaves whole) is
//     minified by esbuild;
//   - the release id is a hash of every shipped file (the pages with their release empty),
//     so any change to any file is a new release;
//   - every text and WebAssembly file is precompressed beside it (`<file>.gz`, zopfli),
//     for hosts that send such files as they are (release builds);
//   - the id is written into the pages (<meta name="cek-paritrana-release">, which the app
//     compares with the release this browser last ran) and, with the lists of files, into
//     sw.js, built by esbuild from its source assets/sw.js (which reads them as BUILD):
//     every candidate page, the one bundle they run and the method pages, kept when the
//     worker installs; the panel's page and bundle (src/bin/prerender.rs), kept only once a
//     visit fetches them. Which page is which comes from the list of pages
//     (src/core/pages/mod.rs, written as target/pages.json by src/bin/prerender.rs).
// Also by hand on a built directory: `node scripts/release.mjs DIR` (same files, same id;
// a directory released before is released again).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipAsync } from '@gfx/zopfli';
import { transformSync } from 'esbuild';

function fail(message) {
  console.error(`release.mjs: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no directory: run by Trunk, or give one');
const WORKER = 'sw.js';
const { pages: PAGES, release_meta: RELEASE_META } = JSON.parse(readFileSync(new URL('../target/pages.json', import.meta.url), 'utf8'));
const PAGE = PAGES.find((p) => p.address === './')?.file ?? fail('no page at ./ in target/pages.json');

// Every page's release, in the one form src/app/prerender.rs writes (`release_meta` in the list
// of pages): empty after a build; in a directory released before, the id its sw.js names
// on its first line.
const EMPTY = 'content=""';
if (!RELEASE_META?.includes(EMPTY)) fail('no empty release in target/pages.json');
const meta = (id) => RELEASE_META.replace(EMPTY, `content="${id}"`);
const NAMED = '// Cek Paritrana release ';

// Precompressed copies (`<file>.gz`, below) are encodings of files, not files of the
// release: a directory released before loses them here and gets them anew.
const GZ = '.gz';
const found = readdirSync(dir, { recursive: true })
  .map((f) => f.split(sep).join('/'))
  .filter((f) => statSync(join(dir, f)).isFile());
const precompressed = found.filter((f) => f.endsWith(GZ));
for (const f of precompressed) rmSync(join(dir, f));
const files = found.filter((f) => f !== WORKER && !f.endsWith(GZ)).sort();
const path = (f) => join(dir, f);
for (const f of PAGES.map((p) => p.file)) if (!files.includes(f)) fail(`no ${f} in ${dir}`);
const before = existsSync(path(WORKER)) ? readFileSync(path(WORKER), 'utf8').split('\n')[0] : '';
const previous = before.startsWith(NAMED) ? before.slice(NAMED.length) : '';

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

const pages = new Map();
for (const f of files.filter((f) => f.endsWith('.html'))) {
  const page = readFileSync(path(f), 'utf8');
  const held = [meta(''), meta(previous)].find((m) => page.includes(m)) ?? fail(`no release in ${f}`);
  pages.set(f, page.replace(held, meta('')));
}
const hash = createHash('sha256');
for (const f of files) {
  hash.update(`${f}\0`);
  hash.update(pages.get(f) ?? readFileSync(path(f)));
  hash.update('\0');
}
const release = hash.digest('hex').slice(0, 16);
for (const [f, page] of pages) writeFileSync(path(f), page.replace(meta(''), meta(release)));

// The page is cached under its directory's address, as the manifest's start_url opens it.
const list = files.filter((f) => !later.has(f)).map((f) => (f === PAGE ? './' : f));
// The comments are for the source; the shipped worker is minified, in every build (the
// self-check's page loads it).
const build = { release, files: list, later: [...later].sort() };
const { code } = transformSync(readFileSync(new URL('../assets/sw.js', import.meta.url), 'utf8'), {
  minify: true,
  define: { BUILD: JSON.stringify(build) },
});
writeFileSync(path(WORKER), `${NAMED}${release}\n// Source: assets/sw.js\n${code}`);
console.log(`release ${release}: ${list.length} files in ${WORKER}, ${later.size} kept on first use`);

// Each text and WebAssembly file also as gzip at its smallest (zopfli, about 4% under
// gzip -9), beside it as `<file>.gz`: a host set up as deploy/ says (nginx gzip_static,
// Apache's rewrite to the .gz) sends these as they are; one that compresses by itself
// never sees them. Only for a release build (a debug build's WebAssembly is megabytes),
// or a directory that had them.
const COMPRESSED = /\.(html|js|css|svg|wasm|webmanifest|json)$/;
if (process.env.TRUNK_PROFILE === 'release' || precompressed.length > 0) {
  const encode = [...files, WORKER].filter((f) => COMPRESSED.test(f));
  for (const f of encode) writeFileSync(path(f) + GZ, await gzipAsync(readFileSync(path(f)), { numiterations: 15 }));
  console.log(`release ${release}: ${encode.length} files precompressed (${GZ})`);
}
