// The headers a host must send, from the end-to-end server and from deploy/'s snippets
// alike: WebAssembly as application/wasm; content-hashed files cached for a year; the
// pages, sw.js and the manifest revalidated, so that a new release is found; the text and
// WebAssembly gzip-compressed when the browser accepts it. Needs a release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { basename, join, sep } from 'node:path';
import { HASHED, startServer, stopServer } from '../../scripts/static-server.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const DEPLOY = new URL('../../deploy/', import.meta.url).pathname;
const LONG = 'public, max-age=31536000, immutable';
const REVALIDATED = ['sw.js', 'loader.js', 'manifest.webmanifest', 'icon-512.png', 'favicon.svg'];

/// Every file in dist/ by its path from there, with the precompressed copies (`.gz`) when
/// asked; fails at once when there is no build.
function distFiles({ precompressed = false } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    assert.fail(`no release build in ${DIST}: run \`trunk build --release\` first (scripts/test.sh does)`);
  }
  return readdirSync(DIST, { recursive: true })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => statSync(join(DIST, f)).isFile() && precompressed === f.endsWith('.gz'))
    .sort();
}

/// What a file's Cache-Control must say: by the one rule, and by name for the files that
/// must never be cached long.
function expectedCache(file) {
  if (file.endsWith('.html') || REVALIDATED.includes(basename(file))) return 'no-cache';
  return HASHED.test(file) ? LONG : 'no-cache';
}

/// Status and headers of a GET, and the body's length on the wire as `bytes` (read and
/// dropped, never decompressed).
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      res.bytes = 0;
      res.on('data', (chunk) => { res.bytes += chunk.length; });
      res.on('end', () => resolve(res));
    })
      .on('error', reject)
      .end();
  });
}

test('the rule for content-hashed names', () => {
  for (const name of ['cek-paritrana-a2b6a1e20210d37.js', 'cek-paritrana-0123456789abcdef_bg.wasm', 'main-0123456789abcdef.css', 'favicon-0123456789abcdef.svg']) {
    assert.ok(HASHED.test(name), `${name} is hashed`);
  }
  for (const name of ['index.html', 'panel.html', 'sw.js', 'manifest.webmanifest', 'icon-512.png', 'favicon.svg', 'cek-paritrana.js']) {
    assert.ok(!HASHED.test(name), `${name} is not hashed`);
  }
});

test('the server sends the types, caching, compression and security headers of deploy/', async () => {
  const files = distFiles();
  for (const ext of ['.wasm', '.js', '.css']) {
    assert.ok(files.some((f) => f.endsWith(ext) && HASHED.test(f)), `a content-hashed ${ext} in dist/`);
  }
  const site = await startServer({ gzip: true });
  try {
    for (const file of [...files, '']) {
      const name = file || 'index.html';
      const url = site.url + file;
      const res = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['cache-control'], expectedCache(name), `Cache-Control of ${url}`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
      if (name.endsWith('.wasm')) assert.equal(res.headers['content-type'], 'application/wasm', url);
      if (name.endsWith('.webmanifest')) assert.equal(res.headers['content-type'], 'application/manifest+json', url);
      if (/\.(wasm|js|css|html)$/.test(name)) {
        assert.equal(res.headers['content-encoding'], 'gzip', `${url} gzip-encoded`);
        assert.equal(res.bytes, statSync(join(DIST, `${name}.gz`)).size, `${url}: its precompressed copy`);
        const plain = await get(url);
        assert.equal(plain.headers['content-encoding'], undefined, `${url} plain when gzip is not accepted`);
      }
    }
  } finally {
    await stopServer(site.server);
  }
});

