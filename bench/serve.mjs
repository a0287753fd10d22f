// Serves a built dist/ directory for the benchmark like a real host would: every compressible file
// is brotli- and gzip-compressed once at start (quality 11 / level 9, as a deploy step would), the
// encoding is chosen from Accept-Encoding, hashed files get a year of immutable caching, other files
// `no-cache`, and an unknown path gets index.html (the app's deep links).
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.webmanifest', '.txt']);
// Trunk's content hash: `name-<hex>.ext` or `name-<hex>_bg.wasm` (the css hash may be 15 digits).
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

export const brotli = (buf) => brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
});

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Reads and compresses every file under `root` once. Returns Map('/path' → entry). */
export function loadSite(root) {
  const files = new Map();
  for (const path of walk(root)) {
    const ext = extname(path);
    const raw = readFileSync(path);
    const entry = { raw, ext, type: TYPES[ext] || 'application/octet-stream', hashed: HASHED.test(path) };
    if (COMPRESSIBLE.has(ext)) {
      entry.br = brotli(raw);
      entry.gzip = gzipSync(raw, { level: 9 });
    }
    files.set('/' + relative(root, path).split(sep).join('/'), entry);
  }
  return files;
}

export async function serveDist(root, { port = 0, host = '127.0.0.1' } = {}) {
  const dist = resolve(root);
  const files = loadSite(dist);
  if (!files.has('/index.html')) throw new Error(`${dist} has no index.html: build the app first`);
  const sockets = new Set();
  const server = createServer((req, res) => {
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { pathname = '/'; }
    const entry = files.get(pathname) || files.get('/index.html');
    const accept = String(req.headers['accept-encoding'] || '');
    const enc = entry.br && /\bbr\b/.test(accept) ? 'br' : entry.gzip && /\bgzip\b/.test(accept) ? 'gzip' : null;
    const body = enc ? entry[enc] : entry.raw;
    const headers = {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': entry.hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (enc) headers['Content-Encoding'] = enc;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok) => server.listen(port, host, ok));
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    files,
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}
