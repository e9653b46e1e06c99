#!/usr/bin/env node
/* global window, document, fetch */
/**
 * Strict CSP check: serves test/csp/ (a page with no inline script or style) beside the built CDN module
 * (dist/cdn/, built first when missing) with
 *   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * opens it in headless Chromium, Firefox and/or WebKit (scripts/pages.mjs: the same steps in each), lets all four widgets render from `<review-kit-provider demo>`, interacts
 * (opens the contact dialog from a review and on its own, types a comment and a feedback reply, expands the
 * Account Health tiles) and fails on any CSP violation (the page's `securitypolicyviolation` listener and the
 * console), any page error, or a widget that did not render.
 * Usage: node scripts/csp-check.mjs [--engines chromium,firefox,webkit|all]   (default: chromium)
 */
import { execSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enginesFromArgs } from './browsers.mjs';
import { launch } from './pages.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const engines = enginesFromArgs();

if (!existsSync(join(root, 'dist/cdn/seller-review-kit.js'))) {
  console.log('dist/cdn/seller-review-kit.js is missing: building…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const dir = await mkdtemp(join(tmpdir(), 'srk-csp-'));
await cp(join(root, 'dist/cdn'), dir, { recursive: true });
await cp(join(root, 'test/csp'), dir, { recursive: true });
const server = await serve(dir, { 'Content-Security-Policy': CSP }, { probe: true });

/** Runs every step in one engine; resolves to its problems. */
async function checkEngine(engine) {
  const problems = [];
  const consoleViolations = [];
  const steps = [];
  const browser = await launch(engine);
  try {
    const page = await browser.newPage({ width: 1280, height: 1000 });
    // A CSP report is a console message in Chromium, a page error in Firefox (over BiDi): both count as CSP.
    const isCsp = (text) => /Content[ -]Security[ -]Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text);
    page.onPageError((m) => (isCsp(m) ? consoleViolations.push(m) : problems.push(`page error: ${m}`)));
    page.onConsole((type, text) => {
      if (isCsp(text)) consoleViolations.push(text);
      else if (type === 'error') problems.push(`console error: ${text}`);
    });
    const head = await fetch(`${server.url}/index.html`);
    if (head.headers.get('content-security-policy') !== CSP) problems.push('the page was not served with the CSP');
    await page.goto(`${server.url}/index.html`);
    await page.waitFor(() => window.__ready === true, null, { timeout: 20_000, what: 'window.__ready' });

    const step = async (name, fn) => {
      try {
        await fn();
        steps.push(`ok   ${name}`);
      } catch (e) {
        steps.push(`FAIL ${name}`);
        problems.push(`${name}: ${e.message.split('\n')[0]}`);
      }
    };
    const T = { timeout: 10_000 };
    const reviews = ['review-list'];

    await step('review-list renders reviews', () => page.waitForElement(['review-list', 'article[data-id]'], T));
    await step('feedback-table renders rows', () => page.waitForElement(['feedback-table', 'tr[data-id]'], T));
    await step('account-health-tiles renders tiles', () =>
      page.waitForElement(['account-health-tiles', 'section.tile'], T),
    );

    await step('review-list: Contact customer opens the dialog, Escape closes it', async () => {
      // Critical reviews first (the first page of all reviews may hold none that is eligible).
      await page.check({ within: reviews, role: 'checkbox', name: '1 star', exact: true }, T);
      await page.check({ within: reviews, role: 'checkbox', name: '2 stars', exact: true }, T);
      await page.click({ within: reviews, role: 'button', name: 'Contact customer' }, T);
      await page.waitForElement(['review-list', 'contact-customer-dialog', 'dialog[open]', '.mail'], T);
      await page.check(
        {
          within: ['review-list', 'contact-customer-dialog'],
          role: 'radio',
          name: { source: 'Customer support', flags: '' },
        },
        T,
      );
      await page.press('Escape');
      await page.waitForGone(['review-list', 'contact-customer-dialog', 'dialog[open]'], T);
    });

    await step('contact-customer-dialog on its own shows the template', async () => {
      await page.evaluate(() => {
        const d = document.querySelector('body > main contact-customer-dialog');
        d.show(window.__criticalReview);
      });
      await page.waitForElement(
        ['review-kit-provider > contact-customer-dialog', 'dialog[open]', '.mail, .ineligible'],
        T,
      );
      await page.press('Escape');
    });

    await step('review-list: type a public comment (lint findings render)', async () => {
      await page.click({ within: reviews, role: 'button', name: 'Comment', exact: true }, T);
      await page.click(['review-list', 'textarea'], T);
      await page.type('Thanks! Email me at help@example.com or see https://example.com 😊');
      await page.waitForElement(['review-list', '.finding'], T);
    });

    await step('feedback-table: type a public reply', async () => {
      await page.click({ within: ['feedback-table'], role: 'button', name: 'Post a public reply' }, T);
      await page.click(['feedback-table', 'textarea'], T);
      await page.type('We are sorry; please update your feedback after the refund.');
      await page.waitForElement(['feedback-table', '.finding'], T);
    });

    await step('account-health-tiles: expand every tile', async () => {
      const details = { within: ['account-health-tiles'], role: 'button', name: 'View details' };
      const n = await page.waitForElement(details, T);
      for (let i = 0; i < n; i++) await page.click(details, { ...T, index: i });
      await page.waitForElement(['account-health-tiles', '[part~=details]:not([hidden])'], T);
    });

    await new Promise((r) => setTimeout(r, 300));
    await page.flush();
    const violations = await page.evaluate(() => window.__violations);
    for (const v of violations) problems.push(`CSP violation: ${JSON.stringify(v)}`);
    const consoleSeen = consoleViolations.length;
    for (const c of consoleViolations) problems.push(`CSP console: ${c}`);
    // Self-check: a deliberate inline style attribute must be reported, or the listener proves nothing.
    const caught = await page.evaluate(async () => {
      const before = window.__violations.length;
      document.querySelector('h1').setAttribute('style', 'outline: 1px solid red');
      await new Promise((r) => setTimeout(r, 200));
      return window.__violations.length - before;
    });
    if (caught < 1) problems.push('self-check: a deliberate inline style raised no securitypolicyviolation event');
    steps.push(`${caught >= 1 ? 'ok  ' : 'FAIL'} self-check: a deliberate inline style is reported (${caught})`);
    const counts = await page.evaluate(() => ({
      reviews: document.querySelector('review-list').shadowRoot.querySelectorAll('article[data-id]').length,
      feedback: document.querySelector('feedback-table').shadowRoot.querySelectorAll('tr[data-id]').length,
      tiles: document.querySelector('account-health-tiles').shadowRoot.querySelectorAll('section.tile').length,
    }));
    await page.close();
    console.log(`\n[${engine}] ${browser.version}`);
    console.log(steps.join('\n'));
    console.log(
      `rendered: ${counts.reviews} reviews, ${counts.feedback} feedback rows, ${counts.tiles} tiles; ` +
        `${violations.length} securitypolicyviolation events, ${consoleSeen} CSP console messages`,
    );
  } catch (e) {
    problems.push(`did not run: ${e.message.split('\n')[0]}`);
  } finally {
    await browser.close();
  }
  for (const path of server.missing.splice(0)) problems.push(`HTTP 404: ${path}`);
  return problems;
}

const results = [];
try {
  console.log(`CSP: ${CSP}`);
  for (const engine of engines) {
    const started = Date.now();
    const problems = await checkEngine(engine);
    results.push({ engine, problems, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    if (problems.length) console.log(`FAIL [${engine}]:\n- ${problems.join('\n- ')}`);
    else console.log(`OK [${engine}]: all four widgets ran under the strict CSP with zero violations`);
  }
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

const failed = results.filter((r) => r.problems.length).length;
console.log(`\n${results.map((r) => `${r.engine}: ${r.problems.length ? 'FAIL' : 'ok'} (${r.seconds} s)`).join(', ')}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
