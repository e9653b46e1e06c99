/**
 * Makes sure the browsers for the given engines are there (default: chromium; `--engines all` for the three):
 * CHROME_PATH / FIREFOX_PATH / WEBKIT_WEBDRIVER + MINIBROWSER_PATH, or Debian's packages. On a Debian machine where
 * we are root it installs the missing packages with apt-get (chromium; firefox-esr; webkit2gtk-driver, xvfb,
 * xauth); elsewhere it says what to do. No browser is ever downloaded by a test tool.
 * Usage: node scripts/ensure-browsers.mjs [--engines chromium,firefox,webkit|all]
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGES, enginePath, enginesFromArgs } from './browsers.mjs';

const engines = enginesFromArgs();
const missing = [];
for (const engine of engines) {
  try {
    enginePath(engine);
    if (engine === 'webkit' && !process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) throw new Error('no Xvfb');
  } catch {
    missing.push(engine);
  }
}
if (missing.length) {
  const packages = missing.flatMap((e) => DEBIAN_PACKAGES[e]);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Missing ${missing.join(', ')}: installing Debian's ${packages.join(' ')}…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `The tests need ${missing.join(', ')}. Install ${packages.join(' ')} (Debian/Ubuntu: \`sudo apt-get install ${packages.join(' ')}\`), ` +
        'or set CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER and MINIBROWSER_PATH.',
    );
    process.exit(1);
  }
}
