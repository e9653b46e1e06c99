/**
 * Checks that the published CDN module still renders every widget after template minification
 * (scripts/minify-templates.mjs): serves dist/cdn, opens a page with `<review-kit-provider demo>` around the four
 * widgets in headless Chromium, and waits for each one's content; then opens a review comment composer (the lazily
 * loaded linter) and checks a finding appears. Fails on any console error or page error.
 * Usage: `npm run build && node scripts/minify-templates.check.mjs [--dist dir]`.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const i = process.argv.indexOf('--dist');
const root = join(i > 0 ? process.argv[i + 1] : 'dist', 'cdn');
const page = `<!doctype html><meta charset="utf-8"><title>CDN check</title>
<script type="module" src="/seller-review-kit.js"></script>
<review-kit-provider demo>
  <account-health-tiles></account-health-tiles>
  <review-list></review-list>
  <feedback-table></feedback-table>
  <contact-customer-dialog></contact-customer-dialog>
</review-kit-provider>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
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
  const p = await browser.newPage();
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await p.goto(url);
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
} finally {
  await browser.close();
  server.close();
}
for (const e of errors) console.log(`console error: ${e}`);
process.exit(failed || errors.length ? 1 : 0);
