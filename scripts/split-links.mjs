// Links the lazy screens' wasm (made by scripts/bin/wasm-bindgen, copied by Trunk to
// snippets/wasm-split/) to this build's hashed JS glue. Usage: node scripts/split-links.mjs <staging>
//  - the folder becomes split-<the glue's hash>/, so a new build never reads an old split module
//    from a cache (the service worker's or the browser's);
//  - the glue imports the loader as './__wasm_split.js' (the name the wasm was linked with): its
//    import statements become './split-<hash>/__wasm_split.js' (the wasm's import object keeps the
//    linked name);
//  - the loader imports the glue as './<crate>.js' (the name before Trunk hashed it): it becomes
//    '../<crate>-<hash>.js';
//  - Trunk's modulepreload links for the loader (it preloads every snippet) are dropped from
//    index.html: the loader and the split modules are fetched when a lazy screen is opened, or
//    in idle time (sw/sw.js).
// A build without split points has no snippets/wasm-split/ and is left as it is.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: split-links.mjs <staging dir>');
const from = join(dir, 'snippets', 'wasm-split');
if (!existsSync(from)) process.exit(0);

const LOADER = './__wasm_split.js';
const glues = readdirSync(dir).filter(
  (f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(LOADER),
);
if (glues.length !== 1) {
  throw new Error(`split-links: expected one JS glue importing ${LOADER}, found ${glues.length}`);
}
const glue = glues[0];
const m = /^(.+)-([0-9a-f]+)\.js$/.exec(glue);
if (!m) throw new Error(`split-links: the glue ${glue} has no hash in its name (Trunk.toml filehash)`);
const [, crate, hash] = m;
const folder = `split-${hash}`;
rmSync(join(dir, folder), { recursive: true, force: true });
renameSync(from, join(dir, folder));
if (readdirSync(join(dir, 'snippets')).length === 0) rmSync(join(dir, 'snippets'), { recursive: true });

const gluePath = join(dir, glue);
// Only the import statements: the imports object keeps the module name the wasm was linked with.
const imports = /(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g;
writeFileSync(gluePath, readFileSync(gluePath, 'utf8').replace(imports, `$1$2./${folder}/__wasm_split.js$2`));
const loaderPath = join(dir, folder, '__wasm_split.js');
const loader = readFileSync(loaderPath, 'utf8');
const own = `"./${crate}.js"`;
if (!loader.includes(own)) throw new Error(`split-links: the loader does not import ${own}`);
writeFileSync(loaderPath, loader.split(own).join(`"../${glue}"`));

const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const kept = html.replace(/<link[^>]*snippets\/wasm-split\/[^>]*>\s*/g, '');
writeFileSync(indexPath, kept);
const modules = readdirSync(join(dir, folder)).filter((f) => f.endsWith('.wasm'));
console.log(`split-links: ${modules.length} split modules in ${folder}/, linked to ${glue}`);
