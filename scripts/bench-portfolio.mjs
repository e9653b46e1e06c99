#!/usr/bin/env node
/**
 * Benchmark of `<account-portfolio>` at 500 client accounts (SPEC §8), in headless Chromium on the production
 * build of the element (esbuild, minified, Lit in production mode). bench/portfolio-entry.ts says what each figure
 * times. One warm-up mount is discarded, then `reps` fresh mounts are timed; medians are reported.
 *
 * Targets (exit 1 when one is missed): first rows < 100 ms after the summaries arrive, sort < 50 ms.
 *
 * Usage: node scripts/bench-portfolio.mjs [--reps N] [--size N]
 */
/* global window */
import { benchPage, median } from './bench-page.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const REPS = opt('--reps', 9);
const SIZE = opt('--size', 500);
const TARGET = { firstRows: 100, sort: 50 };

const bench = await benchPage({ entry: 'portfolio-entry' });
let runs;
try {
  const { page, errors } = await bench.open('benchPortfolio');
  runs = await page.evaluate(([s, r]) => window.benchPortfolio.run(s, r), [SIZE, REPS]);
  if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);
} finally {
  await bench.close();
}

const m = (k) => median(runs.map((r) => r[k]));
const rows = [
  ['first rows after the summaries arrive', m('firstRows'), TARGET.firstRows],
  ['every row in the DOM', m('allRows'), null],
  ['sort by a column (click → rows in order)', m('sort'), TARGET.sort],
  ['worst-first order alone (policy)', m('policy'), null],
];
console.log(`<account-portfolio>, ${SIZE} accounts, median of ${REPS} (Chromium, production build)\n`);
console.log('| Case | Median | Target |');
console.log('| --- | ---: | ---: |');
let failed = false;
for (const [name, ms, target] of rows) {
  const miss = target !== null && ms >= target;
  failed ||= miss;
  console.log(`| ${name} | ${ms.toFixed(1)} ms | ${target === null ? '—' : `< ${target} ms${miss ? ' ✗' : ' ✓'}`} |`);
}
if (failed) {
  console.error('\nA target was missed.');
  process.exit(1);
}
