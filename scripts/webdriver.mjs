/* global fetch */
/**
 * A minimal W3C WebDriver client (plain HTTP, no dependency) for WebKitGTK's WebKitWebDriver: start the driver on
 * a free port, open a MiniBrowser session, navigate, run scripts, send key and pointer actions.
 * Used by the WebKit launcher of web-test-runner (scripts/wtr-webkit.mjs) and by scripts/pages.mjs.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureDisplay, miniBrowserPath, webkitDriverPath } from './browsers.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver key codes for the key names the tests and scripts use (the W3C "normalised key values"). */
const KEYS = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

/** One key name ("Enter", "Shift+Tab", "a") as a WebDriver key action sequence. */
export function keyActions(name) {
  const parts = name.length > 1 && name.includes('+') ? name.split('+') : [name];
  const values = parts.map((p) => KEYS[p] ?? p);
  return [
    ...values.map((value) => ({ type: 'keyDown', value })),
    ...values.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

/** Text as a WebDriver key action sequence, one grapheme at a time. */
export function textActions(text) {
  const graphemes = [...new Intl.Segmenter().segment(text)].map((s) => s.segment);
  return graphemes.flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
}

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts WebKitWebDriver (and Xvfb when there is no display) on a free port. Resolves to { url, close }. */
export async function startWebKitDriver() {
  const display = await ensureDisplay();
  const port = await freePort();
  const child = spawn(webkitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display.display },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || i > 100) {
      child.kill();
      await display.close();
      throw new Error(`WebKitWebDriver did not start: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async close() {
      child.kill();
      await display.close();
    },
  };
}

export class WebDriverError extends Error {}

/** One WebDriver session: `await WebDriverSession.create(driverUrl)` opens a MiniBrowser. */
export class WebDriverSession {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(driverUrl, { width = 1280, height = 1000 } = {}) {
    const body = {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
          unhandledPromptBehavior: 'dismiss',
        },
      },
    };
    const r = await send(`${driverUrl}/session`, 'POST', body);
    const session = new WebDriverSession(driverUrl, r.sessionId, r.capabilities);
    await session.cmd('POST', '/window/rect', { width, height }).catch(() => {});
    return session;
  }

  get version() {
    return this.capabilities?.browserVersion ?? '';
  }

  cmd(method, path, body) {
    return send(`${this.base}/session/${this.id}${path}`, method, body);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  /** Runs `script` (a function body; `arguments[i]` are `args`) and returns its JSON-able result. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs `script` as a function body whose last argument is the callback to call with the result. */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  async keys(names) {
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: names.flatMap(keyActions) }],
    });
  }

  async type(text) {
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: textActions(text) }] });
  }

  async pointer(actions) {
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  async click(x, y) {
    await this.pointer([
      { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  releaseActions() {
    return this.cmd('DELETE', '/actions').catch(() => {});
  }

  async delete() {
    await this.cmd('DELETE', '').catch(() => {});
  }
}

export function isElementReference(v) {
  return v && typeof v === 'object' && ELEMENT in v;
}

async function send(url, method, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${url}: HTTP ${res.status} ${text.slice(0, 200)}`);
  }
  if (!res.ok || json?.value?.error) {
    const v = json.value ?? {};
    throw new WebDriverError(`${method} ${new URL(url).pathname}: ${v.error ?? res.status}: ${v.message ?? text}`);
  }
  return json.value;
}
