/* global window, document */
/**
 * Opens every story of the static Storybook build in headless Chromium, Firefox and/or WebKit and fails on any
 * page error, console error, missing file, failed render or failed play function, and on any axe (WCAG 2.2 AA)
 * violation in the rendered story. The same checks in every engine (scripts/pages.mjs, scripts/probe.js).
 * Usage: node scripts/run-stories.mjs [storybook-static] [--filter text] [--engines chromium,firefox,webkit|all]
 * (default: chromium; ENGINES=… in the environment works too)
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { enginesFromArgs, withoutEngineArgs } from './browsers.mjs';
import { launch } from './pages.mjs';
import { serve } from './static-server.mjs';

const engines = enginesFromArgs();
const args = withoutEngineArgs();
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--filter') ?? 'storybook-static';
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : '';
if (!existsSync(`${dir}/index.json`)) {
  console.error(`${dir}/index.json not found: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));

const summary = [];
let failedTotal = 0;
let passedTotal = 0;

/** Opens every story in one engine; resolves to its counts. */
async function runEngine(engine) {
  const started = Date.now();
  // A server per engine, so each engine's missing files are its own.
  const server = await serve(dir, {}, { probe: true });
  const browser = await launch(engine);
  console.log(`[${engine}] ${browser.version}`);
  const failures = [];
  for (const story of stories) {
    const page = await browser.newPage({ width: 1200, height: 900 });
    const problems = [];
    page.onPageError((m) => problems.push(`page error: ${m}`));
    page.onConsole((type, text) => {
      if (type === 'error' && !text.startsWith('Failed to load resource')) problems.push(`console error: ${text}`);
    });
    const missingBefore = server.missing.length;
    try {
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitFor(() => window.__storyOutcome !== null, null, { timeout: 15_000, what: 'the story to render' });
      const outcome = await page.evaluate(() => window.__storyOutcome);
      if (outcome.kind !== 'rendered') problems.push(`${outcome.kind}: ${outcome.detail}`);
      // Let tasks settle (stories with latency or never-resolving adapters stay in their loading state).
      await new Promise((r) => setTimeout(r, 300));
      await page.addSource(axeSource);
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
    await page.flush();
    await page.close();
    // A missing asset is a broken build; API errors are what failure stories are about.
    for (const path of server.missing.slice(missingBefore))
      if (!path.startsWith('/api/')) problems.push(`HTTP 404: ${path}`);
    if (problems.length) failures.push({ id: story.id, problems });
    console.log(
      `${problems.length ? '✗' : '✓'} [${engine}] ${story.id}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`,
    );
  }
  await browser.close();
  await server.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passed = stories.length - failures.length;
  return { engine, passed, failed: failures.length, seconds };
}

// Engines run side by side (each opens its stories one at a time): their browsers wait on the page as often as
// they compute, so two engines on two cores take little longer than one.
const results = await Promise.all(engines.map(runEngine));
for (const r of results) {
  summary.push(`${r.engine}: ${r.passed} passed, ${r.failed} failed (${stories.length} stories, ${r.seconds} s)`);
  passedTotal += r.passed;
  failedTotal += r.failed;
}

console.log(`\nStories in ${engines.join(', ')}:\n  ${summary.join('\n  ')}`);
console.log(`${passedTotal} passed, ${failedTotal} failed`);
process.exit(failedTotal || stories.length === 0 ? 1 : 0);
