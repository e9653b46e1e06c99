/** Settings of the custom-elements manifest (`npm run analyze`, checked fresh in CI). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/test-helpers/**', 'src/**/test-helpers.ts'],
  litelement: true,
  // package.json names the manifest already; don't let the analyzer rewrite it (the freshness check writes elsewhere).
  packagejson: false,
};
