/**
 * Issue 14: the linter on sourced corpora written by other people (test/lint-corpus/sourced/README.md).
 *
 * Dev files (tuned on): shared-dev.jsonl and dev.jsonl (round 1); dev-2.jsonl and dev-3.jsonl were scored blind
 * once in round 1 (as heldout.jsonl: recall 0.897, precision 0.986; heldout-2.jsonl: recall 0.918, precision 1.00),
 * then used as dev data in round 2. dev-4.jsonl was scored blind once after round 2 (as heldout-3.jsonl: recall 0.964,
 * precision 0.964), then used as dev data in round 3.
 * Issue 20: dev-langs.jsonl (tuned on) and heldout-langs.jsonl (scored once, at the end) cover ja, nl, sv, pl, tr,
 * pt and ar; one author wrote both halves before the rules for those languages existed (README). dev-5-langs.jsonl,
 * by an independent author who never saw the rules, was scored blind once (recall 0.851, precision 0.940), then used
 * as dev data (README). dev-6-langs.jsonl, by a second independent author, was scored blind once (recall 0.813,
 * precision 0.984), then used as dev data in round 3 (README). dev-7-langs.jsonl, by a third independent author, was
 * scored blind once as heldout-4-langs.jsonl (recall 0.909, precision 0.972), then used as dev data in round 4 (README).
 * Held-out files: every test/lint-corpus/sourced/heldout-*.jsonl present on disk (listed by the test runner's
 * `/__lint-corpus-sourced.json` middleware) is scored; none is committed. Every file must meet GATE, or its RATCHET
 * entry when it has one; `unsure` lines are printed, never scored.
 */
import { expect } from '@open-wc/testing';
import { detectLang, hasBlockingFindings, LINT_LANGS, lintMessage, type LintContext } from '../src/policy/index.js';
import { CORPUS } from './lint-corpus/corpus.js';
import {
  formatSourced,
  loadJsonl,
  precision,
  recall,
  scoreSourced,
  type SourcedLine,
} from './lint-corpus/sourced-score.js';

/** Dev files: tuned on. */
const DEV_FILES = [
  'shared-dev',
  'dev',
  'dev-2',
  'dev-3',
  'dev-4',
  'dev-langs',
  'dev-5-langs',
  'dev-6-langs',
  'dev-7-langs',
  'dev-8-langs',
];
/** The languages a file covers: issue 20's seven in the `*-langs` files, issue 14's five in the others. */
const langsOf = (file: string) =>
  file.endsWith('-langs') ? ['ja', 'nl', 'sv', 'pl', 'tr', 'pt', 'ar'] : ['en', 'it', 'de', 'fr', 'es'];
/** Blind held-out files: `heldout-*.jsonl`, scored when present. */
const HELDOUT = /^heldout-.+\.jsonl$/;
const url = (file: string) => new URL(`./lint-corpus/sourced/${file}.jsonl`, import.meta.url).href;

/**
 * THE GATE (issue 14), the one place it lives: blocking recall and precision overall, and in each language and each
 * context, for every dev and held-out file. Below it, the test fails.
 */
const GATE = { overall: { recall: 0.97, precision: 0.97 }, cell: { recall: 0.93, precision: 0.93 } } as const;

type Gate = { overall: { recall: number; precision: number }; cell: { recall: number; precision: number } };
/**
 * Held-out ratchet: a blind file (name without `.jsonl`) listed here is gated at the figures it achieved instead of
 * GATE — never above GATE, so it can only ratchet up — and the test prints loudly that it is below the issue-14
 * target. Empty by default: every file meets GATE. Entries are added only by the maintainer after a blind score.
 */
const RATCHET: Readonly<Record<string, Gate>> = {};

function gateFor(file: string): Gate {
  const r = RATCHET[file];
  if (!r) return GATE;
  const min = (a: number, b: number) => Math.min(a, b);
  return {
    overall: {
      recall: min(r.overall.recall, GATE.overall.recall),
      precision: min(r.overall.precision, GATE.overall.precision),
    },
    cell: { recall: min(r.cell.recall, GATE.cell.recall), precision: min(r.cell.precision, GATE.cell.precision) },
  };
}

