/**
 * custom-elements.json lists only the public API (issue 21): Storybook's properties table, the React/Vue types and
 * the editors' data are made from it. No member marked `@internal` in the source — in its own class or in a class
 * it extends (an override keeps the mark) — and no private, protected or static member is in any element's
 * members, and no `@internal` name is among its attributes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** Every `.ts` source file under src/ (tests, stories and test helpers aside). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test-helpers' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.(test|stories)\.ts$|test-helpers\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Class name → { superclass name, names of its members marked `@internal` }, from the source. */
const classes = new Map();
for (const file of sources(join(root, 'src'))) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      const ext = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      const internal = node.members
        .filter((m) => m.name && ts.getJSDocTags(m).some((t) => t.tagName.text === 'internal'))
        .map((m) => m.name.getText(sf));
      classes.set(node.name.text, { superclass: ext?.expression.getText(sf), internal, file: relative(root, file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** The `@internal` member names of a class and every class it extends. */
function internalOf(name) {
  const out = new Set();
  for (let c = classes.get(name); c; c = classes.get(c.superclass)) c.internal.forEach((n) => out.add(n));
  return out;
}

const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('the source marks internals (the check below has something to check)', () => {
  assert.ok(internalOf('FeedbackTable').has('strings'), 'KitElement.strings is @internal');
  assert.ok(internalOf('FeedbackTable').has('i18n'), 'KitElement.i18n is @internal');
  assert.ok(internalOf('FeedbackTable').has('lifecycle'));
  assert.ok(elements.length >= 7, `${elements.length} elements in the manifest`);
});

for (const d of elements) {
  test(`<${d.tagName}>: no @internal, private, protected or static member in the manifest`, () => {
    const internal = internalOf(d.name);
    const members = d.members ?? [];
    assert.deepEqual(
      members.filter((m) => internal.has(m.name)).map((m) => m.name),
      [],
      `@internal members of ${d.name} in custom-elements.json`,
    );
    assert.deepEqual(
      members.filter((m) => m.static || (m.privacy ?? 'public') !== 'public').map((m) => m.name),
      [],
      `non-public members of ${d.name} in custom-elements.json`,
    );
    assert.deepEqual(
      (d.attributes ?? []).filter((a) => internal.has(a.fieldName ?? a.name)).map((a) => a.name),
      [],
      `attributes of @internal fields of ${d.name}`,
    );
  });
}
