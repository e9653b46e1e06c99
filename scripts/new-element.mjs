#!/usr/bin/env node
/**
 * `npm run new:element -- <tag> [--dry-run] [--root <dir>]`: adds a kit element the way the others are laid out.
 *
 * Writes
 * - src/components/<tag>/<tag>.ts (the element on KitElement), .styles.ts, .events.ts, .test.ts, .stories.ts;
 * - src/define/<tag>.ts (registration + HTMLElementTagNameMap);
 * - src/i18n/<lang>/<tag>.ts for every locale (English text everywhere; translators replace it);
 * and edits
 * - src/elements.ts (the tag registry: rollup and check-size read it), src/define.ts (import + registered map),
 *   src/index.ts (class and events), src/i18n/locales/<lang>.ts (every locale's aggregator) and, where it exists,
 *   src/i18n/keys.ts (the typed message keys);
 * then prints the steps no generator should do (README, manifest, translations, SPEC labels).
 *
 * `--dry-run` prints what it would write and changes nothing. `--root` works on another checkout (the tests run it
 * on a temporary copy). A small dependency-free script rather than plop 4: half the work edits existing files
 * (registry, define.ts, index.ts, six aggregators), which plop does with the same regular expressions plus
 * Handlebars templates, inquirer and ~40 packages; this file is the whole generator, tested by new-element.test.mjs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readElementTags } from './elements.mjs';

const TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

export const pascal = (tag) => tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
export const camel = (tag) => tag.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The kit's locales, from the aggregators in src/i18n/locales/ (English first). */
export function localesOf(root) {
  const dir = join(root, 'src/i18n/locales');
  const found = readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.ts$/.test(f))
    .map((f) => f.slice(0, 2));
  return ['en', ...found.filter((l) => l !== 'en').sort()];
}

/** Inserts `text` before the first match of `before` (a RegExp); throws when the anchor is gone. */
function insertBefore(source, before, text, file) {
  const m = before.exec(source);
  if (!m) throw new Error(`${file}: cannot find where to add (${before})`);
  return source.slice(0, m.index) + text + source.slice(m.index);
}

/** Formats with the repository's Prettier config, so `npm run lint` passes whatever the tag's length. */
async function format(root, files) {
  const prettier = await import('prettier');
  return Promise.all(
    files.map(async ([path, content, kind]) => {
      const options = (await prettier.resolveConfig(join(root, path))) ?? {};
      return [path, await prettier.format(content, { ...options, filepath: join(root, path) }), kind];
    }),
  );
}

