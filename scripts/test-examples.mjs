/* global window, document */
/**
 * Opens every example app (examples/<framework>/dist/, built by scripts/build-examples.mjs, and the plain-HTML
 * page over dist/cdn/) in headless Chromium, Firefox and/or WebKit (scripts/pages.mjs: the same checks in each) and
 * checks, in each:
 * - the kit rendered inside the app: the "Customer Service Performance" tile of <account-health-tiles> and at
 *   least one review (an article) in <review-list>, so the adapter set by the app reached the elements;
 * - the rich property set by the app arrived as a property: `ratings = [1, 2]` checks "1 star" and "2 stars";
 * - no event before any user action, then one click on "3 stars" makes the app itself (outside the kit) show
 *   `review-filter-change #1: ratings [1,2,3]`;
 * - no page error, no console error, no missing file, no axe (WCAG 2.2 AA) violation;
 * - the plain-HTML page runs under a strict Content-Security-Policy (no inline script or style allowed).
 * Also type-checks the React and Vue examples against the generated JSX / Vue declarations (examples/tsconfig.json).
 *
 * Usage: node scripts/test-examples.mjs [framework ...] [--engines chromium,firefox,webkit|all]   (default: chromium;
 * build first: node scripts/build-examples.mjs)
 * Prints "N passed, M failed" as its last line; exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enginesFromArgs, withoutEngineArgs } from './browsers.mjs';
import { launch } from './pages.mjs';
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

const engines = enginesFromArgs();
const only = withoutEngineArgs();
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

  const server = await serve(dir, config.headers ?? {}, { probe: true });
  const page = await browser.newPage({ width: 1280, height: 1000 });
  page.onPageError((m) => problems.push(`page error: ${m}`));
  page.onConsole((type, text) => {
    if (type === 'error') problems.push(`console error: ${text}`);
  });
  try {
    await page.goto(server.url + config.page);
    const timeout = 15_000;
    const list = ['review-list'];
    const star = (n) => ({ within: list, role: 'checkbox', name: n === 1 ? '1 star' : `${n} stars`, exact: true });

    await expectTrue('account-health-tiles shows the "Customer Service Performance" tile', () =>
      page.waitForElement({ role: 'region', name: 'Customer Service Performance' }, { timeout }),
    );
    await expectTrue('review-list shows at least one review', () =>
      page.waitForElement({ within: list, role: 'article' }, { timeout }),
    );
    await expectTrue('the rich property ratings=[1,2] checked "1 star" and "2 stars" only', async () => {
      const checked = await page.evaluate(
        (targets) => targets.map((t) => window.__probe.byRole(t.within, t.role, t.name, t.exact)[0]?.checked),
        [1, 2, 3, 4, 5].map(star),
      );
      return checked.join() === 'true,true,false,false,false';
    });
    await expectTrue('no review-filter-change before any user action', () =>
      page.evaluate(() => document.querySelector('#last-event')?.textContent?.includes('No filter change yet')),
    );

    await page.click(star(3), { timeout });
    await expectTrue('the app shows the review-filter-change event with the new ratings', () =>
      page.waitFor(
        () => document.querySelector('#last-event')?.textContent?.includes('review-filter-change #1: ratings [1,2,3]'),
        null,
        { timeout, what: 'the event in #last-event' },
      ),
    );

    // Let the reload the filter change started settle, then check accessibility of the whole page.
    await page.waitForElement({ within: list, role: 'article' }, { timeout });
    // Evaluated through the automation protocol, not a <script> tag: the strict CSP of the HTML page stays intact.
    await page.addSource(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.body, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target?.join(' ')}`);
    });
    for (const v of violations) problems.push(`axe: ${v}`);
    const text = await page.evaluate(() =>
      document.querySelector('#last-event').textContent.replace(/\s+/g, ' ').trim(),
    );
    if (!problems.length) console.log(`    ${name}: "${text}"`);
  } catch (e) {
    problems.push(e.message.split('\n')[0]);
  } finally {
    await page.flush();
    await page.close();
    await server.close();
  }
  for (const path of server.missing) problems.push(`HTTP 404: ${path}`);
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
for (const engine of engines) {
  const browser = await launch(engine);
  console.log(`[${engine}] ${browser.version}`);
  try {
    for (const name of names) {
      if (!EXAMPLES[name]) {
        record(name, [`unknown example (one of ${Object.keys(EXAMPLES).join(', ')})`]);
        continue;
      }
      record(`example: ${name} [${engine}]`, await checkExample(browser, name));
    }
  } finally {
    await browser.close();
  }
}
const failed = results.filter((r) => r.problems.length).length;
console.log(`(${engines.join(', ')}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
