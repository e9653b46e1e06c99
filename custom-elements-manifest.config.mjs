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
  plugins: [publicApiOnly()],
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true)),
};

/**
 * Keeps only the public API in each class's members, which Storybook's properties table and the generated editor
 * data are made from (issue 21): drops private, protected and static members and every member marked `@internal`
 * in its own class or in a class it extends (an override, or a field the analyzer found as a constructor
 * assignment, inherits the mark). Attributes and events are left as written.
 */
function publicApiOnly() {
  /** `Class.member` for every member whose JSDoc has `@internal`. */
  const internal = new Set();
  return {
    name: 'seller-review-kit:public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!member.name || !ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal')) continue;
        internal.add(`${node.name.text}.${member.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map(
        customElementsManifest.modules
          .flatMap((m) => m.declarations ?? [])
          .filter((d) => d.kind === 'class')
          .map((d) => [d.name, d]),
      );
      const isInternal = (cls, name) => {
        for (let c = cls, seen = 0; c && seen < 20; c = classes.get(c.superclass?.name), seen++)
          if (internal.has(`${c.name}.${name}`)) return true;
        return false;
      };
      for (const d of classes.values()) {
        if (!d.members) continue;
        d.members = d.members.filter(
          (m) =>
            !m.static &&
            (m.privacy ?? 'public') === 'public' &&
            !isInternal(d, m.name) &&
            !(m.inheritedFrom && isInternal(classes.get(m.inheritedFrom.name), m.name)),
        );
      }
    },
  };
}