/** Every file the generator writes for `tag`: [path relative to root, content, 'new' | 'edit'], formatted. */
export async function plan(root, tag) {
  if (!TAG.test(tag)) throw new Error(`"${tag}" is not a custom element name (lowercase, with a hyphen)`);
  const registry = readFileSync(join(root, 'src/elements.ts'), 'utf8');
  if (readElementTags(registry).includes(tag)) throw new Error(`<${tag}> is already in src/elements.ts`);
  if (existsSync(join(root, 'src/components', tag))) throw new Error(`src/components/${tag}/ exists`);

  const Class = pascal(tag);
  const strings = `${camel(tag)}Strings`;
  const locales = localesOf(root);
  const files = [];
  const add = (path, content) => files.push([path, content, 'new']);
  const edit = (path, fn) => files.push([path, fn(readFileSync(join(root, path), 'utf8')), 'edit']);

  add(
    `src/components/${tag}/${tag}.ts`,
    `import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import ${strings} from '../../i18n/en/${tag}.js';
import { styles } from './${tag}.styles.js';

/**
 * TODO: what this element is, and the Amazon screen it stands for.
 *
 * @summary TODO: one line for the manifest and Storybook.
 * @tag ${tag}
 * @csspart base - The wrapper around everything.
 * @csspart config-error - Shown when no adapter is in reach.
 */
export class ${Class} extends KitElement {
  static override strings = [...KitElement.strings, ${strings}];

  static override styles = [...KitElement.styles, styles];

  override render(): TemplateResult {
    if (!this.kitAdapter) return this.renderConfigError();
    return html\`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title">\${this.t('${tag}.title')}</h2>
    </section>\`;
  }
}
`,
  );
  add(
    `src/components/${tag}/${tag}.styles.ts`,
    `import { css } from 'lit';

export const styles = css\`
  h2 {
    margin: 0;
    font-size: 1.1em;
  }
\`;
`,
  );
  add(
    `src/components/${tag}/${tag}.events.ts`,
    `/**
 * Fired when TODO (detail \`{ id }\`). Bubbles and is composed, like every kit event. Fire it with
 * \`this.emit(new ${Class}ChangeEvent(id))\` and document it with \`@fires\` on the element, or delete this file
 * (and its export in src/index.ts) if the element fires no event.
 */
export class ${Class}ChangeEvent extends Event {
  static readonly eventName = '${tag}-change';
  readonly detail: { id: string };
  constructor(id: string) {
    super(${Class}ChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id };
  }
}

declare global {
  interface HTMLElementEventMap {
    '${tag}-change': ${Class}ChangeEvent;
  }
}
`,
  );
  add(
    `src/components/${tag}/${tag}.test.ts`,
    `import { expect, fixture, html } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/${tag}.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import type { ${Class} } from './${tag}.js';
import { byRole, NOW } from '../../../test/support/index.js';

async function mount(withAdapter = true): Promise<${Class}> {
  const adapter = withAdapter ? createMemoryAdapter({ now: NOW }) : null;
  const provider = await fixture(html\`<review-kit-provider .adapter=\${adapter} .now=\${NOW}>
    <${tag}></${tag}>
  </review-kit-provider>\`);
  const el = provider.querySelector('${tag}')!;
  await el.updateComplete;
  return el;
}

describe('<${tag}>', () => {
  it('shows a configuration error without an adapter', async () => {
    const el = await mount(false);
    expect(byRole(el.shadowRoot!, 'alert')).to.exist;
  });

  it('renders its region, named by its title, and is accessible', async () => {
    const el = await mount();
    expect(byRole(el.shadowRoot!, 'region', '${Class}')).to.exist;
    await expect(el).to.be.accessible();
  });
});
`,
  );
  add(
    `src/components/${tag}/${tag}.stories.ts`,
    `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';

const NOW = new Date('2026-11-20T12:00:00Z');

export default {
  title: 'Elements/${tag}',
  component: '${tag}',
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html\`<review-kit-provider .adapter=\${createMemoryAdapter({ now: NOW })} .now=\${NOW}>
      <${tag}></${tag}>
    </review-kit-provider>\`,
};
`,
  );
  add(
    `src/define/${tag}.ts`,
    `import { ${Class} } from '../components/${tag}/${tag}.js';
import { register } from './register.js';

register('${tag}', ${Class});

export { ${Class} };

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
  );
  for (const lang of locales)
    add(
      `src/i18n/${lang}/${tag}.ts`,
      `import type { Strings } from '../types.js';

${lang === 'en' ? '' : `// TODO(${lang}): translate (English placeholder written by npm run new:element).\n`}export default {
  '${tag}.title': '${Class}',
} satisfies Strings;
`,
    );

  edit('src/elements.ts', (s) => insertBefore(s, /\n\] as const;/, `\n  '${tag}',`, 'src/elements.ts'));
  edit('src/define.ts', (s) => {
    const imports = [...s.matchAll(/^import .* from '\.\/define\/[^']+';$/gm)];
    if (!imports.length) throw new Error('src/define.ts: no define imports');
    const last = imports.at(-1);
    const at = last.index + last[0].length;
    s = `${s.slice(0, at)}\nimport { ${Class} } from './define/${tag}.js';${s.slice(at)}`;
    return insertBefore(s, /\n\} satisfies Record<ElementTag/, `\n  '${tag}': ${Class},`, 'src/define.ts');
  });
  edit('src/index.ts', (s) => {
    s = insertBefore(
      s,
      /\n\n\/\/ Typed events/,
      `\nexport { ${Class} } from './components/${tag}/${tag}.js';`,
      'src/index.ts',
    );
    const events = [...s.matchAll(/^export \* from '\.\/components\/[^']+\.events\.js';$/gm)];
    if (!events.length) throw new Error('src/index.ts: no events exports');
    const last = events.at(-1);
    const at = last.index + last[0].length;
    return `${s.slice(0, at)}\nexport * from './components/${tag}/${tag}.events.js';${s.slice(at)}`;
  });
  // The typed message keys (`t()` accepts only keys of the English tables), where the kit declares them.
  if (existsSync(join(root, 'src/i18n/keys.ts')))
    edit('src/i18n/keys.ts', (s) => {
      const imports = [...s.matchAll(/^import type \w+ from '\.\/en\/[^']+';$/gm)];
      if (!imports.length) throw new Error('src/i18n/keys.ts: no English table imports');
      const last = imports.at(-1);
      const at = last.index + last[0].length;
      s = `${s.slice(0, at)}\nimport type ${camel(tag)} from './en/${tag}.js';${s.slice(at)}`;
      return s.replace(/(export type MessageKey =[^;]*);/, (_, union) => `${union}\n  | keyof typeof ${camel(tag)};`);
    });
  for (const lang of locales)
    edit(`src/i18n/locales/${lang}.ts`, (s) => {
      const imports = [...s.matchAll(/^import \w+ from '\.\.\/[a-z]{2}\/[^']+';$/gm)];
      if (!imports.length) throw new Error(`src/i18n/locales/${lang}.ts: no table imports`);
      const last = imports.at(-1);
      const at = last.index + last[0].length;
      s = `${s.slice(0, at)}\nimport ${camel(tag)} from '../${lang}/${tag}.js';${s.slice(at)}`;
      return insertBefore(s, /\n\};\nexport default strings;/, `\n  ...${camel(tag)},`, `src/i18n/locales/${lang}.ts`);
    });
  return format(root, files);
}

/** What is left to a person, printed after the files are written. */
export const MANUAL_STEPS = (tag) => [
  `Describe <${tag}> (JSDoc @summary, @csspart, @cssprop, @fires) and build its UI; its strings go in src/i18n/*/${tag}.ts.`,
  `Translate src/i18n/{it,de,fr,es,ja}/${tag}.ts (English placeholders now; the completeness test checks keys only).`,
  `Fire or delete ${pascal(tag)}ChangeEvent (src/components/${tag}/${tag}.events.ts and its src/index.ts export).`,
  'npm run analyze (custom-elements.json, the framework types) and commit the manifest.',
  'README: the element table ("Elements"), the size table (node scripts/check-size.mjs --markdown).',
  `npm run build && npm run check:size: <${tag}>'s first load must be ≤ 10 KB gzip without Lit; the whole kit's budgets too.`,
  'If the element has user-visible labels people will look for, add them to SPEC §3 and test them by role and name.',
  'CHANGELOG.md: one line under Unreleased.',
];

async function main(argv) {
  const args = argv.slice(2);
  const dry = args.includes('--dry-run');
  const r = args.indexOf('--root');
  const root = r >= 0 ? args[r + 1] : fileURLToPath(new URL('..', import.meta.url));
  const tag = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
  if (!tag) {
    console.error('usage: npm run new:element -- <tag> [--dry-run]');
    process.exit(2);
  }
  let files;
  try {
    files = await plan(root, tag);
  } catch (e) {
    console.error(`new:element: ${e.message}`);
    process.exit(1);
  }
  for (const [path, content, kind] of files) {
    console.log(`${dry ? 'would ' : ''}${kind === 'new' ? 'write' : 'edit '} ${path}`);
    if (dry) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  console.log(`\n${dry ? 'Dry run: nothing written. ' : ''}Left to do by hand:`);
  MANUAL_STEPS(tag).forEach((s, i) => console.log(`${i + 1}. ${s}`));
  if (!dry)
    console.log(`\nThen: npx tsc --noEmit -p tsconfig.json && npx wtr --files 'src/components/${tag}/*.test.ts'`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv);
