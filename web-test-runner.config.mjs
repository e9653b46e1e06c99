import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs, enginesFromArgs } from './scripts/browsers.mjs';
import { firefoxLauncher } from './scripts/wtr-firefox.mjs';
import { webkitLauncher } from './scripts/wtr-webkit.mjs';
import { failureSummaryReporter } from './scripts/wtr-failure-summary.mjs';

/**
 * Unit and component tests. `npm test` runs them in headless Chromium (with coverage); ENGINES=firefox,
 * ENGINES=webkit or ENGINES=all picks the engines (`npm run test:engines` runs each in turn). `--files` narrows.
 * - chromium: Debian's chromium over CDP (puppeteer-core);
 * - firefox: Debian's firefox-esr over WebDriver BiDi (puppeteer-core, `browser: 'firefox'`);
 * - webkit: Debian's WebKitWebDriver + MiniBrowser over W3C WebDriver (scripts/wtr-webkit.mjs), on Xvfb.
 */
const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } }),
  firefox: () => firefoxLauncher(),
  webkit: () => webkitLauncher(),
};

const engines = enginesFromArgs([]);

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The tests' `@open-wc/testing` is test/support/open-wc-testing.ts: the same module with waitUntil waiting up
    // to 5 s by default, not 1 s (a wait for a state, never a speed check; 1 s failed under load in CI).
    {
      name: 'open-wc-testing-wait',
      resolveImport({ source, context }) {
        if (source === '@open-wc/testing' && !context.path.endsWith('/test/support/open-wc-testing.ts')) {
          return '/test/support/open-wc-testing.ts';
        }
        return undefined;
      },
    },
  ],
  browsers: engines.map((engine) => launchers[engine]()),
  // Failures are printed as each file finishes and repeated, with their errors, as the run's last lines.
  reporters: [defaultReporter(), failureSummaryReporter()],
  concurrency: 1,
  testsFinishTimeout: 300_000,
  // Opening a test page took over the default 30 s in Firefox on a loaded 2-core machine (a failed file, no test run).
  browserStartTimeout: 120_000,
  // WebKit's axe runs and lazy locale loads take about twice as long as Chromium's.
  testFramework: { config: { timeout: engines.includes('webkit') ? 20_000 : 10_000 } },
  middleware: [
    function mswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
    // The sourced lint corpora present on disk (test/lint-corpus-sourced.test.ts scores every heldout-*.jsonl).
    function sourcedCorpusIndex(context, next) {
      if (context.url !== '/__lint-corpus-sourced.json') return next();
      context.type = 'application/json';
      context.body = JSON.stringify(
        readdirSync(new URL('./test/lint-corpus/sourced/', import.meta.url)).filter((f) => f.endsWith('.jsonl')),
      );
      return undefined;
    },
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/test-helpers/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    // Issue 9: at least 90 % of lines and branches of src/ are covered; the run fails below.
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
  },
};
