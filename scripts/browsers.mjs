/**
 * The three engines the kit is tested in, all from Debian's packages (no tool downloads a browser):
 * - chromium: `chromium` (CHROME_PATH overrides), driven by playwright-core / puppeteer-core over CDP;
 * - firefox: `firefox-esr` (FIREFOX_PATH overrides), driven by puppeteer-core over WebDriver BiDi;
 * - webkit: `webkit2gtk-driver` — WebKitWebDriver (WEBKIT_WEBDRIVER) with its MiniBrowser (MINIBROWSER_PATH),
 *   over W3C WebDriver, on an X display (Xvfb is started when DISPLAY is unset).
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export { chromiumArgs, chromiumPath };

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The Debian packages each engine needs (what `ensure-browsers` and `.ci/run` install). */
export const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

const first = (candidates, what) => {
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error(`No ${what} found.`);
  return found;
};

export function firefoxPath() {
  return first(
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'Firefox: install Debian\'s "firefox-esr" package or set FIREFOX_PATH',
  );
}

export function webkitDriverPath() {
  return first(
    [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'],
    'WebKitWebDriver: install Debian\'s "webkit2gtk-driver" package or set WEBKIT_WEBDRIVER',
  );
}

/** Debian ships MiniBrowser beside the WebKitGTK library, in a folder named after its API version. */
export function miniBrowserPath() {
  const candidates = [process.env.MINIBROWSER_PATH];
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/libexec', '/usr/lib']) {
    if (!existsSync(lib)) continue;
    for (const d of readdirSync(lib)
      .filter((n) => /^webkit2?gtk-[0-9.]+$/.test(n))
      .sort()
      .reverse())
      candidates.push(`${lib}/${d}/MiniBrowser`);
  }
  return first(candidates, 'MiniBrowser: install Debian\'s "webkit2gtk-driver" package or set MINIBROWSER_PATH');
}

/** Firefox's arguments and preferences here: headless, no network of its own. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.update.enabled': false,
  'browser.search.update': false,
  'toolkit.telemetry.enabled': false,
  // A focused window, as in a user's browser: focus and :focus-visible behave as they do there.
  'focusmanager.testmode': true,
};

/** Checks that the engine is there; throws with what to install. */
export function enginePath(engine) {
  if (engine === 'chromium') return chromiumPath();
  if (engine === 'firefox') return firefoxPath();
  if (engine === 'webkit') return `${webkitDriverPath()} + ${miniBrowserPath()}`;
  throw new Error(`Unknown engine "${engine}" (one of ${ENGINES.join(', ')})`);
}

/** The browser's own version line, for logs and the README. */
export function engineVersion(engine) {
  try {
    const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (engine === 'chromium') return run(chromiumPath(), ['--version']).trim();
    if (engine === 'firefox') return run(firefoxPath(), ['--version']).trim();
    return `WebKitGTK ${run('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0'])
      .trim()
      .replace(/-[^-]*$/, '')}`;
  } catch {
    return `${engine} (version unknown)`;
  }
}

/**
 * Engines named by `--engine a,b` / `--engines a,b` on the command line or by ENGINES in the environment;
 * `all` means all three. Default: `fallback`.
 */
export function enginesFromArgs(argv = process.argv.slice(2), fallback = ['chromium']) {
  let raw = process.env.ENGINES ?? '';
  for (let i = 0; i < argv.length; i++) {
    const m = /^--engines?(?:=(.*))?$/.exec(argv[i]);
    if (m) raw = m[1] ?? argv[i + 1] ?? '';
  }
  if (!raw) return fallback;
  const list =
    raw === 'all'
      ? ENGINES
      : raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  for (const e of list)
    if (!ENGINES.includes(e)) throw new Error(`Unknown engine "${e}" (one of ${ENGINES.join(', ')}, all)`);
  return list;
}

/** Drops `--engine x` / `--engines=x` from argv (the scripts' other arguments stay). */
export function withoutEngineArgs(argv = process.argv.slice(2)) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (/^--engines?$/.test(argv[i])) i++;
    else if (!/^--engines?=/.test(argv[i])) out.push(argv[i]);
  }
  return out;
}

/**
 * An X display for WebKit's MiniBrowser: DISPLAY when set (a desktop, or `xvfb-run`), else a private Xvfb that
 * `close()` stops. Resolves to { display, close }.
 */
export async function ensureDisplay() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, close: async () => {} };
  if (!existsSync('/usr/bin/Xvfb')) throw new Error('WebKit needs an X display: install Debian\'s "xvfb" package.');
  const child = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return {
    display: `:${number}`,
    close: async () => {
      child.kill();
    },
  };
}
