// Serves the built app (dist/) on 127.0.0.1 like a real host: static files with long caching for
// hashed assets, index.html for any unknown path (deep links), brotli/gzip when the client asks,
// and the headers the build wrote to dist/_headers (the Content-Security-Policy, scripts/csp.mjs).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);

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

export async function startServer({ root, port = 0, host = '127.0.0.1' } = {}) {
  const dist = resolve(root);
  const rules = readHeadersFile(join(dist, '_headers'));
  const cache = new Map();
  const sockets = new Set();
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
      const enc = COMPRESSIBLE.has(ext) ? (accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null) : null;
      const key = `${file}|${enc}`;
      let body = cache.get(key);
      if (!body) {
        const raw = await readFile(file);
        body = enc === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : enc === 'gzip' ? gzipSync(raw, { level: 9 }) : raw;
        cache.set(key, body);
      }
      const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg)$/.test(file);
      const headers = {
        ...headersFor(rules, url.pathname),
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
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
