/**
 * Size budgets (gzip), printed as a table: first load beside the lazy chunks, never hidden.
 *
 * Budgets (issue 16):
 * - each element entry (`define/<tag>.js`, one per tag of src/elements.ts), Lit and @lit/* excluded: ≤ 10 KB;
 * - the whole kit (`define.js`), Lit excluded: ≤ 30 KB;
 * - the CDN registration module `dist/cdn/define.js` (registers every tag, exports nothing), Lit included: ≤ 40 KB;
 * - the CDN module `dist/cdn/seller-review-kit.js` (the whole synchronous API, linter included), Lit included: no
 *   budget, only its ratchet.
 *
 * RATCHET: an entry over its budget fails (exit 1) only above its ratchet: the figure achieved when the ratchet was
 * set plus 3 % (RATCHET below). It is printed as "OVER budget (within ratchet)". An entry within budget has no
 * ratchet and fails above the budget. Lower a ratchet whenever an entry shrinks (the table prints "lower the
 * ratchet" when the entry is over 1 % under the figure it was set at); delete it once the entry meets its budget. Raise one only in a
 * commit that names the fixes that needed the bytes. The README's size table is this script's `--markdown` output.
 *
 * How: each library entry is bundled on its own, as an application's bundler would, with the published build's own
 * pipeline (rollup.config.mjs `libraryPlugins`: esbuild, Lit template + CSS minification, terser). "first load"
 * counts the entry chunk and every chunk it imports statically: everything a page downloads before the element can
 * render. Lazy chunks (`import()`: the linter once a composer opens, dialogs, adapters, demo data) are the "+ lazy"
 * column; other locales and the report importers are left out of it (they load only for a language or a file).
 * `--chunks` lists every lazy chunk by name. The CDN rows are read from `npm run build` (`--dist <dir>` reads another
 * build). `--markdown` prints the table for the README. The last lines give the template minifier's gain on define.js.
 */
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chunkName, external, libraryPlugins, treeshake } from '../rollup.config.mjs';
import { ELEMENT_TAGS } from './elements.mjs';

const KB = 1024;
const tags = ELEMENT_TAGS;
const args = process.argv.slice(2);
const gz = (code) => gzipSync(code, { level: 9 }).length;
/** Lazy chunks the budgets leave out: the other locales and the report importers. */
const EXCLUDED_LAZY =
  /(^|[-/])(it|de|fr|es|ja|nl|sv|pl|tr|pt-BR|ar|loaders|importers|report-file-drop|export)-[\w-]*\.js$/;

/**
 * Lazy chunks an element loads in parallel with its first request, rather than on a press: its view and strings —
 * a module named `<tag>.view.ts` or `health-view.ts` — and the portfolio's strings, with what those import. They are
 * in "+ lazy"; the "with data" column adds them to the first load: what a page downloads before the element can show
 * its data. Not counted there: the alert rules (`alert-view.ts`, loaded once data has arrived), the Seller Central
 * links' view (only for an adapter with a 'manual' action). A CDN chunk is judged by its source map's modules.
 */
const WITH_DATA = (id) =>
  /([\\/][\w-]+\.view|[\\/]health-view)\.ts$/.test(id) || /i18n[\\/]en[\\/]account-portfolio\.ts$/.test(id);

/** [first-load gzip, lazy gzip, lazy chunks [name, gzip][], with-data gzip] of one entry bundled alone. */
async function measure(input, plugins = libraryPlugins()) {
  const bundle = await rollup({
    input,
    external,
    plugins,
    treeshake,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: chunkName('') });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !chunks.has(name)) return;
    seen.add(name);
    for (const i of chunks.get(name).imports) visit(i);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  const first = new Set(seen);
  for (const [name, c] of chunks) if (c.moduleIds.some(WITH_DATA)) visit(name);
  let stat = 0;
  let withData = 0;
  const lazy = [];
  for (const [name, c] of chunks) {
    if (first.has(name)) stat += gz(c.code);
    else if (!EXCLUDED_LAZY.test(name)) lazy.push([name, gz(c.code)]);
    if (seen.has(name)) withData += gz(c.code);
  }
  return [stat, lazy.reduce((n, [, g]) => n + g, 0), lazy, withData];
}

