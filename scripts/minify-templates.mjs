/**
 * Build-time whitespace minification of Lit templates, deliberately conservative.
 *
 * Only the static text of `html`, `svg` and `css` tagged template literals is touched (found through a real
 * JavaScript AST, never by regex over the source), and only runs of whitespace that contain a line break:
 * - `html` / `svg`: each such run becomes one space (whitespace between inline elements and words keeps its
 *   meaning). Nothing inside `<pre>`, `<textarea>`, `<script>` or `<style>` is touched (the attributes of their
 *   opening tags are), nor a run after a
 *   backslash (a line continuation).
 * - `css` without `${}` expressions or backslashes (every sheet of the kit): minified by esbuild's CSS minifier,
 *   a real CSS parser (whitespace, comments, `#ffffff` → `#fff`, `0.5` → `.5`, duplicate rules). A sheet esbuild
 *   warns about is left as it was.
 * - any other `css`: each run of whitespace with a line break becomes nothing where CSS cannot need it (after
 *   `{ } ; ,`, before `{ }`, at the start or end of the sheet), otherwise one space.
 * In `html`, runs without a line break (e.g. `a b`) are left alone, so no attribute or text changes.
 *
 * Used by rollup.config.mjs (after TypeScript is compiled) and by scripts/check-size.mjs (an esbuild plugin), so
 * the size check measures what is published.
 */
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';
import { readFile } from 'node:fs/promises';
import { transformSync } from 'esbuild';

const TAGS = new Set(['html', 'svg', 'css']);
// An opening or closing raw-text tag, the end of a tag, or a run of whitespace.
const RAW_ELEMENTS = /<(\/?)(pre|textarea|script|style)\b|(>)|\s+/gi;

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) for (const c of v) walk(c, visit);
    else if (v && typeof v === 'object' && typeof v.type === 'string') walk(v, visit);
  }
}

function minifyHtml(quasis) {
  let raw = false; // inside <pre>/<textarea>/<script>/<style>
  let opening = false; // inside the opening tag of one of them (its attributes are still minified)
  return quasis.map((text) =>
    text.replace(RAW_ELEMENTS, (m, close, el, end, at, s) => {
      if (el) {
        raw = false;
        opening = !close;
        return m;
      }
      if (end) {
        // A `>` inside a quoted attribute value ends this early: less is minified, never more.
        if (opening) [raw, opening] = [true, false];
        return m;
      }
      if (raw || !m.includes('\n') || s[at - 1] === '\\') return m;
      return ' ';
    }),
  );
}

function minifyCss(quasis) {
  if (quasis.length === 1 && !/[\\`]|\$\{/.test(quasis[0])) {
    const r = transformSync(quasis[0], { loader: 'css', minify: true, logLevel: 'silent' });
    if (!r.warnings.length && !/[\\`]|\$\{/.test(r.code)) return [r.code.trim()];
  }
  const last = quasis.length - 1;
  return quasis.map((text, i) =>
    text.replace(/\s+/g, (m, at, s) => {
      if (!m.includes('\n') || s[at - 1] === '\\') return m;
      const prev = s[at - 1];
      const next = s[at + m.length];
      const atStart = i === 0 && at === 0;
      const atEnd = i === last && at + m.length === s.length;
      return atStart || atEnd || '{};,'.includes(prev ?? '\0') || '{}'.includes(next ?? '\0') ? '' : ' ';
    }),
  );
}

/**
 * Minifies the templates of one JavaScript module (TypeScript must already be compiled away).
 * @param {string} code
 * @param {(code: string) => import('estree').Program} parse
 * @returns {MagicString | null} the edited source, or null when nothing changed
 */
export function minifyTemplates(code, parse = parseAst) {
  if (!/\b(html|svg|css)`/.test(code)) return null;
  const s = new MagicString(code);
  let changed = false;
  walk(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    // Positions must map exactly onto the raw text; otherwise leave this template alone.
    if (quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) return;
    const before = quasis.map((q) => q.value.raw);
    const after = node.tag.name === 'css' ? minifyCss(before) : minifyHtml(before);
    quasis.forEach((q, i) => {
      if (after[i] !== before[i]) {
        changed = true;
        if (after[i]) s.overwrite(q.start, q.end, after[i]);
        else s.remove(q.start, q.end);
      }
    });
  });
  return changed ? s : null;
}

/** Rollup plugin: put it after the TypeScript plugin. Only the kit's own sources are transformed. */
export function minifyTemplatesRollup({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const s = minifyTemplates(code, (c) => this.parse(c));
      return s && { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * esbuild plugin: compiles each of the kit's TypeScript sources with esbuild's own transform (same tsconfig),
 * then minifies its templates. `transform` is esbuild's `transform` function (passed in to share one instance).
 */
export function minifyTemplatesEsbuild(transform, { tsconfigRaw, filter = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-lit-templates',
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { code } = await transform(source, {
          loader: 'ts',
          format: 'esm',
          target: 'es2022',
          sourcefile: args.path,
          tsconfigRaw,
        });
        const s = minifyTemplates(code);
        return { contents: s ? s.toString() : code, loader: 'js' };
      });
    },
  };
}