/// The headers deploy/_headers gives a path: those of every rule whose pattern matches
/// (`*` matching anything), with the headers that two matching rules both set listed.
function headersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'));
      rules.push({ pattern: new RegExp(`^${pattern.join('.*')}$`), headers: [] });
    } else {
      const [, name, value] = /^\s+([^:\s]+):\s*(.+)$/.exec(line) ?? assert.fail(`not a header: ${line}`);
      rules.at(-1).headers.push([name.toLowerCase(), value.trim()]);
    }
  }
  return (path) => {
    const out = {};
    const twice = [];
    for (const rule of rules.filter((r) => r.pattern.test(path))) {
      for (const [name, value] of rule.headers) {
        if (name in out) twice.push(name);
        out[name] = value;
      }
    }
    return { headers: out, twice };
  };
}

test('deploy/_headers says the same for every file of the release', () => {
  const files = distFiles();
  const headersOf = headersFile(readFileSync(join(DEPLOY, '_headers'), 'utf8'));
  for (const file of [...files, '']) {
    const path = `/${file}`;
    const { headers, twice } = headersOf(path);
    assert.deepEqual(twice, [], `${path}: a header set by two rules (hosts merge them differently)`);
    assert.equal(headers['cache-control'], expectedCache(file || 'index.html'), `Cache-Control of ${path}`);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['referrer-policy'], 'no-referrer', path);
    if (file.endsWith('.wasm')) assert.equal(headers['content-type'], 'application/wasm', path);
    if (file.endsWith('.webmanifest')) assert.equal(headers['content-type'], 'application/manifest+json', path);
  }
});

test('deploy/nginx.conf and deploy/.htaccess say the same for every file of the release', () => {
  const files = distFiles();
  const snippets = {
    'nginx.conf': { hashed: /location ~ "([^"]+)" \{/, wasm: /application\/wasm\s+wasm;/, manifest: /application\/manifest\+json\s+webmanifest;/ },
    '.htaccess': { hashed: /<FilesMatch "([^"]+)">/, wasm: /AddType application\/wasm \.wasm/, manifest: /AddType application\/manifest\+json \.webmanifest/ },
  };
  for (const [name, { hashed, wasm, manifest }] of Object.entries(snippets)) {
    const text = readFileSync(join(DEPLOY, name), 'utf8');
    assert.match(text, wasm, `${name} serves .wasm as application/wasm`);
    assert.match(text, manifest, `${name} serves the manifest as application/manifest+json`);
    // The default for the folder, and the exception for the hashed names.
    assert.match(text, /Cache-Control "no-cache"/, `${name} revalidates by default`);
    assert.match(text, new RegExp(`Cache-Control "${LONG}"`), `${name} caches hashed names for a year`);
    assert.match(text, /X-Content-Type-Options "nosniff"/, name);
    assert.match(text, /Referrer-Policy "no-referrer"/, name);
    const rule = new RegExp(hashed.exec(text)?.[1] ?? assert.fail(`${name}: no rule for hashed names`));
    for (const file of files) {
      const long = expectedCache(file) === LONG;
      assert.equal(rule.test(`/cek-paritrana/${file}`), long, `${name}: ${file} ${long ? 'cached for a year' : 'revalidated'}`);
    }
  }
});

test('every text and WebAssembly file has a precompressed copy that reads back to it', () => {
  const copies = distFiles({ precompressed: true });
  const encoded = distFiles().filter((f) => /\.(html|js|css|svg|wasm|webmanifest)$/.test(f));
  assert.deepEqual(copies, encoded.map((f) => `${f}.gz`).sort(), 'one .gz beside each, no other');
  for (const f of encoded) {
    const [plain, copy] = [readFileSync(join(DIST, f)), readFileSync(join(DIST, `${f}.gz`))];
    assert.ok(gunzipSync(copy).equals(plain), `${f}.gz reads back to ${f}`);
    assert.ok(copy.length <= gzipSync(plain, { level: 9 }).length, `${f}.gz no larger than gzip -9`);
  }
  // The hosts of deploy/ send them as they are.
  assert.match(readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8'), /^\s*gzip_static on;/m, 'nginx sends the .gz copies');
  assert.match(readFileSync(join(DEPLOY, '.htaccess'), 'utf8'), /RewriteRule .*\.gz/, 'Apache rewrites to the .gz copies');
});
