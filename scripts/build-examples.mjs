/**
 * Builds every framework example in examples/<framework>/ into examples/<framework>/dist/ with esbuild (Svelte
 * components are compiled with svelte/compiler first). The examples import the kit by its package name, which
 * resolves to this package's own build (dist/): run `npm run build` first (done here when dist/ is missing).
 * The plain-HTML example needs no build: it loads dist/cdn/seller-review-kit.js itself.
 *
 * Usage: node scripts/build-examples.mjs [react|vue|angular|svelte ...]
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');

/** Compiles `.svelte` files with the Svelte 5 compiler (client output; TypeScript in <script lang="ts">). */
const sveltePlugin = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { compile } = await import('svelte/compiler');
      const source = readFileSync(args.path, 'utf8');
      const filename = relative(root, args.path);
      try {
        const { js, warnings } = compile(source, { filename, generate: 'client', dev: false });
        return {
          contents: `${js.code}\n//# sourceMappingURL=${js.map.toUrl()}`,
          loader: 'js',
          resolveDir: dirname(args.path),
          warnings: warnings.map((w) => ({ text: `${w.code}: ${w.message}`, location: locationOf(w, filename) })),
        };
      } catch (e) {
        return { errors: [{ text: e.message, location: locationOf(e, filename) }] };
      }
    });
  },
};
const locationOf = (w, file) => (w.start ? { file, line: w.start.line, column: w.start.column } : { file });

/** One entry per framework; everything else is shared. */
const EXAMPLES = {
  react: { entry: 'main.tsx' },
  vue: {
    entry: 'main.ts',
    // The full build compiles string templates in the browser; the bare `vue` entry has no template compiler.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  },
  angular: { entry: 'main.ts' },
  svelte: { entry: 'main.ts', plugins: [sveltePlugin], conditions: ['svelte', 'browser'] },
};

export async function buildExample(name) {
  const config = EXAMPLES[name];
  if (!config) throw new Error(`Unknown example "${name}" (one of ${Object.keys(EXAMPLES).join(', ')}).`);
  const dir = join(examplesDir, name);
  const outdir = join(dir, 'dist');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { main: join(dir, config.entry) },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    tsconfig: join(examplesDir, 'tsconfig.json'),
    alias: config.alias ?? {},
    conditions: config.conditions ?? [],
    plugins: config.plugins ?? [],
    define: { 'process.env.NODE_ENV': '"production"', ...(config.define ?? {}) },
    // Rollup's hoisted `import './chunks/x.js'` lines in dist/ are only preload hints; esbuild rightly drops them.
    logOverride: { 'ignored-bare-import': 'silent' },
    logLevel: 'warning',
    metafile: true,
  });
  copyFileSync(join(dir, 'index.html'), join(outdir, 'index.html'));
  const bytes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .reduce((sum, [, o]) => sum + o.bytes, 0);
  return { name, outdir, bytes };
}

export function ensureLibraryBuild() {
  const needed = ['dist/index.js', 'dist/define.js', 'dist/cdn/seller-review-kit.js', 'dist/types/jsx.d.ts'];
  if (needed.every((f) => existsSync(join(root, f)))) return;
  console.log('build-examples: dist/ is missing or incomplete; running `npm run build` first.');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(EXAMPLES);
  ensureLibraryBuild();
  for (const name of names) {
    const t0 = performance.now();
    const { outdir, bytes } = await buildExample(name);
    const ms = Math.round(performance.now() - t0);
    console.log(`built ${relative(root, outdir)}/ (${(bytes / 1024).toFixed(0)} KiB of JS, ${ms} ms)`);
  }
}
