/**
 * Generates, from custom-elements.json (the manifest), the framework and editor integration files of the build:
 * - dist/types/jsx.d.ts — React 19 JSX intrinsic elements (`seller-review-kit/react`);
 * - dist/types/vue.d.ts — Vue 3 global components for template type-checking (`seller-review-kit/vue`);
 * - dist/vscode.html-custom-data.json — VS Code HTML custom data (`html.customData` setting);
 * - dist/web-types.json — JetBrains web-types (found through `"web-types"` in package.json).
 *
 * Names, descriptions, defaults, slots, parts and events come from the manifest. Property types are not copied as
 * text: the d.ts files index the element classes (`ReviewList['ratings']`) and the event map, so they can never
 * drift from the code. The enumerated attribute values for the editors are read with the TypeScript checker from
 * the same source files the manifest describes.
 *
 * Usage: node scripts/generate-types.mjs [--manifest custom-elements.json] [--out dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const manifestPath = resolve(root, arg('--manifest', 'custom-elements.json'));
const outDir = resolve(root, arg('--out', 'dist'));
const typesDir = join(outDir, 'types');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** Every element of the manifest, with what the integrations need. */
function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const members = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
      );
      out.push({
        tag: d.tagName,
        className: d.name,
        modulePath: mod.path,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: (d.attributes ?? []).filter((a) => a.name),
        properties: members,
        writable: members.filter((m) => !m.readonly),
        events: (d.events ?? []).filter((e) => e.name),
        slots: d.slots ?? [],
        cssProperties: d.cssProperties ?? [],
        cssParts: d.cssParts ?? [],
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const elements = elementsOf(manifest);
if (elements.length === 0) throw new Error(`${manifestPath}: no custom elements (run \`npm run analyze\`).`);

// ---------------------------------------------------------------------------------------------------------------
// Attribute value sets, read with the TypeScript checker (string-literal unions and booleans).

function attributeKinds() {
  const files = [...new Set(elements.map((e) => resolve(root, e.modulePath)))];
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram(files, { ...config.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const kinds = new Map(); // `${tag} ${field}` → { kind: 'boolean' | 'enum' | 'number' | 'other', values? }
  for (const el of elements) {
    const sf = program.getSourceFile(resolve(root, el.modulePath));
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    const classSymbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === el.className);
    if (!classSymbol) continue;
    const instance = checker.getDeclaredTypeOfSymbol(classSymbol);
    for (const a of el.attributes) {
      const prop = a.fieldName && checker.getPropertyOfType(instance, a.fieldName);
      if (!prop) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      const parts = type.isUnion() ? type.types : [type];
      let kind = 'other';
      let values;
      if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLike)) kind = 'boolean';
      else if (parts.every((t) => t.flags & ts.TypeFlags.NumberLike)) kind = 'number';
      else if (parts.every((t) => t.isStringLiteral())) {
        kind = 'enum';
        values = parts.map((t) => t.value);
      }
      const typeText = values ? values.map((v) => `'${v}'`).join(' | ') : checker.typeToString(type);
      kinds.set(`${el.tag} ${a.name}`, { kind, values, typeText });
    }
  }
  return kinds;
}
const kinds = attributeKinds();

// ---------------------------------------------------------------------------------------------------------------
// d.ts files

const HEADER = '// Generated by scripts/generate-types.mjs from custom-elements.json. Do not edit.\n';
const doc = (text, indent = '    ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, `\n${indent} * `)} */\n` : '';
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase());
/** Import path of a source module from dist/types/<file>.d.ts. */
const importPath = (modulePath) => {
  const rel = posix.relative('src', modulePath.replace(/\\/g, '/')).replace(/\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

const COMMON = `/** An attribute's value as written in markup, derived from the property type it sets. */
type AttributeValue<T> = T extends boolean ? boolean : T extends number ? number | \`\${number}\` : T extends string ? T : string;
/** The typed event of an event name (every event of the kit augments HTMLElementEventMap). */
type EventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : Event;
`;

function importsBlock() {
  return elements.map((el) => `import type { ${el.className} } from '${importPath(el.modulePath)}';\n`).join('');
}

/** Props of one element: writable properties (typed from the class), kebab-case attributes, and extra members. */
function propsInterface(el, name, { attributes, events }) {
  let body = '';
  const seen = new Set();
  for (const p of el.writable) {
    seen.add(p.name);
    body += doc(p.description, '  ') + `  ${key(p.name)}?: ${el.className}[${JSON.stringify(p.name)}];\n`;
  }
  if (attributes) {
    for (const a of el.attributes) {
      if (seen.has(a.name)) continue;
      seen.add(a.name);
      const target = a.fieldName ? `${el.className}[${JSON.stringify(a.fieldName)}]` : 'string';
      body +=
        doc(`${a.description ?? ''} (attribute${a.fieldName ? ` of \`${a.fieldName}\`` : ''})`, '  ') +
        `  ${key(a.name)}?: AttributeValue<NonNullable<${target}>>;\n`;
    }
  }
  for (const e of el.events) {
    const prop = events(e.name);
    body +=
      doc(`\`${e.name}\`: ${e.description ?? ''}`, '  ') +
      `  ${key(prop)}?: (event: EventOf<${JSON.stringify(e.name)}>) => void;\n`;
  }
  return `export interface ${name} {\n${body}}\n`;
}

function reactTypes() {
  let out = `${HEADER}/**
 * React 19 JSX types for the seller-review-kit elements. React 19 sets a prop as a property when the element has
 * it (register the elements before rendering), else as an attribute, and \`on<event-name>\` props add event
 * listeners for the kit's kebab-case events: \`<review-list onreview-filter-change={(e) => e.filter} />\`.
 *
 * Use: \`import type {} from 'seller-review-kit/react';\` once in your app (or add it to \`compilerOptions.types\`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importsBlock()}
${COMMON}
/** React's own props for an element \`E\` without the keys the kit element defines itself. */
type Base<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;
`;
  for (const el of elements) {
    out += '\n' + propsInterface(el, `${el.className}Props`, { attributes: true, events: (n) => `on${n}` });
  }
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of elements) {
    out +=
      doc(el.summary || el.description.split('\n')[0], '      ') +
      `      '${el.tag}': Base<${el.className}, ${el.className}Props> & ${el.className}Props;\n`;
  }
  out += `    }\n  }\n}\n`;
  return out;
}

function vueTypes() {
  let out = `${HEADER}/**
 * Vue 3 template types for the seller-review-kit elements (Volar / vue-tsc). Tell Vue's compiler the tags are
 * custom elements (\`compilerOptions.isCustomElement = (tag) => tag.includes('-')\`); bind rich values as
 * properties (\`:ratings="[1, 2]"\`, or \`:ratings.prop\`) and listen with \`@review-filter-change\`.
 *
 * Use: \`import type {} from 'seller-review-kit/vue';\` once in your app (or add it to \`compilerOptions.types\`).
 */
import type { DefineComponent } from 'vue';
${importsBlock()}
${COMMON}`;
  for (const el of elements) {
    out += '\n' + propsInterface(el, `${el.className}VueProps`, { attributes: false, events: (n) => `on${pascal(n)}` });
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) {
    out +=
      doc(el.summary || el.description.split('\n')[0], '    ') +
      `    '${el.tag}': DefineComponent<${el.className}VueProps>;\n`;
  }
  out += `  }\n}\n`;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Editor data

const describe = (el) => [el.summary, el.description].filter(Boolean).join('\n\n');
const listing = (title, items, fmt) =>
  items.length ? `\n\n**${title}:**\n${items.map((i) => `- ${fmt(i)}`).join('\n')}` : '';

function vscodeData() {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: {
        kind: 'markdown',
        value:
          describe(el) +
          listing('Events', el.events, (e) => `\`${e.name}\` — ${e.description ?? ''}`) +
          listing('Slots', el.slots, (s) => `${s.name ? `\`${s.name}\`` : '(default)'} — ${s.description ?? ''}`) +
          listing('CSS custom properties', el.cssProperties, (c) => `\`${c.name}\` — ${c.description ?? ''}`) +
          listing('CSS parts', el.cssParts, (c) => `\`${c.name}\` — ${c.description ?? ''}`),
      },
      attributes: el.attributes.map((a) => {
        const k = kinds.get(`${el.tag} ${a.name}`);
        const attr = { name: a.name, description: a.description ?? '' };
        if (a.default !== undefined) attr.description += `\n\nDefault: \`${a.default}\``;
        if (k?.kind === 'boolean') attr.valueSet = 'v';
        if (k?.kind === 'enum') attr.values = k.values.map((name) => ({ name }));
        return attr;
      }),
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: describe(el),
          source: { module: pkg.name, symbol: el.className },
          attributes: el.attributes.map((a) => {
            const k = kinds.get(`${el.tag} ${a.name}`);
            const attr = { name: a.name, description: a.description ?? '' };
            if (a.default !== undefined) attr.default = a.default;
            if (k?.kind === 'boolean') attr.value = { type: 'boolean', required: false };
            else if (k?.kind === 'number') attr.value = { type: 'number', required: false };
            else if (k?.kind === 'enum') {
              attr.value = { type: k.typeText, required: false };
              attr.values = k.values.map((name) => ({ name }));
            } else attr.value = { type: 'string', required: false };
            return attr;
          }),
          slots: el.slots.map((s) => ({ name: s.name, description: s.description ?? '' })),
          js: {
            properties: el.properties.map((p) => ({
              name: p.name,
              description: p.description ?? '',
              ...(p.type?.text ? { type: p.type.text } : {}),
              ...(p.readonly ? { 'read-only': true } : {}),
            })),
            events: el.events.map((e) => ({
              name: e.name,
              description: e.description ?? '',
              ...(e.type?.text ? { type: e.type.text } : {}),
            })),
          },
          css: {
            properties: el.cssProperties.map((c) => ({ name: c.name, description: c.description ?? '' })),
            parts: el.cssParts.map((c) => ({ name: c.name, description: c.description ?? '' })),
          },
        })),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

mkdirSync(typesDir, { recursive: true });
const written = [];
const write = (file, text) => {
  writeFileSync(file, text);
  written.push(relative(root, file));
};
write(join(typesDir, 'jsx.d.ts'), reactTypes());
write(join(typesDir, 'vue.d.ts'), vueTypes());
write(join(outDir, 'vscode.html-custom-data.json'), JSON.stringify(vscodeData(), null, 2) + '\n');
write(join(outDir, 'web-types.json'), JSON.stringify(webTypes(), null, 2) + '\n');
console.log(`generate-types: ${elements.length} elements → ${written.join(', ')}`);
