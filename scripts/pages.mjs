/* global window, document */
/**
 * One small page API over the three engines, for the page checks (stories, examples, strict CSP):
 * - chromium: playwright-core with Debian's chromium (CDP);
 * - firefox: puppeteer-core with Debian's firefox-esr (WebDriver BiDi);
 * - webkit: W3C WebDriver to Debian's WebKitWebDriver + MiniBrowser (scripts/webdriver.mjs).
 * Every check runs the same code in the page (scripts/probe.js, served first into each HTML page by
 * static-server.mjs) and clicks and types with the engine's real input events, so the assertions are identical
 * across engines. Page errors and console errors: the engine's own events in Chromium and Firefox; the probe's
 * record (uncaught errors, unhandled rejections, console.error) in WebKit, whose classic WebDriver has none.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, engineVersion, firefoxPath, firefoxPrefs } from './browsers.mjs';
import { startWebKitDriver, WebDriverSession } from './webdriver.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens `engine`; resolves to { engine, version, newPage({ width, height }), close() }. */
export async function launch(engine) {
  const version = engineVersion(engine);
  if (engine === 'chromium') {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
    return {
      engine,
      version,
      newPage: async (viewport) => new DevtoolsPage(await browser.newPage({ viewport })),
      close: () => browser.close(),
    };
  }
  if (engine === 'firefox') {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: firefoxPrefs,
    });
    return {
      engine,
      version,
      newPage: async (viewport) => {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        return new DevtoolsPage(page);
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    let session;
    try {
      session = await WebDriverSession.create(driver.url);
    } catch (e) {
      await driver.close();
      throw e;
    }
    return {
      engine,
      version,
      newPage: async (viewport) => {
        const page = new WebDriverPage(session);
        await page.setViewport(viewport);
        return page;
      },
      close: async () => {
        await session.delete();
        await driver.close();
      },
    };
  }
  throw new Error(`Unknown engine ${engine}`);
}

class BasePage {
  #errorHandlers = [];
  #consoleHandlers = [];
  /** `cb(message)` for each uncaught error or unhandled rejection. */
  onPageError(cb) {
    this.#errorHandlers.push(cb);
  }
  /** `cb(type, text)` for each console message ('error' for console.error and the engine's own errors). */
  onConsole(cb) {
    this.#consoleHandlers.push(cb);
  }
  emitError(message) {
    for (const cb of this.#errorHandlers) cb(message);
  }
  emitConsole(type, text) {
    for (const cb of this.#consoleHandlers) cb(type, text);
  }
  /** Delivers what the page recorded that the engine cannot report by itself (WebKit). */
  async flush() {}

  /** Polls `fn(arg)` in the page until it returns a truthy value; resolves to that value. */
  async waitFor(fn, arg, { timeout = 10_000, interval = 100, what } = {}) {
    const end = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        const v = await this.evaluate(fn, arg);
        if (v) return v;
      } catch (e) {
        lastError = e;
      }
      if (Date.now() > end)
        throw new Error(
          `Timeout ${timeout} ms waiting for ${what ?? String(fn).slice(0, 120)}${lastError ? ` (${lastError.message.split('\n')[0]})` : ''}`,
        );
      await sleep(interval);
    }
  }

  /** Waits for an element (a probe.find chain, or { role, name, exact, within }) and resolves to its count. */
  waitForElement(target, opts = {}) {
    return this.waitFor(
      (t) => {
        const els = t.role ? window.__probe.byRole(t.within ?? [], t.role, t.name, t.exact) : window.__probe.find(t);
        return els.filter((el) => window.__probe.visible(el)).length;
      },
      target,
      { what: JSON.stringify(target), ...opts },
    );
  }

  /** Waits until no element matches (a probe.find chain). */
  waitForGone(chain, opts = {}) {
    return this.waitFor((c) => window.__probe.find(c).length === 0, chain, {
      what: `no ${JSON.stringify(chain)}`,
      ...opts,
    });
  }

  /** Clicks the `index`th element matching `target` (as in waitForElement) with a real mouse click. */
  async click(target, { index = 0, timeout = 10_000, onlyIf } = {}) {
    await this.waitForElement(target, { timeout });
    const at = await this.evaluate(
      ({ t, index, onlyIf }) => {
        const els = t.role ? window.__probe.byRole(t.within ?? [], t.role, t.name, t.exact) : window.__probe.find(t);
        const el = els[index];
        if (!el) return null;
        if (onlyIf === 'unchecked' && el.checked) return 'skip';
        return window.__probe.point(el);
      },
      { t: target, index, onlyIf },
    );
    if (at === null) throw new Error(`No element ${index} for ${JSON.stringify(target)}`);
    if (at !== 'skip') await this.mouseClick(at.x, at.y);
  }

  /** Like Playwright's check(): clicks the checkbox or radio unless it is checked already. */
  check(target, opts = {}) {
    return this.click(target, { ...opts, onlyIf: 'unchecked' });
  }
}

