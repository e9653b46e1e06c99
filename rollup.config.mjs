import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplatesRollup } from './scripts/minify-templates.mjs';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS } from './scripts/elements.mjs';

/**
 * Three builds:
 * - the library (dist/): one module per entry (one `define/<tag>.js` per tag of src/elements.ts), Lit and @lit/*
 *   external, shared chunks, locales as lazy chunks; src/styles/themes.css is copied beside it (dist/themes.css);
 * - the CDN module (dist/cdn/seller-review-kit.js): one self-contained, minified file that registers every tag
 *   and exports the public API, Lit bundled with its production build. Locales and importers stay lazy chunks;
 * - the CDN registration module (dist/cdn/define.js): registers every tag, exports nothing, Lit bundled; its own
 *   lazy chunks (`define-*.js`), independent of the other CDN module's.
 * All collapse the line-break whitespace of Lit `html`/`css` templates (scripts/minify-templates.mjs).
 */
const tags = ELEMENT_TAGS;

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

/**
 * Chunk file names: `<prefix><name>-<hash>.js`, where a chunk whose facade is a folder's `index.ts` is named after the
 * folder (`importers-…`, not `index-…`), so a lazy chunk's name says what it is (check-size lists them by name).
 */
export const chunkName = (prefix) => (chunk) => {
  const m = /[\\/]([\w-]+)[\\/]index\.ts$/.exec(chunk.facadeModuleId ?? '');
  return `${prefix}${m ? m[1] : '[name]'}-[hash].js`;
};

export const external = (id) =>
  /^(lit|@lit\/context|@lit\/task|@lit\/reactive-element|lit-html|lit-element|msw)(\/|$)/.test(id);

/** A self-contained CDN module `dist/cdn/<name>.js` (Lit bundled), its lazy chunks named `<name>-*.js` beside it. */
function cdnBuild(input, name, { exportsNothing = false } = {}) {
  return {
    input,
    // The API module lets its entry also export what lazy chunks (locales, importers) need, rather than a facade +
    // shared chunk; the registration module must export nothing (SPEC §2), so it is a facade over a shared chunk.
    preserveEntrySignatures: exportsNothing ? 'strict' : 'allow-extension',
    treeshake,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: `${name}.js`,
      chunkFileNames: chunkName(`${name}-`),
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      esbuild(esbuildOptions),
      minifyTemplatesRollup(),
      terser(terserOptions),
    ],
  };
}

/** Copies src/styles/themes.css to dist/themes.css (the documented, shipped theme presets). */
const copyThemes = () => ({
  name: 'copy-themes',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'themes.css', source: readFileSync('src/styles/themes.css', 'utf8') });
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      policy: 'src/policy/index.ts',
      importers: 'src/importers/index.ts',
      mocks: 'src/mocks/index.ts',
      server: 'src/server.ts',
      // Server only (SPEC §9): never in the CDN modules.
      amazon: 'src/amazon/index.ts',
      ...Object.fromEntries(tags.map((t) => [`define/${t}`, `src/define/${t}.ts`])),
    },
    external,
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkName('chunks/'),
      sourcemap: true,
    },
    plugins: [...libraryPlugins(), copyThemes()],
  },
  cdnBuild('src/cdn.ts', 'seller-review-kit'),
  // A page that only shows the widgets: no exports, so rollup may drop what only the public API uses.
  cdnBuild('src/cdn-define.ts', 'define', { exportsNothing: true }),
];
