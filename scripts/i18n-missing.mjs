/**
 * Lists, per locale and per table file, the keys English has and the locale lacks (and keys the locale has that
 * English dropped), with the English text to translate: the worklist after new keys land in the six first locales.
 *   node scripts/i18n-missing.mjs            (a readable list; exit code 1 when anything is missing)
 *   node scripts/i18n-missing.mjs --json     ({ locale: { "src/i18n/<locale>/<table>.ts": { key: english } } })
 * Add each key to the locale's file of the same name as the English one (src/i18n/<locale>/<table>.ts), translated
 * by meaning, with the same {placeholders} and, for a plural message, every form the language uses (Polish one, few,
 * many, other; Arabic zero, one, two, few, many, other). src/i18n/completeness.test.ts checks the result.
 */
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const i18n = `${root}src/i18n/`;
const locales = readdirSync(i18n, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'en' && d.name !== 'locales')
  .map((d) => d.name)
  .sort();
const tables = readdirSync(`${i18n}en`).filter((f) => f.endsWith('.ts'));

const files = ['en', ...locales].flatMap((l) => tables.map((t) => `${l}/${t}`));
const entry = files.map((f, i) => `export { default as t${i} } from ${JSON.stringify(`${i18n}${f}`)};`).join('\n');
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  logLevel: 'silent',
}).catch((e) => {
  console.error(e.message);
  process.exit(2);
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const table = (locale, t) => mod[`t${files.indexOf(`${locale}/${t}`)}`] ?? {};

const report = {};
let missing = 0;
for (const locale of locales) {
  for (const t of tables) {
    const en = table('en', t);
    const theirs = table(locale, t);
    const lacking = Object.fromEntries(Object.entries(en).filter(([k]) => !(k in theirs)));
    const extra = Object.keys(theirs).filter((k) => !(k in en));
    if (!Object.keys(lacking).length && !extra.length) continue;
    missing += Object.keys(lacking).length + extra.length;
    const file = `src/i18n/${locale}/${t}`;
    (report[locale] ??= {})[file] = {
      ...lacking,
      ...Object.fromEntries(extra.map((k) => [k, '(not in English: remove)'])),
    };
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else if (!missing) console.log(`All ${locales.length} locales have every English key.`);
else {
  for (const [locale, byFile] of Object.entries(report)) {
    console.log(`\n${locale}:`);
    for (const [file, keys] of Object.entries(byFile)) {
      console.log(`  ${file}`);
      for (const [k, v] of Object.entries(keys)) console.log(`    ${k}: ${JSON.stringify(v)}`);
    }
  }
}
process.exitCode = missing ? 1 : 0;