/** [first-load gzip, lazy gzip, lazy chunks] of a built CDN module `dist/cdn/<name>.js` (lazy: `<name>-*.js`). */
function cdnSize(name) {
  const i = args.indexOf('--dist');
  const dir = join(i >= 0 ? args[i + 1] : 'dist', 'cdn');
  const entry = join(dir, `${name}.js`);
  if (!existsSync(entry)) return [null, null, [], null];
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p) || !existsSync(p)) return;
    seen.add(p);
    const text = readFileSync(p, 'utf8');
    for (const m of text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g))
      visit(join(dirname(p), m[1]));
  };
  visit(entry);
  const first = new Set(seen);
  const files = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  const sources = (p) => (existsSync(`${p}.map`) ? JSON.parse(readFileSync(`${p}.map`, 'utf8')).sources : []);
  for (const f of files) if (sources(join(dir, f)).some(WITH_DATA)) visit(join(dir, f));
  const size = (p) => gz(readFileSync(p));
  const lazy = [];
  for (const f of files) {
    const p = join(dir, f);
    if (!first.has(p) && !EXCLUDED_LAZY.test(f)) lazy.push([f, size(p)]);
  }
  const total = (set) => [...set].reduce((n, p) => n + size(p), 0);
  return [total(first), lazy.reduce((n, [, g]) => n + g, 0), lazy, total(seen)];
}

/**
 * Achieved gzip figure (KB) + 3 %, for entries still over their budget: a regression guard, not a budget. Keyed by
 * row. Set 2026-12-05 for issue 16's budgets (10 KB per element, 30 KB whole kit, 40 KB CDN registration module),
 * last from the figures measured after the controller split of review-list and feedback-table, the first-load trims
 * that followed it (the marketplace table apart from its domains, `daysBetween` in its own module, the comment
 * composer's strings with its chunk), and the merge of accounts (issue 18) and `<account-portfolio>`: `define.js`
 * and the CDN modules register and carry the portfolio element (+4 KB), and every element entry carries the
 * provider's account state (+0.2 KB). account-health-tiles' earlier 10.7 KB ratchet was already exceeded on main by
 * the shared base (controllers, typed errors). History: git log -p scripts/check-size.mjs. Since
 * 2026-12-06 every entry meets its budget; only the API module (which has none) keeps a ratchet.
 */
