// The fault matrix's rows and columns (tests/e2e/faultmatrix.spec.mjs runs one cell per test and
// writes its outcome under MATRIX_DIR), and Playwright's global teardown, which prints the
// matrix after the run — with ✗ where a cell failed or did not run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const MATRIX_DIR = 'test-results/fault-matrix';

/** Every call the app makes to a remote backend. */
export const CALLS = [
  { id: 'categories', label: 'GET /products/categories', method: 'GET', matches: (p) => p === '/products/categories' },
  { id: 'list', label: 'GET /products/category/{slug}', method: 'GET', matches: (p) => p.startsWith('/products/category/') },
  { id: 'search', label: 'GET /products/search', method: 'GET', matches: (p) => p === '/products/search' },
  { id: 'product', label: 'GET /products/{id}', method: 'GET', matches: (p) => /^\/products\/\d+$/.test(p) },
  { id: 'order', label: 'POST /carts/add', method: 'POST', matches: (p) => p === '/carts/add' },
];

/** Every fault put on them. */
export const FAULTS = [
  { id: '500', label: '500' },
  { id: '429', label: '429 + Retry-After' },
  { id: 'malformed', label: 'malformed JSON' },
  { id: 'slow', label: 'slow 10 s' },
  { id: 'hang', label: 'hang' },
  { id: 'offline', label: 'offline' },
  { id: 'dns', label: 'DNS failure' },
];

export default function printMatrix() {
  if (!existsSync(MATRIX_DIR)) return; // the matrix spec did not run
  const cells = new Map();
  for (const file of readdirSync(MATRIX_DIR)) {
    const { call, fault, outcome } = JSON.parse(readFileSync(`${MATRIX_DIR}/${file}`, 'utf8'));
    cells.set(`${call}--${fault}`, outcome);
  }
  const header = ['call \\ fault', ...FAULTS.map((f) => f.label)];
  const rows = CALLS.map((c) => [c.label, ...FAULTS.map((f) => cells.get(`${c.id}--${f.id}`) ?? '✗')]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => [...r[i]].length)));
  const line = (r) => `| ${r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join(' | ')} |`;
  const failed = rows.flat().filter((c) => c === '✗').length;
  console.log(
    [
      '',
      'Fault matrix (remote backend, headless Chromium; ✓ = the screen ended clear, the order sent exactly once):',
      line(header),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...rows.map(line),
      'said→retry: translated message, "try again" while the fault lasts keeps it, after it the content;',
      'waited: time between the 429 and the next request (Retry-After 4 s; the panel counts down and retries by itself);',
      'slow→shown: "network is slow" shown, then the content, one request; kept→sent once: the order waited with',
      `its reason, then reached the shop once under one key. ${failed ? `${failed} cell(s) failed or did not run.` : 'All cells passed.'}`,
      '',
    ].join('\n'),
  );
}
