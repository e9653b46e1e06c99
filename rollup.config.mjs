import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplatesRollup } from './scripts/minify-templates.mjs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Two builds:
 * - the library (dist/): one module per entry, Lit and @lit/* external, shared chunks, locales as lazy chunks;
 * - the CDN module (dist/cdn/seller-review-kit.js): one self-contained, minified file that registers every tag
 *   and exports the public API, Lit bundled with its production build. Locales and importers stay lazy chunks.
 * Both collapse the line-break whitespace of Lit `html`/`css` templates (scripts/minify-templates.mjs).
 */
const tags = [
  'review-kit-provider',
  'review-list',
  'contact-customer-dialog',
  'feedback-table',
  'account-health-tiles',
  'report-file-drop',
];

const esbuildOptions = { target: 'es2022', tsconfig: './tsconfig.json', minify: false, legalComments: 'none' };
const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** The library build's plugins (also used by scripts/check-size.mjs, so it measures what is published). */
export const libraryPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild(esbuildOptions),
  minifyTemplatesRollup(),
  terser(terserOptions),
];

/**
 * Tree-shaking as package.json `sideEffects` declares it: only the `define` modules have import-time effects (they
 * register tags), so an unused module (say the linter, reached through the policy barrel) is dropped even when its
 * top level calls `Object.freeze` or `new RegExp`. The same rule a user's bundler applies to the published files.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
export const treeshake = {
  moduleSideEffects: (id, isExternal) => {
    if (isExternal) return true;
    const path = relative(root, id).replaceAll('\\', '/');
    // Paths are relative to this file, so a checkout under some other "src" folder changes nothing.
    return !path.startsWith('src/') || /^src\/(define|cdn)\b/.test(path);
  },
};

export const external = (id) =>
  /^(lit|@lit\/context|@lit\/task|@lit\/reactive-element|lit-html|lit-element|msw)(\/|$)/.test(id);

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      policy: 'src/policy/index.ts',
      importers: 'src/importers/index.ts',
      mocks: 'src/mocks/index.ts',
      ...Object.fromEntries(tags.map((t) => [`define/${t}`, `src/define/${t}.ts`])),
    },
    external,
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: libraryPlugins(),
  },
  {
    input: 'src/cdn.ts',
    // Let the entry itself export what lazy chunks (locales, importers) need, rather than a facade + shared chunk.
    preserveEntrySignatures: 'allow-extension',
    treeshake,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'seller-review-kit.js',
      chunkFileNames: 'seller-review-kit-[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      esbuild(esbuildOptions),
      minifyTemplatesRollup(),
      terser(terserOptions),
    ],
  },
];
