// Builds the panel page (panel.html) and its own bundle into Trunk's staging directory:
// Trunk builds only index.html, so its post-build hook (Trunk.toml) runs this after the
// prerender and before scripts/release.mjs, which then counts these files in the release.
//   - the `panel` binary for wasm32 with the build's profile (TRUNK_PROFILE);
//   - wasm-bindgen (`--target web`, the version pinned in Cargo.lock, on PATH after
//     `source scripts/setup.sh`);
//   - in a release build, wasm-opt with the level and flags index.html gives Trunk
//     (data-wasm-opt, data-wasm-opt-params), and the JavaScript minified by esbuild;
//   - content-hashed names (`panel-<16 hex>.js`, `panel-<16 hex>_bg.wasm`), as Trunk's;
//   - panel.html: index.html's CSP, stylesheet and icon, a heading and a loading line,
//     and a loader like index.html's, all by relative URLs (any sub-path).
// By hand on a built directory: `TRUNK_PROFILE=release node scripts/panel.mjs DIR`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

function fail(message) {
  console.error(`panel.mjs: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail('no directory: run by Trunk, or give one');
const release = process.env.TRUNK_PROFILE === 'release';
const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

// The options Trunk gets for the self-check's bundle, read from the source page.
const source = readFileSync(join(root, 'index.html'), 'utf8');
const rust = /<link data-trunk rel="rust"[^>]*>/.exec(source)?.[0] ?? fail('no rust link in index.html');
const level = /data-wasm-opt="([^"]+)"/.exec(rust)?.[1] ?? fail('no data-wasm-opt in index.html');
const params = (/data-wasm-opt-params="([^"]*)"/.exec(rust)?.[1] ?? '').split(/\s+/).filter(Boolean);
const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(source)?.[1] ?? fail('no CSP in index.html');

run('cargo', ['build', '--quiet', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'panel', ...(release ? ['--release'] : [])]);
const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'panel.wasm');
const out = mkdtempSync(join(tmpdir(), 'panel-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'panel', built]);
  const wasmPath = join(out, 'panel_bg.wasm');
  if (release) run('wasm-opt', [`-O${level}`, ...params, '--output', wasmPath, wasmPath]);
  let js = readFileSync(join(out, 'panel.js'), 'utf8');
  if (release) js = transformSync(js, { minify: true, format: 'esm' }).code;
  const wasm = readFileSync(wasmPath);
  const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
  const jsName = `panel-${hash(js)}.js`;
  const wasmName = `panel-${hash(wasm)}_bg.wasm`;
  for (const f of readdirSync(dir)) if (/^panel-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f)) rmSync(join(dir, f));
  writeFileSync(join(dir, jsName), js);
  writeFileSync(join(dir, wasmName), wasm);

  const files = readdirSync(dir);
  const css = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f)) ?? fail('no stylesheet in the staging directory');
  const icon = files.find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f)) ?? fail('no favicon in the staging directory');
  // The panel is its own page: the self-check's worker is registered by index.html only,
  // and keeps these files once they are first fetched (assets/sw.js).
  const page = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cek Paritrana: mode panel</title>
<meta name="description" content="Peringkat kandidat Paritrana Award untuk panel provinsi atau cabang BPJS Ketenagakerjaan: data tidak pernah meninggalkan peramban Anda.">
<meta name="theme-color" content="#0b5d4b">
<meta name="cek-paritrana-release" content="">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<script>
  // The page's language as the panel last showed it.
  try { if (localStorage.getItem('cek-paritrana.panel.bahasa') === 'en') document.documentElement.lang = 'en'; } catch (e) {}
</script>
<link rel="icon" href="./${icon}">
<link rel="stylesheet" href="./${css}">
<script type="module">
const wasm = fetch('./${wasmName}');
import('./${jsName}').then((app) => app.default({ module_or_path: wasm }));
</script>
</head>
<body>
<div id="memuat" class="page"><section class="panel"><h1>Cek Paritrana: mode panel / panel mode</h1><p role="status">Memuat… / Loading…</p></section></div>
</body>
</html>
`;
  writeFileSync(join(dir, 'panel.html'), page);
  console.log(`panel: ${jsName}, ${wasmName} (${wasm.length} B), panel.html`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