async function heldoutFiles(): Promise<string[]> {
  const res = await fetch('/__lint-corpus-sourced.json');
  if (!res.ok) throw new Error(`corpus index: HTTP ${res.status}`);
  return ((await res.json()) as string[])
    .filter((f) => HELDOUT.test(f))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

/** The figures of a scored file below `gate`, as "overall recall 0.964", "de recall 0.882" … */
function cellsBelow(s: ReturnType<typeof scoreSourced>, gate: Gate): string[] {
  const cells = [...Object.entries(s.byLang), ...Object.entries(s.byContext)];
  return [
    ...(recall(s.overall) < gate.overall.recall ? [`overall recall ${recall(s.overall).toFixed(3)}`] : []),
    ...(precision(s.overall) < gate.overall.precision ? [`overall precision ${precision(s.overall).toFixed(3)}`] : []),
    ...cells.flatMap(([k, c]) => [
      ...(recall(c) < gate.cell.recall ? [`${k} recall ${recall(c).toFixed(3)}`] : []),
      ...(precision(c) < gate.cell.precision ? [`${k} precision ${precision(c).toFixed(3)}`] : []),
    ]),
  ];
}

async function checkFile(file: string, heldout: boolean): Promise<void> {
  const s = scoreSourced(`${file}.jsonl`, await loadJsonl(url(file)));
  console.log(`${heldout ? '[HELD-OUT] ' : '[dev] '}${formatSourced(s)}`);
  expect(s.lines).to.be.at.least(100);
  expect(Object.keys(s.byLang)).to.have.members(langsOf(file));
  expect(Object.keys(s.byContext)).to.have.members(['review-comment', 'feedback-reply', 'buyer-message']);
  // Only a blind held-out file can be ratcheted; dev files always meet GATE.
  const gate = heldout ? gateFor(file) : GATE;
  const belowTarget = cellsBelow(s, GATE);
  if (gate !== GATE)
    console.warn(
      `!!!!! ${file}.jsonl is gated by its RATCHET entry ${JSON.stringify(RATCHET[file])}, NOT by the issue-14 target ` +
        `(recall and precision ≥ ${GATE.overall.recall} overall, ≥ ${GATE.cell.recall} per language and context)` +
        (belowTarget.length
          ? `; BELOW the target in: ${belowTarget.join(', ')} !!!!!`
          : '; it now meets the target: remove the entry !!!!!'),
    );
  const below = gate === GATE ? belowTarget : cellsBelow(s, gate);
  if (below.length)
    console.log(
      `  ${file}.jsonl is BELOW ${gate === GATE ? 'the issue-14 gate' : 'its RATCHET'} in: ${below.join(', ')}`,
    );
  expect(below, `${file}.jsonl below the gate`).to.deep.equal([]);
}

describe('sourced lint corpora', () => {
  for (const file of DEV_FILES)
    it(`${file}.jsonl (dev): blocking recall and precision ≥ ${GATE.overall.recall} overall, ≥ ${GATE.cell.recall} per language and context`, async () => {
      await checkFile(file, false);
    });

  it(`held-out heldout-*.jsonl, when present: recall and precision ≥ ${GATE.overall.recall} overall, ≥ ${GATE.cell.recall} per language and context`, async () => {
    const files = await heldoutFiles();
    console.log(files.length ? `held-out files: ${files.join(', ')}` : 'no held-out file present (heldout-*.jsonl)');
    for (const file of files) await checkFile(file, true);
  });

  it('detectLang names the language of the corpus lines (confusion table printed; dev and held-out apart)', async () => {
    const files = [...DEV_FILES, ...(await heldoutFiles())];
    const table = (names: string[], lines: SourcedLine[]) => {
      const m = new Map<string, Map<string, number>>();
      let right = 0;
      for (const e of lines) {
        const d = detectLang(e.text);
        if (d === e.lang) right++;
        const row = m.get(e.lang) ?? new Map<string, number>();
        row.set(d, (row.get(d) ?? 0) + 1);
        m.set(e.lang, row);
      }
      console.log(
        [
          `detectLang on ${names.join(', ')}: ${right}/${lines.length} right (rows: the line's language; columns: detected)`,
          `      ${LINT_LANGS.map((l) => l.padStart(5)).join('')}`,
          ...LINT_LANGS.filter((l) => m.has(l)).map(
            (l) => `  ${l.padEnd(4)}${LINT_LANGS.map((d) => String(m.get(l)!.get(d) ?? 0).padStart(5)).join('')}`,
          ),
        ].join('\n'),
      );
      return { right, total: lines.length, m };
    };
    const load = async (names: string[]) => (await Promise.all(names.map((f) => loadJsonl(url(f))))).flat();
    const dev = table(DEV_FILES, await load(DEV_FILES));
    const held = files.filter((f) => !DEV_FILES.includes(f));
    if (held.length) table(held, await load(held));
    // Dev lines (detection was tuned on them): at least 95 % right overall and 85 % in each language.
    expect(dev.right / dev.total).to.be.at.least(0.95);
    for (const [lang, row] of dev.m) {
      const n = [...row.values()].reduce((a, b) => a + b, 0);
      expect((row.get(lang) ?? 0) / n, `detectLang on ${lang} dev lines`).to.be.at.least(0.85);
    }
  });

  it('every fix suggestion gives text the linter accepts, in every corpus line', async () => {
    const lines: { text: string; context: LintContext; lang?: string }[] = [...CORPUS];
    for (const file of [...DEV_FILES, ...(await heldoutFiles())])
      lines.push(...(await loadJsonl(url(file))).map((e: SourcedLine) => e));
    let fixed = 0;
    for (const e of lines) {
      let text = e.text;
      const options = e.lang ? { lang: e.lang } : {};
      for (let round = 0; round < 40; round++) {
        const f = lintMessage(text, e.context, options).find((x) => x.severity === 'error');
        if (!f) break;
        expect(f.fix, `${f.rule} in ${JSON.stringify(text)}`).to.exist;
        const replacement = f.fix!.replacement;
        text = text.slice(0, f.start) + replacement + text.slice(f.end);
        fixed++;
        // The replacement itself is compliant: no error of that rule lies inside it.
        const again = lintMessage(text, e.context, options).filter(
          (x) =>
            x.severity === 'error' &&
            x.rule === f.rule &&
            x.start >= f.start &&
            x.end <= f.start + replacement.length &&
            replacement,
        );
        expect(again, `${f.rule} fix ${JSON.stringify(replacement)}`).to.deep.equal([]);
      }
      expect(
        hasBlockingFindings(lintMessage(text, e.context, options)),
        `after fixes: ${JSON.stringify(text)}`,
      ).to.equal(false);
    }
    expect(fixed).to.be.greaterThan(300);
  });
});