const ratchet = (achievedKb) => Math.round(achievedKb * 1.03 * KB);
const RATCHET = {
  // Raised 2026-12-05 (afternoon) after merging issues 19–22 onto the morning's figures (review-list 14.9,
  // feedback-table 15.3, tiles 11.1, define 43.1, cdn/define 50.8; dialog 9.9 and portfolio 9.9 had no ratchet).
  // What the first loads gained, gzip, measured per module (node scripts/check-size.mjs --chunks):
  // - every element: right-to-left by locale and bidi isolation (issue 20) +0.3; the alert controller +0.5 (its
  //   rules, badge and strings load with the first data since, -1 KB from the merged figure);
  // - review-list: bulk triage and its selection controller +2.9, keyboard shortcuts with their help dialog (a
  //   ModalController, shortcut controller, table) +2.8, filter counts +0.4, Seller Central links for 'manual'
  //   capabilities +1.2, Report-abuse activity +0.1 → 20.8;
  // - feedback-table: Ask buyer to remove, capability links +1.5, 360 px layout +0.3 → 18.4;
  // - contact-customer-dialog: capability links +1.2 → 11.6; account-portfolio: Open alerts column +1.1 → 11.9;
  // - define.js and the CDN module: the same plus `<activity-log>` (+9.3).
  // These are regression guards at today's figures, not budgets: issue 16's budgets stay unmet (see its note).
  // Lowered 2026-12-05 (evening), cold paths on first use: review-list 20.8 → 19.4 (the shortcut help's content,
  // ModalController and strings on the first ? press -0.6; the triage actions and their announcements on the first
  // Mark as done -0.9; the controllers split out cost +0.1); feedback-table 18.4 → 16.5 (the public replies —
  // composers, reply linter's controller, confirm dialog and its modal — one lazy controller -1.2; the replies' and
  // the removal dialog's strings with their chunks -0.7); define.js 53.8 → 51.0, cdn/define 61.5 → 58.7,
  // cdn/seller-review-kit 98.8 → 95.8 with them. Next candidates: the Seller Central links (only for 'manual'
  // capabilities; needs capabilityMode apart from the URL table), the empty state's words, the removal guide.
  // Then (same evening) the other elements' cold paths: the open contact dialog's body, eligibility rules and look-up
  // with the first opening's check (11.6 → 8.9: within budget, no ratchet); the portfolio's column sort on the first
  // header press, rating bands and the focus move after Open apart (11.9 → 9.9: within budget); the tiles' strings
  // and metric names with the first data (12.4 → 11.4). Merged figures: review-list 19.5, feedback-table 16.6,
  // define.js 48.2, cdn/define 56.1.
  // Lowered 2026-12-05 (late evening): the Seller Central links of 'manual' actions (page table, link, recording;
  // review-list's sc.* strings) load with the page only for an adapter that has one (controllers/
  // seller-central-links.ts): review-list 19.5 → 18.9, feedback-table 16.7 → 16.1; KitElement's one `pending()`
  // (updateComplete waits for code a press loads) costs every element entry +0.07.
  // 2026-12-06 (night): review-list 18.9 → 7.7 and feedback-table 15.9 → 8.7 — each a shell (properties, requests,
  // the states before data) whose view (filters, cards or rows, triage, its strings; review-list's styles too) loads
  // with the first data, beside the request (review-list.view.ts, feedback-table.view.ts; the "with data" column
  // shows it: 20.8 and 17.7, +1.9 each over the single chunk they were). define.js 42.8 → 26.6 and cdn/define
  // 50.6 → 34.6 meet their budgets: every ratchet but the API module's is deleted.
  // Lowered 2026-12-05 (late evening, slim16d): account-health-tiles 11.4 → 7.2, within budget, ratchet deleted (the
  // report's view — summary, tiles, details, notifications — its policy readings and the alert input load with the
  // first data, beside its strings: health-view.ts); report-file-drop 9.7 → 8.7 (the importers' English messages
  // load with their code; the first load keeps the drop zone's four strings); the activity log's file download
  // shared with the feedback report and loaded with the evidence code; the alert inputs' remembered snapshots built by
  // the alert code once loaded (feedback-table 16.7 → 16.5); the portfolio's strings with its first data (9.9 → 9.7).
  // define.js 48.4 → 43.0, cdn/define 56.2 → 50.8, cdn/seller-review-kit 99.5 → 96.0.
  // Issue 20 (2026-12-05): the linter in seven more languages (rule tables 5.1 KB, detection +1 KB, fixes +1.4 KB,
  // normalisation and contact words +0.2 KB gzip) is part of this module's synchronous API: 77.3 → 86.0 KB. The
  // element entries do not grow (the linter stays a lazy chunk of the composers). Then issues 19, 21, 22 (the
  // activity log element, alerts, triage, capabilities, twelve locales' directions): 98.8 KB; the evening's cold
  // paths 95.8; rounds 2 and 3 of the seven-language linter rules (issue 20) +3.6 → 99.4.
  // 2026-12-05 (late evening): the tiles' view, the importers' and the portfolio's strings as lazy chunks, 99.5 → 96.0;
  // round 4 of the seven-language rules (spelled numbers' teens and hundreds, names with honorifics in public text,
  // off-Amazon payment and sales, refund promises, messengers, hopes and "positive or negative") +6.2 → 102.2;
  // round 5 (compensation in public text, the neutral feedback-update note, names with places, messengers' particles,
  // orders and transfers to the seller's own shop) +3.0 → 105.2.
  // 2026-12-06 (night): the two lists' views are lazy chunks of this module too, 105.2 → 89.8.
  'cdn/seller-review-kit': ratchet(89.8),
};