/**
 * A Playwright (Chromium) or puppeteer-core (Firefox over WebDriver BiDi) page: both libraries name these calls and
 * events alike.
 */
class DevtoolsPage extends BasePage {
  constructor(page) {
    super();
    this.page = page;
    page.on('pageerror', (e) => this.emitError(e.message));
    page.on('console', (m) => this.emitConsole(m.type(), m.text()));
  }
  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  /** Runs a script's source (axe) in the page without a <script> tag: CSPs stay intact. */
  async addSource(source) {
    await this.page.evaluate(source);
  }
  mouseClick(x, y) {
    return this.page.mouse.click(x, y);
  }
  press(key) {
    return this.page.keyboard.press(key);
  }
  type(text) {
    return this.page.keyboard.type(text);
  }
  /** Resizes the viewport (CSS pixels): Playwright's setViewportSize, puppeteer's setViewport. */
  setViewport({ width, height }) {
    return this.page.setViewportSize
      ? this.page.setViewportSize({ width, height })
      : this.page.setViewport({ width, height });
  }
  /** A PNG of the page from its top, `maxHeight` CSS pixels at most (beyond the viewport), written to `path`. */
  async screenshot(path, { maxHeight = 2400 } = {}) {
    const size = await this.page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.scrollingElement.scrollHeight,
    }));
    const clip = { x: 0, y: 0, width: size.width, height: Math.min(size.height, maxHeight) };
    // Playwright takes the clip over the full page; puppeteer (Firefox) needs captureBeyondViewport for that.
    const beyond = this.page.setViewportSize ? { fullPage: true } : { captureBeyondViewport: true };
    await this.page.screenshot({ path, clip, ...beyond });
  }
  close() {
    return this.page.close();
  }
}

class WebDriverPage extends BasePage {
  constructor(session) {
    super();
    this.session = session;
  }
  async goto(url) {
    await this.session.navigate(url);
  }
  async flush() {
    const entries = await this.session
      .execute('const l = window.__probeLog ?? []; return l.splice(0, l.length);')
      .catch(() => []);
    for (const e of entries) {
      if (e.kind === 'pageerror') this.emitError(e.text);
      else this.emitConsole('error', e.text);
    }
  }
  async evaluate(fn, arg) {
    const r = await this.session.executeAsync(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn})(arguments[0])).then(
         (value) => done({ value: value === undefined ? null : value }),
         (e) => done({ error: String(e && e.stack || e) }));`,
      [arg ?? null],
    );
    if (r?.error) throw new Error(r.error);
    return r?.value;
  }
  async addSource(source) {
    await this.session.execute(`${source}\n;return true;`);
  }
  mouseClick(x, y) {
    return this.session.click(x, y);
  }
  press(key) {
    return this.session.keys([key]);
  }
  type(text) {
    return this.session.type(text);
  }
  /**
   * WebDriver sizes the window, not the viewport: the window is grown by what its frame takes, so the page's
   * `innerWidth` is `width` (the checks read `innerWidth`, never this number). WebKitGTK resizes after the
   * command returns, so the page's size is read once it has settled: a size read mid-resize once made the frame
   * look negative and shrank the window to its minimum.
   */
  async setViewport({ width, height }) {
    let rect = { width, height };
    let before = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.session.cmd('POST', '/window/rect', rect).catch(() => {});
      const inner = await this.#settledSize(width, height);
      if (!inner || (inner[0] === width && inner[1] === height)) return;
      // A window at its limit: asking again changes nothing (the limit is remembered for the next time).
      const limited = width < this.session.narrowest && inner[1] === height;
      if (limited || (before && inner[0] === before[0] && inner[1] === before[1])) {
        if (inner[0] > width) this.session.narrowest = Math.min(this.session.narrowest ?? Infinity, inner[0]);
        return;
      }
      before = inner;
      // What the frame takes (never negative: a window that stops above `width` keeps its narrowest size).
      rect = {
        width: width + Math.max(0, rect.width - inner[0]),
        height: height + Math.max(0, rect.height - inner[1]),
      };
    }
  }
  /** The page's inner size once it is the one asked for or has not changed for 150 ms (at most 2 s). */
  async #settledSize(width, height) {
    const read = () => this.session.execute('return [window.innerWidth, window.innerHeight];').catch(() => null);
    let last = await read();
    let steady = 0;
    for (const until = Date.now() + 2000; Date.now() < until;) {
      if (!last || (last[0] === width && last[1] === height)) return last;
      await new Promise((r) => setTimeout(r, 50));
      const now = await read();
      steady = now && now[0] === last[0] && now[1] === last[1] ? steady + 1 : 0;
      last = now;
      if (steady >= 3) return last;
    }
    return last;
  }
  /** A PNG of the viewport (classic WebDriver has no full-page screenshot) written to `path`. */
  async screenshot(path) {
    const data = await this.session.cmd('GET', '/screenshot');
    writeFileSync(path, Buffer.from(data, 'base64'));
  }
  async close() {
    await this.flush();
    await this.session.releaseActions();
    await this.session.navigate('about:blank').catch(() => {});
  }
}
