/**
 * What every browser benchmark shares: the production build of an entry in `bench/` (esbuild, minified, Lit in
 * production mode), a static server for it, headless Chromium from Debian, fresh pages that collect page errors,
 * and the median. Used by `bench.mjs`, `bench-portfolio.mjs` and `bench-accounts.mjs`.
 */
/* global window */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `--name value` from argv, or `dflt`. */
export const option = (args, name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

/**
 * Builds `bench/<entry>.ts` into a temporary folder with a page around it, serves it and starts Chromium.
 * `style` is the page's CSS; `jsFlags` extra V8 flags (e.g. `--expose-gc`).
 * Returns `{ browser, url, open(globalName), close() }`: `open` makes a fresh context and page, waits for
 * `window[globalName]`, and collects page errors and console errors in `errors`.
 */
export async function benchPage({ entry, style = 'body{margin:0;font:14px system-ui}#stage{width:1200px}', jsFlags }) {
  const dir = await mkdtemp(join(tmpdir(), `srk-${entry}-`));
  await build({
    entryPoints: [join(root, 'bench', `${entry}.ts`)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    splitting: true,
    outdir: dir,
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${basename(entry)}</title>
<style>${style}</style></head>
<body><div id="stage"></div><script type="module" src="./${basename(entry)}.js"></script></body></html>`,
  );
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: jsFlags ? [...chromiumArgs, `--js-flags=${jsFlags}`] : chromiumArgs,
  });
  return {
    browser,
    url: `${server.url}/index.html`,
    async open(globalName) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction((name) => name in window, globalName);
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