/** [row key, label, first load, lazy, lazy chunks, budget, ratchet, with data] */
const rows = [];
const row = (key, label, [size, lazy, chunks, withData], budget) =>
  rows.push([key, label, size, lazy, chunks, budget, RATCHET[key], withData]);
for (const tag of tags)
  row(`define/${tag}`, `define/${tag}.js (no Lit)`, await measure(`src/define/${tag}.ts`), 10 * KB);
row('define', 'define.js — whole kit (no Lit)', await measure('src/define.ts'), 30 * KB);
row('policy', 'policy.js (no Lit)', await measure('src/policy/index.ts'), null);
row('importers', 'importers.js (loaded lazily)', await measure('src/importers/index.ts'), null);
row('cdn/define', 'cdn/define.js (Lit included)', cdnSize('define'), 40 * KB);
row('cdn/seller-review-kit', 'cdn/seller-review-kit.js (Lit included)', cdnSize('seller-review-kit'), null);

let failed = 0;
const pad = (s, n) => String(s).padEnd(n);
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const statusOf = (size, budget, limit) => {
  if (size === null) return [true, 'not built: run npm run build'];
  if (limit !== undefined && size > limit) return [true, 'OVER ratchet'];
  if (budget !== null && size > budget)
    return limit === undefined ? [true, 'OVER budget'] : [false, 'OVER budget (within ratchet)'];
  if (limit !== undefined && budget !== null) return [false, 'ok: meets the budget, delete its ratchet'];
  if (limit !== undefined && size * 1.03 < limit * 0.99) return [false, 'ok: lower the ratchet'];
  return [false, 'ok'];
};
if (args.includes('--markdown')) {
  console.log('| entry | first load | with data | + lazy | budget | ratchet |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [, label, size, lazy, , budget, limit, withData] of rows)
    console.log(
      `| \`${label.replace(/ \(.*/, '').replace(' — whole kit', '')}\` | ${size === null ? '—' : kb(size)} | ${withData && withData !== size ? kb(withData) : '—'} | ${lazy ? kb(lazy) : '—'} | ${budget ? kb(budget) : '—'} | ${limit ? kb(limit) : '—'} |`,
    );
}
console.log(
  `${pad('entry', 48)}${pad('first load', 12)}${pad('with data', 11)}${pad('+ lazy', 11)}${pad('budget', 11)}${pad('ratchet', 11)}status`,
);
for (const [, label, size, lazy, chunks, budget, limit, withData] of rows) {
  const [fails, status] = statusOf(size, budget, limit);
  if (fails) failed++;
  console.log(
    `${pad(label, 48)}${pad(size === null ? 'not built' : kb(size), 12)}${pad(withData && withData !== size ? kb(withData) : '—', 11)}${pad(lazy ? kb(lazy) : '—', 11)}${pad(budget ? kb(budget) : '—', 11)}${pad(limit ? kb(limit) : '—', 11)}${status}`,
  );
  if (args.includes('--chunks'))
    for (const [name, g] of chunks) console.log(`${pad('', 4)}${pad(`lazy ${name}`, 56)}${kb(g)}`);
}
// What the template minifier (scripts/minify-templates.mjs) saves, after gzip: the whole kit built without it.
const [withoutMinifier] = await measure(
  'src/define.ts',
  libraryPlugins().filter((p) => p.name !== 'minify-lit-templates'),
);
const kit = rows.find(([key]) => key === 'define')[2];
console.log(
  `\nTemplate minification saves ${kb(withoutMinifier - kit)} gzip on define.js (${kb(withoutMinifier)} without it).`,
);
for (const line of [
  'first load: what loads before first render (static imports). with data: plus the chunks an element loads in',
  'parallel with its first request (its view and strings): what a page downloads before the element can show its',
  'data (define.js: with every element on the page). + lazy: every chunk loaded on demand (those, the alert rules,',
  'the linter, dialogs, adapters, demo data); other locales and importers excluded. --chunks lists them.',
])
  console.log(line);
if (!failed && rows.some(([, , size, , , budget]) => size !== null && budget !== null && size > budget))
  console.log('Some entries are over their budget but within their ratchet (see the header comment).');
process.exit(failed ? 1 : 0);
