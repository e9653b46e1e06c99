/**
 * Checks that both published CDN modules still work after template minification (scripts/minify-templates.mjs):
 * serves dist/cdn and, for `seller-review-kit.js` (the whole API) and `define.js` (registrations only), opens a page
 * with `<review-kit-provider demo>` around the four widgets in headless Chromium; checks every tag of
 * src/elements.ts is registered (and that define.js exports nothing, seller-review-kit.js the API), waits for each
 * widget's content, then opens a review comment composer (the lazily loaded linter) and checks a finding appears.
 * Fails on any console error, page error or failed request.
 * Usage: `npm run build && node scripts/minify-templates.check.mjs [--dist dir]`.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { ELEMENT_TAGS } from './elements.mjs';

const i = process.argv.indexOf('--dist');
const root = join(i > 0 ? process.argv[i + 1] : 'dist', 'cdn');
const MODULES = ['seller-review-kit.js', 'define.js'];
const page = (module) => `<!doctype html><meta charset="utf-8"><title>CDN check</title>
<script type="module" src="/${module}"></script>
<review-kit-provider demo>
  <account-health-tiles></account-health-tiles>
  <review-list></review-list>
  <feedback-table></feedback-table>
  <contact-customer-dialog></contact-customer-dialog>
</review-kit-provider>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path.startsWith('/page/'))
    return res.writeHead(200, { 'content-type': 'text/html' }).end(page(path.slice('/page/'.length)));
  if (path === '/favicon.ico') return res.writeHead(204).end();
  try {
    const body = await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const errors = [];
let failed = false;
try {
  for (const module of MODULES) await checkModule(module);
} finally {
  await browser.close();
  server.close();
}

/** Opens the page that loads `/<module>` and runs every check on it. */
async function checkModule(module) {
  console.log(`-- ${module}`);
  const p = await browser.newPage();
  p.on('console', (m) => m.type() === 'error' && errors.push(`${module}: ${m.text()}`));
  p.on('pageerror', (e) => errors.push(`${module}: ${String(e)}`));
  p.on('response', (r) => r.status() >= 400 && errors.push(`${module}: ${r.status()} ${r.url()}`));
  await p.goto(`${url}page/${module}`);
  try {
    await p.waitForFunction((tags) => tags.every((t) => globalThis.customElements.get(t)), ELEMENT_TAGS, {
      timeout: 10_000,
    });
    console.log(`ok   registers every tag (${ELEMENT_TAGS.length})`);
  } catch {
    failed = true;
    const missing = await p.evaluate((tags) => tags.filter((t) => !globalThis.customElements.get(t)), ELEMENT_TAGS);
    console.log(`FAIL tags not registered: ${missing.join(', ')}`);
  }
  const exported = await p.evaluate(async (m) => Object.keys(await import(`/${m}`)).length, module);
  const exportsOk = module === 'define.js' ? exported === 0 : exported > 0;
  if (!exportsOk) failed = true;
  console.log(`${exportsOk ? 'ok  ' : 'FAIL'} exports ${exported} names`);
  const checks = {
    'account-health-tiles': (r) =>
      r.querySelectorAll('section, article, li').length > 0 && !r.querySelector('.skeleton'),
    'review-list': (r) => r.querySelectorAll('article[data-id]').length > 0,
    'feedback-table': (r) => r.querySelectorAll('tbody tr').length > 0,
    'contact-customer-dialog': (r) => !!r.querySelector('dialog'),
  };
  for (const [tag, check] of Object.entries(checks)) {
    try {
      await p.waitForFunction(
        ([t, src]) => {
          const r = globalThis.document.querySelector(t)?.shadowRoot;
          return !!r && new Function('r', `return (${src})(r)`)(r);
        },
        [tag, check.toString()],
        { timeout: 10_000 },
      );
      console.log(`ok   ${tag} renders`);
    } catch {
      failed = true;
      console.log(`FAIL ${tag} did not render`);
    }
  }
  // The composer loads the linter chunk; an e-mail address must give a finding.
  try {
    await p.locator('review-list').getByRole('button', { name: 'Comment', exact: true }).first().click();
    await p
      .locator('review-list')
      .getByRole('textbox', { name: 'Public comment on this review' })
      .fill('Mail me at a@b.co');
    await p.locator('review-list .finding').first().waitFor({ timeout: 10_000 });
    console.log('ok   review-list composer lints (lazy linter chunk)');
  } catch (e) {
    failed = true;
    console.log(`FAIL review-list composer: ${e.message.split('\n')[0]}`);
  }
  await p.close();
}

for (const e of errors) console.log(`console error: ${e}`);
process.exit(failed || errors.length ? 1 : 0);
