#!/usr/bin/env node
/**
 * Times the Seller Feedback report parser on a generated 100 000-row report in headless Chromium.
 *
 *   node scripts/bench-importers.mjs [--rows 100000] [--runs 5]
 *
 * Bundles src/importers/index.ts with esbuild, loads it into a blank page with playwright-core, parses the
 * report from a string and from UTF-8 bytes, prints the median of the runs and exits 1 if either
 * median is 1000 ms or more.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
const RUNS = arg('runs', 5);
const LIMIT_MS = 1000;
const US = 'ATVPDKIKX0DER';

function generateReport(rows) {
  const comments = [
    'Item never arrived and the seller never answered my two messages.',
    "<b>DO NOT BUY</b> from this seller <script>alert('x')</script> &amp; more",
    '商品が届きませんでした。返金をお願いします。',
    'Product is fine but shipping took 12 days 🐢📦',
    '   leading and trailing spaces, "quotes" and a backslash \\   ',
    '',
  ];
  const lines = ['Date\tRating\tComments\tResponse\tOrder ID\tRater Email'];
  for (let i = 0; i < rows; i++) {
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    const reply = i % 7 === 0 ? 'Sorry about that, a replacement shipped today.' : '';
    const order = `11${i % 10}-${String(i).padStart(7, '0')}-${String((i * 7919) % 10_000_000).padStart(7, '0')}`;
    const email = i % 13 === 0 ? '' : `r${i.toString(36)}@marketplace.amazon.com`;
    lines.push(`${month}/${day}/25\t${(i % 3) + 1}\t${comments[i % comments.length]}\t${reply}\t${order}\t${email}`);
  }
  return lines.join('\n') + '\n';
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await build({
  entryPoints: [`${root}src/importers/index.ts`],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'Importers',
  target: 'es2022',
  minify: true,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].text;
const report = generateReport(ROWS);
const reportBytes = Buffer.byteLength(report, 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
let results;
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: code });
  results = await page.evaluate(
    ({ text, runs, marketplaceId }) => {
      const { parseSellerFeedbackReport } = globalThis.Importers;
      const bytes = new globalThis.TextEncoder().encode(text);
      parseSellerFeedbackReport(text.slice(0, 50_000), { marketplaceId }); // warm-up
      const out = { string: [], bytes: [], rows: 0, problems: 0 };
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const r = parseSellerFeedbackReport(text, { marketplaceId });
        out.string.push(performance.now() - t);
        t = performance.now();
        const rb = parseSellerFeedbackReport(bytes, { marketplaceId });
        out.bytes.push(performance.now() - t);
        out.rows = r.feedback.length;
        out.problems = r.problems.length + rb.problems.length;
      }
      return out;
    },
    { text: report, runs: RUNS, marketplaceId: US },
  );
} finally {
  await browser.close();
}

if (results.rows !== ROWS || results.problems !== 0) {
  console.error(`Parsed ${results.rows} rows with ${results.problems} problems; expected ${ROWS} and 0.`);
  process.exit(1);
}

const fmt = (n) => n.toFixed(1).padStart(9);
const table = [
  ['input', 'median ms', 'min ms', 'max ms'],
  ['string', ...[median(results.string), Math.min(...results.string), Math.max(...results.string)].map(fmt)],
  ['Uint8Array', ...[median(results.bytes), Math.min(...results.bytes), Math.max(...results.bytes)].map(fmt)],
];
console.log(
  `Seller Feedback report: ${ROWS.toLocaleString('en-US')} rows, ${(reportBytes / 1048576).toFixed(1)} MiB, ` +
    `${RUNS} runs in headless Chromium (${chromiumPath()})\n`,
);
for (const row of table)
  console.log(
    `${row[0].padEnd(12)}${row
      .slice(1)
      .map((c) => String(c).padStart(11))
      .join('')}`,
  );

const worst = Math.max(median(results.string), median(results.bytes));
if (worst >= LIMIT_MS) {
  console.error(`\nFAIL: median ${worst.toFixed(1)} ms >= ${LIMIT_MS} ms`);
  process.exit(1);
}
console.log(`\nOK: every median < ${LIMIT_MS} ms (slowest ${worst.toFixed(1)} ms)`);
