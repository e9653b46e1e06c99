#!/usr/bin/env node
/* global window, document */
/**
 * Strict CSP check: serves test/csp/ (a page with no inline script or style) beside the built CDN module
 * (dist/cdn/, built first when missing) with
 *   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * opens it in headless Chromium, lets all four widgets render from `<review-kit-provider demo>`, interacts
 * (opens the contact dialog from a review and on its own, types a comment and a feedback reply, expands the
 * Account Health tiles) and fails on any CSP violation (the page's `securitypolicyviolation` listener and the
 * console), any page error, or a widget that did not render.
 * Usage: node scripts/csp-check.mjs
 */
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

if (!existsSync(join(root, 'dist/cdn/seller-review-kit.js'))) {
  console.log('dist/cdn/seller-review-kit.js is missing: building…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const dir = await mkdtemp(join(tmpdir(), 'srk-csp-'));
await cp(join(root, 'dist/cdn'), dir, { recursive: true });
await cp(join(root, 'test/csp'), dir, { recursive: true });
const server = await serve(dir, { 'Content-Security-Policy': CSP });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });

const problems = [];
const consoleViolations = [];
const steps = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text)) consoleViolations.push(text);
    else if (m.type() === 'error') problems.push(`console error: ${text}`);
  });
  const response = await page.goto(`${server.url}/index.html`);
  if (response.headers()['content-security-policy'] !== CSP) problems.push('the page was not served with the CSP');
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 20_000 });

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

  await step('review-list renders reviews', () => page.locator('review-list article[data-id]').first().waitFor(T));
  await step('feedback-table renders rows', () => page.locator('feedback-table tr[data-id]').first().waitFor(T));
  await step('account-health-tiles renders tiles', () =>
    page.locator('account-health-tiles section.tile').first().waitFor(T),
  );

  await step('review-list: Contact customer opens the dialog, Escape closes it', async () => {
    // Critical reviews first (the first page of all reviews may hold none that is eligible).
    await page.locator('review-list').getByRole('checkbox', { name: '1 star', exact: true }).check(T);
    await page.locator('review-list').getByRole('checkbox', { name: '2 stars', exact: true }).check(T);
    await page.locator('review-list').getByRole('button', { name: 'Contact customer' }).first().click(T);
    await page.locator('review-list contact-customer-dialog dialog[open] .mail').waitFor(T);
    await page
      .getByRole('radio', { name: /Customer support/ })
      .first()
      .check(T);
    await page.keyboard.press('Escape');
    await page.locator('review-list contact-customer-dialog dialog[open]').waitFor({ state: 'detached', ...T });
  });

  await step('contact-customer-dialog on its own shows the template', async () => {
    await page.evaluate(() => {
      const d = document.querySelector('body > main contact-customer-dialog');
      d.show(window.__criticalReview);
    });
    await page
      .locator('review-kit-provider > contact-customer-dialog dialog[open]')
      .locator('.mail, .ineligible')
      .first()
      .waitFor(T);
    await page.keyboard.press('Escape');
  });

  await step('review-list: type a public comment (lint findings render)', async () => {
    await page.locator('review-list').getByRole('button', { name: 'Comment', exact: true }).first().click(T);
    const box = page.locator('review-list textarea').first();
    await box.fill('Thanks! Email me at help@example.com or see https://example.com 😊');
    await page.locator('review-list .finding').first().waitFor(T);
  });

  await step('feedback-table: type a public reply', async () => {
    await page.locator('feedback-table').getByRole('button', { name: 'Post a public reply' }).first().click(T);
    const box = page.locator('feedback-table textarea').first();
    await box.fill('We are sorry; please update your feedback after the refund.');
    await page.locator('feedback-table .finding').first().waitFor(T);
  });

  await step('account-health-tiles: expand every tile', async () => {
    const buttons = page.locator('account-health-tiles').getByRole('button', { name: 'View details' });
    for (let i = 0, n = await buttons.count(); i < n; i++) await buttons.nth(i).click(T);
    await page.locator('account-health-tiles [part~=details]:not([hidden])').first().waitFor(T);
  });

  await page.waitForTimeout(300);
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
  console.log(`CSP: ${CSP}`);
  console.log(steps.join('\n'));
  console.log(
    `rendered: ${counts.reviews} reviews, ${counts.feedback} feedback rows, ${counts.tiles} tiles; ` +
      `${violations.length} securitypolicyviolation events, ${consoleSeen} CSP console messages`,
  );
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

if (problems.length) {
  console.log(`FAIL:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('OK: all four widgets ran under the strict CSP with zero violations');
