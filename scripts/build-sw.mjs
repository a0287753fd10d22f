// Writes dist's service worker: sw/sw.js with the build's precache list and a version made from
// the files' contents (a new build → a new version → the app offers the update).
// Usage: node scripts/build-sw.mjs <staging dir>   (Trunk's post_build hook)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: build-sw.mjs <dist dir>');

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// Everything but the product pictures and the products' first screens (data/first/p/, one per
// product: cached as they are seen, like any /data/ file), the worker itself and the host's
// header rules (_headers, scripts/csp.mjs: not a file the site serves).
const files = walk(dir)
  .map((p) => `/${relative(dir, p).split(sep).join('/')}`)
  .filter((p) => p !== '/sw.js' && p !== '/_headers' && !p.startsWith('/img/p/') && !p.startsWith('/data/first/p/'))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('../sw/sw.js', import.meta.url), 'utf8');
writeFileSync(
  join(dir, 'sw.js'),
  template.replace("'__VERSION__'", JSON.stringify(version)).replace('__PRECACHE__', JSON.stringify(files)),
);
console.log(`sw.js: version ${version}, ${files.length} files precached`);
