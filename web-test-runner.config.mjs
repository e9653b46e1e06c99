import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

/** Unit and component tests, all in headless Chromium. `--files` narrows the run. */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
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
