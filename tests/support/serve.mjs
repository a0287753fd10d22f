// Serves the built app (dist/) on 127.0.0.1 like a real host: static files with long caching for
// hashed assets, index.html for any unknown path (deep links), brotli/gzip when the client asks,
// and the headers the build wrote to dist/_headers (the Content-Security-Policy, scripts/csp.mjs).
// The one static server of the project: `scripts/serve`, the e2e suite, Lighthouse, the screenshot
// tool and the benchmark (bench/run.mjs, with `precompress`: every file compressed once at start,
// as a deploy step would, so no request pays for compression while it is timed).
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Brotli at quality 11, as a host's deploy step compresses. */
export const brotli = (buf) => brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
});
const encode = { br: brotli, gzip: (buf) => gzipSync(buf, { level: 9 }) };

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format): a path pattern on its own line
 * (`/*` = everything below), then indented `Name: value` lines. Returns [{pattern, headers}].
 */
export function readHeadersFile(path) {
  let text;
  try { text = readFileSync(path, 'utf8'); } catch { return []; }
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), headers: {} }); continue; }
    const at = line.indexOf(':');
    if (at < 0 || !rules.length) throw new Error(`${path}: not a header line: ${line}`);
    rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

/** The headers of every rule whose pattern matches the request path (later rules win). */
function headersFor(rules, pathname) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const hit = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (hit) Object.assign(out, headers);
  }
  return out;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Every file under `root`, read and compressed once: Map('/path' → {raw, br, gzip, ext}) (br and
 * gzip only for compressible types). The benchmark reads its byte table from it.
 */
export function loadSite(root) {
  const files = new Map();
  for (const path of walk(root)) {
    const ext = extname(path);
    const raw = readFileSync(path);
    const entry = { raw, ext };
    if (COMPRESSIBLE.has(ext)) {
      entry.br = encode.br(raw);
      entry.gzip = encode.gzip(raw);
    }
    files.set('/' + relative(root, path).split(sep).join('/'), entry);
  }
  return files;
}

/**
 * Starts the server. `precompress`: compress every file at start (the returned `files` is the
 * table); otherwise each file is compressed on its first request and kept.
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', precompress = false } = {}) {
  const dist = resolve(root);
  const rules = readHeadersFile(join(dist, '_headers'));
  const files = precompress ? loadSite(dist) : null;
  if (files && !files.has('/index.html')) throw new Error(`${dist} has no index.html: build the app first`);
  const cache = new Map();
  const sockets = new Set();
  // The bytes of `file` (an absolute path under dist) in encoding `enc` (null = as stored).
  const bytes = async (file, enc) => {
    const entry = files?.get('/' + relative(dist, file).split(sep).join('/'));
    if (entry) return enc ? entry[enc] : entry.raw;
    const key = `${file}|${enc}`;
    let body = cache.get(key);
    if (!body) {
      const raw = await readFile(file);
      body = enc ? encode[enc](raw) : raw;
      cache.set(key, body);
    }
    return body;
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dist, path);
      if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
      let ok = false;
      // _headers is the host's configuration, not a file of the site.
      try { ok = (await stat(file)).isFile() && file !== join(dist, '_headers'); } catch { ok = false; }
      if (!ok) file = join(dist, 'index.html');
      const ext = extname(file);
      const accept = String(req.headers['accept-encoding'] || '');
      const enc = COMPRESSIBLE.has(ext) ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null) : null;
      const body = await bytes(file, enc);
      const headers = {
        ...headersFor(rules, url.pathname),
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'Content-Length': body.length,
        'Vary': 'Accept-Encoding',
      };
      if (enc) headers['Content-Encoding'] = enc;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok) => server.listen(port, host, ok));
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    files,
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || 8080);
  const root = process.argv[3] || 'dist';
  const s = await startServer({ root, port });
  console.log(`serving ${root} on ${s.url}`);
  const stop = async () => { await s.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
