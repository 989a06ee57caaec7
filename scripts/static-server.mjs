// A static server for dist/ on loopback under a sub-path (the app must work from any
// sub-path), compressing with gzip when asked, as any static host does (sending the
// release's precompressed `.gz` copy where there is one). It sends the
// headers that deploy/ tells a real host to send (tests/e2e/headers.test.mjs checks both).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BASE_PATH = '/sub/cek-paritrana/';
const DIST = new URL('../dist/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.wasm', '.webmanifest', '.json']);

/// Content-hashed names (Trunk's `<name>-<hex hash>.<ext>` and `<name>-<hash>_bg.wasm`,
/// the hash 15 or 16 hex digits): a new release has new names, so these may be cached for
/// a year. Everything else (the pages, sw.js, the manifest and its icon) is revalidated on
/// each use, so that a new release is found. deploy/ holds the same rule for real hosts.
export const HASHED = /-[0-9a-f]{8,}(?:_bg\.wasm|\.[^./]+)$/;

const cacheControl = (file) => (HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
// No request leaves the page's origin, so these two are all it needs.
const SECURITY = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

/// Serves `root` (dist/ unless told) on `port` (any free one unless told: a server
/// started again on the same port is the same origin, as a host serving a new release);
/// `gzip` compresses the text and WebAssembly answers the client accepts gzip for.
export async function startServer({ root = DIST, port = 0, gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(BASE_PATH)) {
      res.writeHead(404, SECURITY).end('not found');
      return;
    }
    let rel = url.pathname.slice(BASE_PATH.length) || 'index.html';
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    let body;
    try {
      body = await readFile(join(root, rel));
    } catch {
      res.writeHead(404, SECURITY).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
      'cache-control': cacheControl(rel),
      ...SECURITY,
    };
    if (gzip && COMPRESSED.has(extname(rel))) {
      headers.vary = 'accept-encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        // The release's precompressed copy where it has one, as nginx's gzip_static and
        // deploy/.htaccess send it; else compressed now, as a host that compresses does.
        body = await readFile(join(root, `${rel}.gz`)).catch(() => gzipSync(body, { level: 9 }));
        headers['content-encoding'] = 'gzip';
      }
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const at = server.address().port;
  return { server, port: at, origin: `http://127.0.0.1:${at}`, url: `http://127.0.0.1:${at}${BASE_PATH}` };
}

/// Stops a server at once, as a network gone: no new connection, open ones cut.
export async function stopServer(server) {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed;
}
