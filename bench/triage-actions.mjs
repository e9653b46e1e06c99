#!/usr/bin/env node
/**
 * Issue 21's target: clearing 50 new reviews to zero takes at most a third of today's actions.
 *
 * Drives `<review-list>` (bench/triage-entry.ts, bundled with esbuild) in Debian's Chromium through Playwright and
 * counts the user's actions (a click, a key press, a choice in a select: one each) on two paths, each in a fresh
 * page with 50 new critical reviews:
 *   - today: one "Mark as done" per review (a click on its checkbox), waiting for the list after each;
 *   - bulk:  "Reviews per page" → 50, "Select all on this page", "Mark selected as done" (repeated while reviews
 *            remain, so a smaller page size still clears everything).
 * Prints both side by side and exits 1 when the bulk path needs more than a third of today's actions.
 *
 * Usage: node bench/triage-actions.mjs [--count N]
 */
/* global window, document */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serve } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const COUNT = Number(args.includes('--count') ? args[args.indexOf('--count') + 1] : 50);

const dir = await mkdtemp(join(tmpdir(), 'srk-bench-triage-'));
await build({
  entryPoints: [join(root, 'bench/triage-entry.ts')],
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
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench triage</title></head>
<body><div id="stage"></div><script type="module" src="./triage-entry.js"></script></body></html>`,
);
const server = await serve(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });

async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/index.html?count=${COUNT}`);
  await page.locator('review-list article').first().waitFor();
  return { context, page, errors };
}

const remaining = (page) => page.evaluate(() => window.benchTriage.remaining());
const list = (page) => page.locator('review-list');

/** Today: one "Mark as done" click per review. */
async function today() {
  const { context, page, errors } = await open();
  let actions = 0;
  const t0 = performance.now();
  while ((await remaining(page)) > 0) {
    const box = list(page).getByRole('checkbox', { name: 'Mark as done', exact: true }).first();
    const id = await box.evaluate((el) => el.closest('article').dataset.id);
    await box.click();
    actions++;
    await list(page).locator(`article[data-id="${id}"]`).waitFor({ state: 'detached' });
    if (actions > COUNT * 2) throw new Error('today: not converging');
  }
  const ms = performance.now() - t0;
  await context.close();
  return { actions, ms, errors };
}

/** Bulk: page size 50, Select all on this page, Mark selected as done (again while reviews remain). */
async function bulk() {
  const { context, page, errors } = await open();
  let actions = 0;
  const t0 = performance.now();
  await list(page).getByRole('combobox', { name: 'Reviews per page' }).selectOption('50');
  actions++;
  await page.waitForFunction(
    (n) => {
      const r = document.querySelector('review-list').shadowRoot;
      return r.querySelectorAll('article').length === n && !r.querySelector('[aria-busy="true"]');
    },
    Math.min(50, COUNT),
  );
  while ((await remaining(page)) > 0) {
    await list(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
    actions++;
    await list(page).getByRole('button', { name: 'Mark selected as done' }).click();
    actions++;
    await page.waitForFunction(() => !document.querySelector('review-list').shadowRoot.querySelector('.saving'));
    if (actions > COUNT) throw new Error('bulk: not converging');
  }
  const ms = performance.now() - t0;
  await context.close();
  return { actions, ms, errors };
}

let failed;
try {
  const a = await today();
  const b = await bulk();
  for (const [name, r] of [
    ['today', a],
    ['bulk', b],
  ]) {
    if (r.errors.length) throw new Error(`${name}: page errors:\n${r.errors.join('\n')}`);
  }
  const ratio = b.actions / a.actions;
  console.log(`Clearing ${COUNT} new reviews to zero (clicks + key presses + select choices):\n`);
  console.log('| path  | actions | wall time |');
  console.log('| ----- | ------: | --------: |');
  console.log(`| today | ${a.actions} | ${(a.ms / 1000).toFixed(1)} s |`);
  console.log(`| bulk  | ${b.actions} | ${(b.ms / 1000).toFixed(1)} s |`);
  console.log(`\nbulk / today = ${ratio.toFixed(3)} (target ≤ 0.333)`);
  failed = ratio > 1 / 3;
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
