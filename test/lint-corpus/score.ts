/** Scores the linter against the labelled corpus: per-rule precision and recall, blocking and overall. */
import { lintMessage } from '../../src/policy/index.js';
import type { CorpusEntry } from './corpus.js';

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  entries: number;
  /** Per (rule, severity) key, e.g. 'email' (error) or 'url (warning)'. */
  rules: RuleScore[];
  blocking: RuleScore;
  overall: RuleScore;
  mistakes: { id: string; text: string; expected: string[]; actual: string[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function score(rule: string, tp: number, fp: number, fn: number): RuleScore {
  return { rule, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

export function scoreCorpus(corpus: CorpusEntry[]): CorpusScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (k: string, f: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    c[f]++;
    counts.set(k, c);
  };
  const mistakes: CorpusScore['mistakes'] = [];
  for (const e of corpus) {
    const findings = lintMessage(e.text, e.context);
    const actual = new Set(findings.map((f) => (f.severity === 'error' ? f.rule : `${f.rule} (warning)`)));
    const expected = new Set([...e.errors, ...e.warnings.map((w) => `${w} (warning)`)]);
    for (const k of actual) bump(k, expected.has(k) ? 'tp' : 'fp');
    for (const k of expected) if (!actual.has(k)) bump(k, 'fn');
    if ([...actual].some((k) => !expected.has(k)) || [...expected].some((k) => !actual.has(k))) {
      mistakes.push({
        id: e.id,
        text: e.text.slice(0, 120),
        expected: [...expected].sort(),
        actual: [...actual].sort(),
      });
    }
  }
  const rules = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => score(k, c.tp, c.fp, c.fn));
  const sum = (list: RuleScore[], name: string) =>
    score(
      name,
      list.reduce((s, r) => s + r.tp, 0),
      list.reduce((s, r) => s + r.fp, 0),
      list.reduce((s, r) => s + r.fn, 0),
    );
  return {
    entries: corpus.length,
    rules,
    blocking: sum(
      rules.filter((r) => !r.rule.endsWith('(warning)')),
      'blocking (errors)',
    ),
    overall: sum(rules, 'overall'),
    mistakes,
  };
}

export function formatScore(s: CorpusScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
  const row = (r: RuleScore) =>
    `${r.rule.padEnd(28)}${String(r.tp).padStart(5)}${String(r.fp).padStart(5)}${String(r.fn).padStart(5)}${pct(r.precision)}${pct(r.recall)}`;
  return [
    `lint corpus: ${s.entries} messages`,
    `${'rule'.padEnd(28)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'prec.'.padStart(8)}${'recall'.padStart(8)}`,
    ...s.rules.map(row),
    row(s.blocking),
    row(s.overall),
  ].join('\n');
}
