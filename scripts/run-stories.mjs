/* global window, document */
/**
 * Opens every story of the static Storybook build in headless Chromium and fails on any page error, console
 * error, failed render or failed play function, and on any axe (WCAG 2.2 AA) violation in the rendered story.
 * Usage: node scripts/run-stories.mjs [storybook-static] [--filter text]
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumPath, chromiumArgs } from './chromium.mjs';
import { serve } from './static-server.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'storybook-static';
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : '';
if (!existsSync(`${dir}/index.json`)) {
  console.error(`${dir}/index.json not found: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));

const server = await serve(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
const failures = [];
const started = Date.now();

// Storybook's channel is assigned to window early; trap the assignment to hear render outcomes.
const initScript = () => {
  window.__storyOutcome = null;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(v) {
      channel = v;
      const done = (kind) => (detail) => {
        if (!window.__storyOutcome || kind !== 'rendered')
          window.__storyOutcome = { kind, detail: String(detail?.description ?? detail?.message ?? detail ?? '') };
      };
      v.on('storyRendered', done('rendered'));
      v.on('storyErrored', done('errored'));
      v.on('storyThrewException', done('exception'));
      v.on('playFunctionThrewException', done('play-failed'));
      v.on('storyMissing', done('missing'));
    },
  });
};

for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(initScript);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    // A missing asset is a broken build; API errors are what failure stories are about.
    if (r.status() === 404 && !new URL(r.url()).pathname.startsWith('/api/')) problems.push(`HTTP 404: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`);
  });
  try {
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__storyOutcome !== null, null, { timeout: 15_000 });
    const outcome = await page.evaluate(() => window.__storyOutcome);
    if (outcome.kind !== 'rendered') problems.push(`${outcome.kind}: ${outcome.detail}`);
    // Let tasks settle (stories with latency or never-resolving adapters stay in their loading state).
    await page.waitForTimeout(300);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('#storybook-root') ?? document.body, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target?.join(' ')}`);
    });
    for (const v of violations) problems.push(`axe: ${v}`);
  } catch (e) {
    problems.push(`did not render: ${e.message.split('\n')[0]}`);
  }
  await page.close();
  if (problems.length) failures.push({ id: story.id, problems });
  console.log(`${problems.length ? '✗' : '✓'} ${story.id}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
}

await browser.close();
await server.close();
const passed = stories.length - failures.length;
console.log(`\nStories: ${stories.length} opened in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length || stories.length === 0 ? 1 : 0);
