/**
 * web-test-runner launcher for WebKit: Debian's WebKitWebDriver with its MiniBrowser, over W3C WebDriver
 * (scripts/webdriver.mjs, no webdriverio). One window, one test file at a time. Its `type` is 'webdriver', so
 * `sendKeys` from @web/test-runner-commands reaches `sendKeys()` below (real key events, as in the other engines).
 */
import { engineVersion } from './browsers.mjs';
import { startWebKitDriver, WebDriverSession } from './webdriver.mjs';

class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency = 1;
  #driver;
  #session;
  #starting;
  #urls = new Map();

  async initialize() {
    this.name = engineVersion('webkit').replace('WebKitGTK', 'WebKit');
  }

  async #ensure() {
    this.#starting ??= (async () => {
      this.#driver = await startWebKitDriver();
      this.#session = await WebDriverSession.create(this.#driver.url, { width: 800, height: 600 });
    })();
    await this.#starting;
    return this.#session;
  }

  async stop() {
    await this.#session?.delete();
    await this.#driver?.close();
    this.#session = this.#driver = this.#starting = undefined;
  }

  async startSession(id, url) {
    const session = await this.#ensure();
    this.#urls.set(id, url);
    await session.navigate(url);
  }

  isActive(id) {
    return this.#urls.has(id);
  }

  getBrowserUrl(id) {
    return this.#urls.get(id);
  }

  async stopSession(id) {
    const session = await this.#ensure();
    await session.releaseActions();
    // Navigate away so no timer or request of the finished file runs on.
    await session.navigate('about:blank').catch(() => {});
    this.#urls.delete(id);
    return {};
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported for WebKit here: use `npm run test:watch` (Chromium).');
  }

  /** Called by @web/test-runner-commands' sendKeys: `keys` is ["Enter"] for press, or the characters for type. */
  async sendKeys(_id, keys) {
    const session = await this.#ensure();
    if (keys.length === 1) await session.keys(keys);
    else await session.type(keys.join(''));
  }

  async sendMouseMove(_id, x, y) {
    await (await this.#ensure()).pointer([{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }]);
  }

  async sendMouseClick(_id, x, y, button = 'left') {
    const b = { left: 0, middle: 1, right: 2 }[button] ?? 0;
    await (
      await this.#ensure()
    ).pointer([
      { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
      { type: 'pointerDown', button: b },
      { type: 'pointerUp', button: b },
    ]);
  }

  async sendMouseDown(_id, button = 'left') {
    await (await this.#ensure()).pointer([{ type: 'pointerDown', button: { left: 0, middle: 1, right: 2 }[button] }]);
  }

  async sendMouseUp(_id, button = 'left') {
    await (await this.#ensure()).pointer([{ type: 'pointerUp', button: { left: 0, middle: 1, right: 2 }[button] }]);
  }

  async resetMouse() {
    await (await this.#ensure()).releaseActions();
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
