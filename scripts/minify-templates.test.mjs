/**
 * Unit tests of the build-time template minifier (scripts/minify-templates.mjs), run by `npm test` with node:test.
 * What reaches users is also checked end to end by `npm run check:cdn` (the minified CDN module renders).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from './minify-templates.mjs';

const run = (code) => minifyTemplates(code)?.toString() ?? code;

test('html: runs of whitespace with a line break become one space; others stay', () => {
  const out = run('html`<p>\n    a  b\n  </p>\n  <span>${x}</span>`;');
  assert.equal(out, 'html`<p> a  b </p> <span>${x}</span>`;');
});

test('html: nothing inside <pre> or <textarea> is touched, but their opening tags are', () => {
  const out = run('html`<textarea\n    id="c"\n    rows="3"\n  >\n  keep\n</textarea>\n<pre>\n x\n</pre>\n<b>\n</b>`;');
  assert.equal(out, 'html`<textarea id="c" rows="3" >\n  keep\n</textarea> <pre>\n x\n</pre> <b> </b>`;');
});

test('html: a raw element spanning an expression stays raw until it closes', () => {
  const out = run('html`<textarea\n .value=${v}\n>${x}\n\n</textarea>\n<i>\n</i>`;');
  assert.equal(out, 'html`<textarea .value=${v} >${x}\n\n</textarea> <i> </i>`;');
});

test('html: a run after a backslash (line continuation) is kept', () => {
  const src = 'html`<p>a\\\n  b</p>`;';
  assert.equal(run(src), src);
});

test('css without expressions goes through a CSS minifier', () => {
  assert.equal(
    run('css`\n  :host {\n    color: #ffffff;\n    opacity: 0.5;\n  }\n`;'),
    'css`:host{color:#fff;opacity:.5}`;',
  );
});

test('css with expressions: whitespace with a line break removed only where CSS cannot need it', () => {
  assert.equal(
    run('css`\n  a {\n    color: ${c};\n    margin: 0\n      1px;\n  }\n`;'),
    'css`a {color: ${c};margin: 0 1px;}`;',
  );
});

test('other tags and untagged templates are left alone', () => {
  const src = 'foo`<p>\n  x</p>`; const y = `\n  z`;';
  assert.equal(minifyTemplates(src), null);
});
