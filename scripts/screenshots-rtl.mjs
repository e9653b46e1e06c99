/* global document, getComputedStyle */
/**
 * Screenshots of every element in Arabic (issue 20): an `<html lang="ar">` page with no `dir` attribute, demo data,
 * at 360 px and 1280 px wide, in Debian's Chromium with Debian's Noto fonts. Writes screenshots/rtl/<element>-<w>.png
 * (git-ignored) and prints, per shot, whether anything sticks out of the page horizontally.
 *   node scripts/screenshots-rtl.mjs [locale]   (default ar; any UI locale works)
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const locale = process.argv[2] ?? 'ar';
const out = join(root, 'screenshots', 'rtl');
mkdirSync(out, { recursive: true });

const entry = `
import '${root}src/define.ts';
import { createMemoryAdapter } from '${root}src/data/memory-adapter.ts';
import { sampleAccounts } from '${root}src/components/account-portfolio/sample-accounts.ts';
import { review } from '${root}src/components/contact-customer-dialog/test-helpers/fixtures.ts';
const NOW = new Date('2026-11-20T12:00:00.000Z');
const memory = () => createMemoryAdapter({ seed: 5, now: NOW,
  session: { permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'edit' } } });
const name = new URLSearchParams(location.search).get('el');
const p = document.createElement('review-kit-provider');
p.now = NOW;
p.setAttribute('locale', ${JSON.stringify(locale)});
if (name === 'report-file-drop') p.reports = true;
else {
  p.adapter = name === 'account-portfolio' ? { ...memory(), listAccounts: () => Promise.resolve(sampleAccounts(6)) } : memory();
  const el = document.createElement(name);
  if (name === 'contact-customer-dialog') { el.review = review(); el.setAttribute('open', ''); }
  p.append(el);
}
document.body.append(p);
`;
const dir = mkdtempSync(join(tmpdir(), 'srk-rtl-'));
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: dir,
  entryNames: 'page',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 12px; font-family: 'Noto Sans Arabic', 'Noto Sans', sans-serif; }</style>
</head><body><script type="module" src="/page.js"></script></body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return;
  }
  try {
    const body = readFileSync(join(dir, path));
    res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const elements = [
  'review-list',
  'feedback-table',
  'account-health-tiles',
  'contact-customer-dialog',
  'account-portfolio',
  'report-file-drop',
];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const name of elements) {
      await page.goto(`${base}?el=${name}`);
      await page.waitForTimeout(1500);
      const report = await page.evaluate(() => ({
        dir: getComputedStyle(document.body).direction,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const over = report.scrollWidth > report.clientWidth ? `OVERFLOW ${report.scrollWidth}px` : 'no overflow';
      console.log(`${name} @${width}: ${over} → ${file.slice(root.length)}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
