/* global window, document */
/**
 * Opens every example app (examples/<framework>/dist/, built by scripts/build-examples.mjs, and the plain-HTML
 * page over dist/cdn/) in headless Chromium and checks, in each:
 * - the kit rendered inside the app: the "Customer Service Performance" tile of <account-health-tiles> and at
 *   least one review (an article) in <review-list>, so the adapter set by the app reached the elements;
 * - the rich property set by the app arrived as a property: `ratings = [1, 2]` checks "1 star" and "2 stars";
 * - no event before any user action, then one click on "3 stars" makes the app itself (outside the kit) show
 *   `review-filter-change #1: ratings [1,2,3]`;
 * - no page error, no console error, no missing file, no axe (WCAG 2.2 AA) violation;
 * - the plain-HTML page runs under a strict Content-Security-Policy (no inline script or style allowed).
 * Also type-checks the React and Vue examples against the generated JSX / Vue declarations (examples/tsconfig.json).
 *
 * Usage: node scripts/test-examples.mjs [framework ...]   (build first: node scripts/build-examples.mjs)
 * Prints "N passed, M failed" as its last line; exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Each example: which folder to serve, which page to open, extra response headers. */
const EXAMPLES = {
  html: { dir: '.', page: '/examples/html/', headers: { 'content-security-policy': STRICT_CSP } },
  react: { dir: 'examples/react/dist', page: '/' },
  vue: { dir: 'examples/vue/dist', page: '/' },
  angular: { dir: 'examples/angular/dist', page: '/' },
  svelte: { dir: 'examples/svelte/dist', page: '/' },
};

const only = process.argv.slice(2);
const names = only.length ? only : Object.keys(EXAMPLES);
const results = [];
const record = (name, problems) => {
  results.push({ name, problems });
  console.log(`${problems.length ? '✗' : '✓'} ${name}`);
  for (const p of problems) console.log(`    ${p}`);
};

/** Runs one check; a failed check ends the example (the later ones depend on it). */
const expectTrue = async (what, check) => {
  let ok;
  try {
    ok = await check();
  } catch (e) {
    throw new Error(`${what}: ${e.message.split('\n')[0]}`, { cause: e });
  }
  if (!ok) throw new Error(what);
};

async function checkExample(browser, name) {
  const config = EXAMPLES[name];
  const problems = [];
  const dir = join(root, config.dir);
  const entry = name === 'html' ? join(root, 'dist/cdn/seller-review-kit.js') : join(dir, 'index.html');
  if (!existsSync(entry)) return [`${entry} not found: run \`npm run build\` and scripts/build-examples.mjs first`];

  const server = await serve(dir, config.headers ?? {});
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  try {
    await page.goto(server.url + config.page, { waitUntil: 'load' });
    const timeout = 15_000;

    await expectTrue('account-health-tiles shows the "Customer Service Performance" tile', async () => {
      await page.getByRole('region', { name: 'Customer Service Performance' }).waitFor({ timeout });
      return true;
    });
    const list = page.locator('review-list');
    await expectTrue('review-list shows at least one review', async () => {
      await list.getByRole('article').first().waitFor({ timeout });
      return true;
    });
    await expectTrue('the rich property ratings=[1,2] checked "1 star" and "2 stars" only', async () => {
      const checked = await Promise.all(
        ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'].map((n) =>
          list.getByRole('checkbox', { name: n, exact: true }).isChecked(),
        ),
      );
      return checked.join() === 'true,true,false,false,false';
    });
    const status = page.locator('#last-event');
    await expectTrue('no review-filter-change before any user action', async () =>
      (await status.textContent()).includes('No filter change yet'),
    );

    await list.getByRole('checkbox', { name: '3 stars', exact: true }).click({ timeout });
    await expectTrue('the app shows the review-filter-change event with the new ratings', async () => {
      await page.waitForFunction(
        () => document.querySelector('#last-event')?.textContent?.includes('review-filter-change #1: ratings [1,2,3]'),
        null,
        { timeout },
      );
      return true;
    });

    // Let the reload the filter change started settle, then check accessibility of the whole page.
    await list.getByRole('article').first().waitFor({ timeout });
    // Evaluated through the DevTools protocol, not a <script> tag: the strict CSP of the HTML page stays intact.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.body, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target?.join(' ')}`);
    });
    for (const v of violations) problems.push(`axe: ${v}`);
    const text = (await status.textContent()).replace(/\s+/g, ' ').trim();
    if (!problems.length) console.log(`    ${name}: "${text}"`);
  } catch (e) {
    problems.push(e.message.split('\n')[0]);
  } finally {
    await page.close();
    await server.close();
  }
  return problems;
}

function typeCheck() {
  try {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'examples/tsconfig.json'],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return [];
  } catch (e) {
    return (e.stdout || e.message).trim().split('\n');
  }
}

const started = Date.now();
if (!only.length) record('types: examples type-check against dist/types/jsx.d.ts and vue.d.ts', typeCheck());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
try {
  for (const name of names) {
    if (!EXAMPLES[name]) {
      record(name, [`unknown example (one of ${Object.keys(EXAMPLES).join(', ')})`]);
      continue;
    }
    record(`example: ${name}`, await checkExample(browser, name));
  }
} finally {
  await browser.close();
}
const failed = results.filter((r) => r.problems.length).length;
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
