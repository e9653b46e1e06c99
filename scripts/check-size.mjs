/**
 * Size budgets (gzip), printed as a table.
 *
 * RATCHET: the issue-9 budgets below are NOT all met yet. Every entry is printed against its budget (OVER when
 * above it), but the script fails (exit 1) only when an entry exceeds its ratchet: the figure achieved when the
 * ratchet was set plus 3 % (RATCHET below, in bytes). Entries within budget have no ratchet and fail above the
 * budget. Lower a ratchet whenever an entry shrinks; delete it once the entry meets its budget. Never raise one.
 *
 * Budgets:
 * - each element entry (`define/<tag>`), Lit and @lit/* excluded: ≤ 8 KB;
 * - the whole kit (`define.js`), Lit excluded: ≤ 30 KB;
 * - the CDN module `dist/cdn/seller-review-kit.js` with the chunks it loads statically, Lit included
 *   (lazily loaded locales and importers excluded): ≤ 40 KB.
 * Entries are bundled here with esbuild (minified, with the same Lit template minification as the published build:
 * scripts/minify-templates.mjs); the CDN figure is read from `npm run build`.
 */
import { build, transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const KB = 1024;
const tags = [
  'review-kit-provider',
  'review-list',
  'contact-customer-dialog',
  'feedback-table',
  'account-health-tiles',
];
const external = ['lit', 'lit/*', '@lit/*', 'msw', 'msw/*'];
const tsconfigRaw = JSON.parse(readFileSync('tsconfig.json', 'utf8'));
const plugins = process.env.SIZE_NO_TEMPLATE_MINIFY ? [] : [minifyTemplatesEsbuild(transform, { tsconfigRaw })];

async function gz(entry, { bundleLit = false } = {}) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    splitting: true,
    outdir: 'out',
    external: bundleLit ? [] : external,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
    plugins,
  });
  // Count the entry and the chunks it imports statically; lazy chunks (import()) are not counted.
  const files = new Map(r.outputFiles.map((f) => [f.path, f]));
  const entryFile = r.outputFiles.find((f) => f.path.endsWith(entry.split('/').pop().replace(/\.ts$/, '.js')));
  const seen = new Set();
  const visit = (f) => {
    if (!f || seen.has(f.path)) return;
    seen.add(f.path);
    for (const m of f.text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g)) {
      visit(files.get(join(dirname(f.path), m[1])));
    }
  };
  visit(entryFile);
  return [...seen].reduce((n, p) => n + gzipSync(files.get(p).contents, { level: 9 }).length, 0);
}

function cdnSize() {
  // `--dist <dir>` measures another build output (default: dist/).
  const i = process.argv.indexOf('--dist');
  const entry = join(i > 0 ? process.argv[i + 1] : 'dist', 'cdn/seller-review-kit.js');
  if (!existsSync(entry)) return null;
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p) || !existsSync(p)) return;
    seen.add(p);
    const text = readFileSync(p, 'utf8');
    for (const m of text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g))
      visit(join(dirname(p), m[1]));
  };
  visit(entry);
  return [...seen].reduce((n, p) => n + gzipSync(readFileSync(p), { level: 9 }).length, 0);
}

/**
 * Achieved gzip figure (KB) + 3 %, for entries still over the issue's budget: a regression guard, not a budget.
 * Last set after the review fixes (feedback-table gained the report-data note and per-row failure alerts);
 * cdn lowered after the duplicate-code clean-up (shared abort helpers).
 * Lower these as the kit shrinks; never raise one without saying why in the commit.
 */
const ratchet = (achievedKb) => Math.round(achievedKb * 1.03 * KB);
const RATCHET = {
  'review-list': ratchet(16.6),
  'contact-customer-dialog': ratchet(10.8),
  'feedback-table': ratchet(17.9),
  'account-health-tiles': ratchet(10.2),
  define: ratchet(38.8),
  cdn: ratchet(56.3),
};

const rows = [];
for (const tag of tags)
  rows.push([`define/${tag}.js (no Lit)`, await gz(`src/define/${tag}.ts`), 8 * KB, RATCHET[tag]]);
rows.push(['define.js — whole kit (no Lit)', await gz('src/define.ts'), 30 * KB, RATCHET.define]);
rows.push(['policy.js (no Lit)', await gz('src/policy/index.ts'), null]);
rows.push(['importers.js (lazy)', await gz('src/importers/index.ts'), null]);
const cdn = cdnSize();
rows.push(['cdn/seller-review-kit.js (Lit included)', cdn, 40 * KB, RATCHET.cdn]);

let failed = 0;
const pad = (s, n) => String(s).padEnd(n);
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log(`${pad('entry', 44)}${pad('gzip', 11)}${pad('budget', 11)}${pad('ratchet', 11)}status`);
for (const [name, size, budget, limit] of rows) {
  let status;
  if (size === null) status = 'run npm run build';
  else if (budget === null || size <= budget) status = 'ok';
  else if (limit !== undefined && size <= limit) status = 'OVER budget (within ratchet)';
  else {
    status = limit === undefined ? 'OVER' : 'OVER ratchet';
    failed++;
  }
  console.log(
    `${pad(name, 44)}${pad(size === null ? 'not built' : kb(size), 11)}${pad(budget ? kb(budget) : '—', 11)}${pad(limit ? kb(limit) : '—', 11)}${status}`,
  );
}
if (cdn === null) failed++;
if (!failed && rows.some(([, size, budget]) => size !== null && budget !== null && size > budget))
  console.log('\nSome entries are over the issue-9 budget but within their ratchet (see the header comment).');
process.exit(failed ? 1 : 0);
