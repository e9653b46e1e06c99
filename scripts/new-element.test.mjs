/**
 * `npm run new:element` (scripts/new-element.mjs), run on a temporary copy of the files it reads and edits: the names
 * it generates, every locale present, the registry/define/index/aggregator edits, the refusals, and that every
 * generated TypeScript file parses; the last test copies src/ and runs `tsc --noEmit` on the result (about 20 s on an
 * idle 2-core machine; the quick checks run in under a second).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { plan, pascal, camel } from './new-element.mjs';
import { readElementTags } from './elements.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const TAG = 'order-notes';

/** A temporary root with what the generator reads (or, `full`, all of src/ and what tsc needs). */
function copy(full = false) {
  const root = mkdtempSync(join(tmpdir(), 'srk-new-element-'));
  const files = full
    ? ['src', 'test', 'tsconfig.json', '.prettierrc.json']
    : ['src/elements.ts', 'src/define.ts', 'src/index.ts', 'src/i18n/locales', 'src/i18n/types.ts', '.prettierrc.json'];
  if (!full && existsSync(join(repo, 'src/i18n/keys.ts'))) files.push('src/i18n/keys.ts');
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    cpSync(join(repo, f), join(root, f), { recursive: true });
  }
  mkdirSync(join(root, 'src/components'), { recursive: true });
  if (full) symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** The locales as the i18n module declares them (an independent source from the aggregator folder). */
const declaredLocales = () =>
  [
    .../LOCALES\s*=\s*\[([^\]]*)\]/.exec(readFileSync(join(repo, 'src/i18n/types.ts'), 'utf8'))[1].matchAll(/'(\w+)'/g),
  ].map((m) => m[1]);

test('names: class, camel-case identifier', () => {
  assert.equal(pascal('order-notes'), 'OrderNotes');
  assert.equal(pascal('a-b2-c'), 'AB2C');
  assert.equal(camel('order-notes'), 'orderNotes');
});

test('plans the element folder, define module, every locale and the registry edits', async () => {
  const root = copy();
  try {
    const files = await plan(root, TAG);
    const byPath = new Map(files.map(([p, c]) => [p, c]));
    for (const ext of ['ts', 'styles.ts', 'events.ts', 'test.ts', 'stories.ts'])
      assert.ok(byPath.has(`src/components/${TAG}/${TAG}.${ext}`), `${TAG}.${ext}`);

    const element = byPath.get(`src/components/${TAG}/${TAG}.ts`);
    assert.match(element, /export class OrderNotes extends KitElement/);
    assert.match(element, /@tag order-notes/);
    assert.match(element, /static override strings = \[\.\.\.KitElement\.strings, orderNotesStrings\]/);
    assert.match(byPath.get(`src/components/${TAG}/${TAG}.events.ts`), /'order-notes-change': OrderNotesChangeEvent/);

    const define = byPath.get(`src/define/${TAG}.ts`);
    assert.match(define, /register\('order-notes', OrderNotes\)/);
    assert.match(define, /'order-notes': OrderNotes;/);

    // Every locale the kit declares: a string table with the title key, and its aggregator spreading it.
    const locales = declaredLocales();
    assert.ok(locales.length >= 6);
    for (const lang of locales) {
      assert.match(byPath.get(`src/i18n/${lang}/${TAG}.ts`) ?? '', /'order-notes\.title': 'OrderNotes'/, lang);
      const agg = byPath.get(`src/i18n/locales/${lang}.ts`) ?? '';
      assert.match(agg, new RegExp(`import orderNotes from '../${lang}/order-notes.js';`), lang);
      assert.match(agg, /\.\.\.orderNotes,/, lang);
    }

    assert.deepEqual(readElementTags(byPath.get('src/elements.ts')).slice(-1), [TAG]);
    assert.deepEqual(
      readElementTags(byPath.get('src/elements.ts')).slice(0, -1),
      readElementTags(readFileSync(join(repo, 'src/elements.ts'), 'utf8')),
    );
    assert.match(byPath.get('src/define.ts'), /import \{ OrderNotes \} from '\.\/define\/order-notes\.js';/);
    assert.match(byPath.get('src/define.ts'), /'order-notes': OrderNotes,\n\} satisfies Record<ElementTag/);
    assert.match(
      byPath.get('src/index.ts'),
      /export \{ OrderNotes \} from '\.\/components\/order-notes\/order-notes\.js';/,
    );
    assert.match(byPath.get('src/index.ts'), /export \* from '\.\/components\/order-notes\/order-notes\.events\.js';/);

    // Typed message keys, where the kit has them: the new English table's keys join the union.
    if (existsSync(join(repo, 'src/i18n/keys.ts'))) {
      const keys = byPath.get('src/i18n/keys.ts') ?? '';
      assert.match(keys, /import type orderNotes from '\.\/en\/order-notes\.js';/);
      assert.match(keys, /\| keyof typeof orderNotes;/);
    }

    // Every TypeScript file parses.
    for (const [path, content] of files) {
      if (!path.endsWith('.ts')) continue;
      const out = ts.transpileModule(content, {
        fileName: path,
        reportDiagnostics: true,
        compilerOptions: { target: ts.ScriptTarget.ES2022, experimentalDecorators: true },
      });
      assert.deepEqual(
        out.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        [],
        path,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('refuses a bad name and a tag that exists', async () => {
  const root = copy();
  try {
    await assert.rejects(plan(root, 'Orders'), /not a custom element name/);
    await assert.rejects(plan(root, 'orders'), /not a custom element name/);
    await assert.rejects(plan(root, 'review-list'), /already in src\/elements\.ts/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--dry-run writes nothing; a real run writes, and a second run refuses', () => {
  const root = copy();
  const cli = join(repo, 'scripts/new-element.mjs');
  try {
    const before = readFileSync(join(root, 'src/elements.ts'), 'utf8');
    const dry = execFileSync(process.execPath, [cli, TAG, '--dry-run', '--root', root], { encoding: 'utf8' });
    assert.match(dry, /would write src\/components\/order-notes\/order-notes\.ts/);
    assert.match(dry, /Left to do by hand:/);
    assert.equal(readFileSync(join(root, 'src/elements.ts'), 'utf8'), before);
    assert.ok(!existsSync(join(root, 'src/components', TAG)));

    execFileSync(process.execPath, [cli, TAG, '--root', root], { encoding: 'utf8' });
    assert.ok(existsSync(join(root, `src/components/${TAG}/${TAG}.stories.ts`)));
    assert.ok(readElementTags(readFileSync(join(root, 'src/elements.ts'), 'utf8')).includes(TAG));
    assert.throws(() => execFileSync(process.execPath, [cli, TAG, '--root', root], { stdio: 'pipe' }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the generated element typechecks with the kit', async () => {
  const root = copy(true);
  try {
    for (const [path, content] of await plan(root, TAG)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], {
      cwd: root,
      stdio: 'pipe',
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
