// Writes the build's Content-Security-Policy (Trunk's post_build hook, before build-sw.mjs so the
// worker's version covers the final index.html):
// - hashes every inline <script> (Trunk's module loader) and <style> left in index.html,
// - puts the policy in a <meta http-equiv> at the top of <head> (for hosts that send no headers,
//   `trunk serve`, and pages the service worker answers from its cache), without the directives a
//   meta cannot carry,
// - writes `_headers` (the Netlify / Cloudflare Pages format; tests/support/serve.mjs reads it)
//   with the full policy for every path, so sw.js gets it too: a worker's fetches obey the policy
//   of the worker script's own response, not the page's.
// Usage: node scripts/csp.mjs <staging dir>
//
// Remote backend: connect-src is 'self' plus the API origins this build may talk to — by default
// DummyJSON's public server and plain http on the loopback (a stand-in or a station server on the
// tablet itself), plus the origin of a build-time CUNZHAN_API. A host with another backend lists
// its origins in CUNZHAN_CSP_REMOTE="https://shop.example https://*.shop.example" (instead of the
// defaults). The app reads the policy back and refuses (with a message) an address it does not
// allow, so a partner is never left with requests the browser silently blocks. Pictures may live
// on any CDN: img-src allows any https origin (a picture cannot read anything back).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: csp.mjs <dist dir>');

const htmlPath = join(dir, 'index.html');
// A meta policy left by an earlier run over the same file is replaced, not hashed into the new one.
const META = /<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
let html = readFileSync(htmlPath, 'utf8').replace(META, '');

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** The hashes of the inline elements `tag` in the page (those with no src attribute). */
function inlineHashes(tag) {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  return [...html.matchAll(re)].filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs)).map(([, , body]) => sha256(body));
}
const scriptHashes = inlineHashes('script');
const styleHashes = inlineHashes('style');

/** Where the API may be. */
function apiSources() {
  const custom = process.env.CUNZHAN_CSP_REMOTE?.trim();
  let sources = ['https://dummyjson.com', 'http://127.0.0.1:*', 'http://localhost:*'];
  if (custom) {
    if (/[;,'"\n]/.test(custom)) throw new Error(`CUNZHAN_CSP_REMOTE: not a source list: ${custom}`);
    sources = custom.split(/\s+/);
  }
  const api = process.env.CUNZHAN_API?.trim();
  if (api && api !== 'embedded') {
    const origin = new URL(api).origin; // throws on a malformed address: the build should fail
    if (!sources.includes(origin)) sources.push(origin);
  }
  return sources;
}
const LOOPBACK = ['http://127.0.0.1:*', 'http://localhost:*'];
const api = apiSources();

// Directive, sources; `headerOnly` directives are ignored (with a console error) in a meta.
const DIRECTIVES = [
  ['default-src', ["'self'"]],
  // The glue and the wasm are same-origin files; instantiating wasm needs 'wasm-unsafe-eval'
  // (not 'unsafe-eval': nothing calls eval or new Function); Trunk's loader is inline: hashed.
  ['script-src', ["'self'", "'wasm-unsafe-eval'", ...scriptHashes]],
  // Stylesheets: the one same-origin CSS file (and any inline <style>, hashed).
  ['style-src', ["'self'", ...styleHashes]],
  // No style attributes either: the app sets positions through the CSSOM (`style:left=` in
  // Leptos), which the policy does not govern.
  // data: for the photos of villagers' goods, shrunk on the tablet and kept as data URLs.
  ['img-src', ["'self'", 'data:', 'https:', ...LOOPBACK]],
  ['connect-src', ["'self'", ...api]],
  ['manifest-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"], { headerOnly: true }],
];
const policy = (meta) =>
  DIRECTIVES.filter(([, , o]) => !(meta && o?.headerOnly)).map(([d, s]) => [d, ...s].join(' ')).join('; ');

const metaTag = `<meta http-equiv="Content-Security-Policy" content="${policy(true)}">`;
// First in <head> after the charset: a meta policy covers only what comes after it.
const charset = /<meta charset=["']?[\w-]+["']?\s*\/?>/i;
if (charset.test(html)) html = html.replace(charset, (m) => `${m}${metaTag}`);
else if (/<head\b[^>]*>/i.test(html)) html = html.replace(/<head\b[^>]*>/i, (m) => `${m}${metaTag}`);
else throw new Error('csp.mjs: no <meta charset> or <head> in index.html');
writeFileSync(htmlPath, html);

// Referrer-Policy too: the meta in index.html says the same for hosts that send no headers.
writeFileSync(
  join(dir, '_headers'),
  `/*\n  Content-Security-Policy: ${policy(false)}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n`,
);
console.log(`csp: ${scriptHashes.length} inline script(s), ${styleHashes.length} inline style(s) hashed; api: ${api.join(" ")}`);
