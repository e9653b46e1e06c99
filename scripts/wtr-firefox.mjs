/**
 * web-test-runner launcher for Firefox: Debian's firefox-esr over WebDriver BiDi with puppeteer-core (what
 * @web/test-runner-puppeteer does, without the `puppeteer` package and its browser download).
 * One difference from Chromium is the tool's, not the engine's: puppeteer's BiDi keyboard knows the space bar as
 * " " only, not by its code "Space" as its CDP keyboard does, so sendKeys({ press: 'Space' }) is passed on as " ".
 */
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { firefoxPath, firefoxPrefs } from './browsers.mjs';

const ALIASES = { Space: ' ' };

class FirefoxLauncher extends ChromeLauncher {
  getPage(sessionId) {
    const page = super.getPage(sessionId);
    const keyboard = page.keyboard;
    if (!keyboard.__aliased) {
      keyboard.__aliased = true;
      for (const method of ['press', 'down', 'up']) {
        const original = keyboard[method].bind(keyboard);
        keyboard[method] = (key, ...rest) => original(ALIASES[key] ?? key, ...rest);
      }
    }
    return page;
  }
}

export function firefoxLauncher() {
  return new FirefoxLauncher(
    { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: firefoxPrefs },
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteerCore,
  );
}
