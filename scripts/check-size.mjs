/**
 * Size budgets (gzip), printed as a table.
 *
 * RATCHET: the issue-9 budgets below are NOT all met yet. Every entry is printed against its budget (OVER when
 * above it), but the script fails (exit 1) only when an entry exceeds its ratchet: the figure achieved when the
 * ratchet was set plus 3 % (RATCHET below, in bytes). Entries within budget have no ratchet and fail above the
 * budget. Lower a ratchet whenever an entry shrinks; delete it once the entry meets its budget. Raise one only in a
 * commit that names the fixes that needed the bytes.
 *
 * Budgets:
 * - each element entry (`define/<tag>`), Lit and @lit/* excluded: ≤ 8 KB;
 * - the whole kit (`define.js`), Lit excluded: ≤ 30 KB;
 * - the CDN module `dist/cdn/seller-review-kit.js` with the chunks it loads statically, Lit included
 *   (lazily loaded locales and importers excluded): ≤ 40 KB.
 * How: each entry is bundled on its own, as an application's bundler would, with the published build's own
 * pipeline (rollup.config.mjs `libraryPlugins`: esbuild, Lit template + CSS minification, terser). The figure
 * counts the entry chunk and every chunk it imports statically — everything a page downloads before the element
 * can render. Lazy chunks (`import()`: locales, the linter once a composer opens, adapters, importers) are not in
 * it; the "lazy" column shows them (locales and importers excluded), so nothing is hidden. The CDN figure is read
 * from `npm run build` (`--dist <dir>` reads another build).
 */
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { external, libraryPlugins, treeshake } from '../rollup.config.mjs';

const KB = 1024;
const tags = [
  'review-kit-provider',
  'review-list',
  'contact-customer-dialog',
  'feedback-table',
  'account-health-tiles',
];
const gz = (code) => gzipSync(code, { level: 9 }).length;
/** Lazy chunks the budgets leave out: the other locales and the report importers. */
const EXCLUDED_LAZY = /(^|[-/])(it|de|fr|es|ja|importers|report-file-drop|export)-[\w-]*\.js$/;

/** [static gzip, lazy gzip] of one entry bundled alone. */
async function measure(input) {
  const bundle = await rollup({
    input,
    external,
    plugins: libraryPlugins(),
    treeshake,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !chunks.has(name)) return;
    seen.add(name);
    for (const i of chunks.get(name).imports) visit(i);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  let stat = 0;
  let lazy = 0;
  for (const [name, c] of chunks) {
    if (seen.has(name)) stat += gz(c.code);
    else if (!EXCLUDED_LAZY.test(name)) lazy += gz(c.code);
  }
  return [stat, lazy];
}

/** [static gzip, lazy gzip] of the built CDN module. */
function cdnSize() {
  const i = process.argv.indexOf('--dist');
  const dir = join(i > 0 ? process.argv[i + 1] : 'dist', 'cdn');
  const entry = join(dir, 'seller-review-kit.js');
  if (!existsSync(entry)) return [null, null];
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p) || !existsSync(p)) return;
    seen.add(p);
    const text = readFileSync(p, 'utf8');
    for (const m of text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g))
      visit(join(dirname(p), m[1]));
  };
  visit(entry);
  const size = (p) => gz(readFileSync(p));
  let lazy = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (f.endsWith('.js') && !seen.has(p) && !EXCLUDED_LAZY.test(f)) lazy += size(p);
  }
  return [[...seen].reduce((n, p) => n + size(p), 0), lazy];
}

/**
 * Achieved gzip figure (KB) + 3 %, for entries still over the issue's budget: a regression guard, not a budget.
 * Lowered after the size work of 2026-12-02 (rollup-pipeline measurement, strings with their users, lazy adapter
 * implementations, lazy removal suggestions, element trims); raised on 2026-12-02 by the review fixes (see that
 * commits): the linter's marketing and wider refund-offer rules, then their narrowing to the seller's offers
 * (lint.ts 14.6 → 21.3 KB minified; the CDN carries `lintMessage`), focus keeping, worded refusal reasons,
 * failure texts that follow `lang`, load-failure states with Retry, requests aborted off the page.
 * account-health-tiles raised on 2026-12-05 (10.0 → 10.4 KB, +447 B) by issue 15: Amazon's own status first with the
 * kit's reading beside it (`readMetric`, four strings), parts' statuses, "Other metrics", nothing dropped.
 * Raised on 2026-12-05 for the CDN module only (issue 14): the CDN exports `lintMessage` synchronously, so it
 * carries the whole linter statically (normalisation, links, phones in words, five languages' rules, fixes in every
 * language); a lazy load would change that public API. The linter's own lazy chunk stays within its 25 KB budget.
 * Then 68.8 → 72.4 KB when issues 14 (linter round 3) and 15 (importers: date-format question, streaming, windows-1252
 * table, health warnings; tiles: Amazon's status first) met on main: the CDN carries the whole synchronous API.
 * Lower these as the kit shrinks; never raise one without saying why in the commit.
 */
const ratchet = (achievedKb) => Math.round(achievedKb * 1.03 * KB);
const RATCHET = {
  'review-list': ratchet(15.4),
  'contact-customer-dialog': ratchet(9.5),
  'feedback-table': ratchet(15.8),
  'account-health-tiles': ratchet(10.9),
  define: ratchet(35.6),
  cdn: ratchet(72.4),
};

const rows = [];
for (const tag of tags)
  rows.push([`define/${tag}.js (no Lit)`, ...(await measure(`src/define/${tag}.ts`)), 8 * KB, RATCHET[tag]]);
rows.push(['define.js — whole kit (no Lit)', ...(await measure('src/define.ts')), 30 * KB, RATCHET.define]);
rows.push(['policy.js (no Lit)', ...(await measure('src/policy/index.ts')), null]);
rows.push(['importers.js (loaded lazily)', ...(await measure('src/importers/index.ts')), null]);
const cdn = cdnSize();
rows.push(['cdn/seller-review-kit.js (Lit included)', ...cdn, 40 * KB, RATCHET.cdn]);

let failed = 0;
const pad = (s, n) => String(s).padEnd(n);
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log(`${pad('entry', 44)}${pad('gzip', 11)}${pad('+ lazy', 11)}${pad('budget', 11)}${pad('ratchet', 11)}status`);
for (const [name, size, lazy, budget, limit] of rows) {
  let status;
  if (size === null) status = 'run npm run build';
  else if (budget === null || size <= budget) status = 'ok';
  else if (limit !== undefined && size <= limit) status = 'OVER budget (within ratchet)';
  else {
    status = limit === undefined ? 'OVER' : 'OVER ratchet';
    failed++;
  }
  console.log(
    `${pad(name, 44)}${pad(size === null ? 'not built' : kb(size), 11)}${pad(lazy ? kb(lazy) : '—', 11)}${pad(budget ? kb(budget) : '—', 11)}${pad(limit ? kb(limit) : '—', 11)}${status}`,
  );
}
if (cdn[0] === null) failed++;
console.log('\ngzip: what loads before first render (static imports). + lazy: chunks loaded on demand (the linter,');
console.log('adapters, demo data), other locales and importers excluded.');
if (!failed && rows.some(([, size, , budget]) => size !== null && budget !== null && size > budget))
  console.log('Some entries are over the issue-9 budget but within their ratchet (see the header comment).');
process.exit(failed ? 1 : 0);
