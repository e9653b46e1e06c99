import { readFileSync } from 'node:fs';

/** Settings of the custom-elements manifest (`npm run analyze`, checked fresh in CI). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/test-helpers/**', 'src/**/test-helpers.ts'],
  litelement: true,
  // package.json names the manifest already; don't let the analyzer rewrite it (the freshness check writes elsewhere).
  packagejson: false,
  // The analyzer globs asynchronously and its output depends on the order it meets the files in (a module was
  // sometimes left out): read them in a fixed order, so the manifest is the same on every run.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
