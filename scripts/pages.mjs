// Builds the page with a bundle of its own into Trunk's staging directory: the panel
// (panel.html, the `panel` binary), which panels and BPJS branches open, never candidates
// (every candidate page runs the self-check's bundle: src/bin/prerender.rs writes them).
// Trunk builds only index.html, so its post-build hook (Trunk.toml) runs this after the
// prerender and before scripts/release.mjs, which then counts these files in the release.
// For each page:
//   - its binary for wasm32 with the build's profile (TRUNK_PROFILE);
//   - wasm-bindgen (`--target web`, the version pinned in Cargo.lock, on PATH after
//     `source scripts/setup.sh`);
//   - in a release build, wasm-opt with the level and flags index.html gives Trunk
//     (data-wasm-opt, data-wasm-opt-params), and the JavaScript minified by esbuild;
//   - content-hashed names (`panel-<16 hex>.js`, `panel-<16 hex>_bg.wasm`), as Trunk's;
//   - the page: index.html's CSP, stylesheet and icon, a heading and a loading line, its
//     language as last shown, and a loader like index.html's, all by relative URLs (any
//     sub-path).
// By hand on a built directory: `TRUNK_PROFILE=release node scripts/pages.mjs DIR`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

function fail(message) {
  console.error(`pages.mjs: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no directory: run by Trunk, or give one');
const release = process.env.TRUNK_PROFILE === 'release';
const root = new URL('..', import.meta.url).pathname;
// The storage keys, named once in src/core/pages/mod.rs (target/pages.json, written by the prerender).
const { keys: KEYS, pages: SITE } = JSON.parse(readFileSync(join(root, 'target/pages.json'), 'utf8'));
const panel = SITE.find((p) => p.runs === 'panel') ?? fail('no panel page in target/pages.json');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

// The options Trunk gets for the self-check's bundle, read from the source page.
const source = readFileSync(join(root, 'index.html'), 'utf8');
const rust = /<link data-trunk rel="rust"[^>]*>/.exec(source)?.[0] ?? fail('no rust link in index.html');
const level = /data-wasm-opt="([^"]+)"/.exec(rust)?.[1] ?? fail('no data-wasm-opt in index.html');
const params = (/data-wasm-opt-params="([^"]*)"/.exec(rust)?.[1] ?? '').split(/\s+/).filter(Boolean);
const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(source)?.[1] ?? fail('no CSP in index.html');

const PAGES = [
  {
    bin: 'panel',
    file: panel.file,
    title: `Cek Paritrana: ${panel.title}`,
    heading: 'Cek Paritrana: mode panel / panel mode',
    description: 'Peringkat kandidat Paritrana Award untuk panel provinsi atau cabang BPJS Ketenagakerjaan: data tidak pernah meninggalkan peramban Anda.',
    lang: `// The page's language as the panel last showed it.
  try { if (localStorage.getItem('${KEYS.panel_lang}') === 'en') document.documentElement.lang = 'en'; } catch (e) {}`,
  },
];

const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const files = readdirSync(dir);
const css = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f)) ?? fail('no stylesheet in the staging directory');
const icon = files.find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f)) ?? fail('no favicon in the staging directory');
for (const p of PAGES) build(p);

function build({ bin, file, title, heading, description, lang }) {
  run('cargo', ['build', '--quiet', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', bin, ...(release ? ['--release'] : [])]);
  const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
  const out = mkdtempSync(join(tmpdir(), `${bin}-`));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', bin, built]);
    const wasmPath = join(out, `${bin}_bg.wasm`);
    if (release) run('wasm-opt', [`-O${level}`, ...params, '--output', wasmPath, wasmPath]);
    let js = readFileSync(join(out, `${bin}.js`), 'utf8');
    if (release) js = transformSync(js, { minify: true, format: 'esm' }).code;
    const wasm = readFileSync(wasmPath);
    const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
    const jsName = `${bin}-${hash(js)}.js`;
    const wasmName = `${bin}-${hash(wasm)}_bg.wasm`;
    const own = new RegExp(`^${bin}-[0-9a-f]{16}(\\.js|_bg\\.wasm)$`);
    for (const f of readdirSync(dir)) if (own.test(f)) rmSync(join(dir, f));
    writeFileSync(join(dir, jsName), js);
    writeFileSync(join(dir, wasmName), wasm);
    // A page of its own: the self-check's worker is registered by index.html only, and
    // keeps these files once they are first fetched (assets/sw.js).
    const page = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<meta name="theme-color" content="#0b5d4b">
<meta name="cek-paritrana-release" content="">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<script>
  ${lang}
</script>
<link rel="icon" href="./${icon}">
<link rel="stylesheet" href="./${css}">
<script type="module">
const wasm = fetch('./${wasmName}');
import('./${jsName}').then((app) => app.default({ module_or_path: wasm }));
</script>
</head>
<body>
<div id="memuat" class="page"><section class="panel"><h1>${heading}</h1><p role="status">Memuat… / Loading…</p></section></div>
</body>
</html>
`;
    writeFileSync(join(dir, file), page);
    console.log(`${bin}: ${jsName}, ${wasmName} (${wasm.length} B), ${file}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
