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
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const REPS = opt('--reps', 9);
const SIZE = opt('--size', 500);
const TARGET = { firstRows: 100, sort: 50 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const dir = await mkdtemp(join(tmpdir(), 'srk-bench-portfolio-'));
await build({
  entryPoints: [join(root, 'bench/portfolio-entry.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  splitting: true,
  outdir: dir,
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await writeFile(
  join(dir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font:14px system-ui}#stage{width:1200px}</style></head>
<body><div id="stage"></div><script type="module" src="./portfolio-entry.js"></script></body></html>`,
);
const server = await serve(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
let runs;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => 'benchPortfolio' in window);
  runs = await page.evaluate(([s, r]) => window.benchPortfolio.run(s, r), [SIZE, REPS]);
  if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
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
