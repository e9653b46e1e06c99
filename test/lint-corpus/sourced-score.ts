/**
 * Scores lintMessage on a sourced corpus (test/lint-corpus/sourced/*.jsonl, see its README): a `block` line passes
 * when at least one finding is an error, an `allow` line when none is. Recall and precision of "block" over lines,
 * overall and per language, context and `rule`; `unsure` lines are counted apart and never scored.
 */
import {
  hasBlockingFindings,
  lintMessage,
  type LintContext,
  type LintFinding,
  type LintLang,
} from '../../src/policy/index.js';

export interface SourcedLine {
  context: LintContext;
  lang: LintLang;
  expect: 'block' | 'allow';
  text: string;
  why: string;
  source: string;
  rule?: string;
  unsure?: boolean;
}

export interface Cell {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SourcedScore {
  file: string;
  lines: number;
  overall: Cell;
  byLang: Record<string, Cell>;
  byContext: Record<string, Cell>;
  byRule: Record<string, Cell>;
  /** Unsure lines: how many the linter agreed with, and the rest. */
  unsure: { agree: number; disagree: { line: number; expect: string; text: string }[] };
  misses: {
    line: number;
    kind: 'fn' | 'fp';
    lang: string;
    context: string;
    rule?: string;
    text: string;
    found: string[];
  }[];
}

export const recall = (c: Cell): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const precision = (c: Cell): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));

export async function loadJsonl(url: string): Promise<SourcedLine[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.text())
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SourcedLine);
}

const empty = (): Cell => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function scoreSourced(file: string, lines: SourcedLine[]): SourcedScore {
  const s: SourcedScore = {
    file,
    lines: lines.length,
    overall: empty(),
    byLang: {},
    byContext: {},
    byRule: {},
    unsure: { agree: 0, disagree: [] },
    misses: [],
  };
  lines.forEach((e, i) => {
    const findings: LintFinding[] = lintMessage(e.text, e.context, { lang: e.lang });
    const blocked = hasBlockingFindings(findings);
    const want = e.expect === 'block';
    if (e.unsure) {
      if (blocked === want) s.unsure.agree++;
      else s.unsure.disagree.push({ line: i + 1, expect: e.expect, text: e.text });
      return;
    }
    const k: keyof Cell = want ? (blocked ? 'tp' : 'fn') : blocked ? 'fp' : 'tn';
    for (const cell of [
      s.overall,
      (s.byLang[e.lang] ??= empty()),
      (s.byContext[e.context] ??= empty()),
      ...(e.rule ? [(s.byRule[e.rule] ??= empty())] : []),
    ])
      cell[k]++;
    if (k === 'fn' || k === 'fp')
      s.misses.push({
        line: i + 1,
        kind: k,
        lang: e.lang,
        context: e.context,
        ...(e.rule ? { rule: e.rule } : {}),
        text: e.text,
        found: findings.map((f) => `${f.rule}:${f.severity}`),
      });
  });
  return s;
}

export function formatSourced(s: SourcedScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(9);
  const row = (name: string, c: Cell) =>
    `  ${name.padEnd(22)}${pct(recall(c))}${pct(precision(c))}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${String(c.tn).padStart(5)}`;
  const out = [
    `${s.file}: ${s.lines} lines (${s.unsure.agree + s.unsure.disagree.length} unsure, not scored)`,
    `  ${''.padEnd(22)}${'recall'.padStart(9)}${'prec.'.padStart(9)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'TN'.padStart(5)}`,
    row('overall', s.overall),
    ...Object.entries(s.byLang).map(([k, c]) => row(`lang ${k}`, c)),
    ...Object.entries(s.byContext).map(([k, c]) => row(`context ${k}`, c)),
    ...Object.entries(s.byRule)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, c]) => row(`rule ${k}`, c)),
    `  unsure: the linter agrees with ${s.unsure.agree}, disagrees with ${s.unsure.disagree.length}`,
    ...s.unsure.disagree.map(
      (u) => `    line ${u.line} (labelled ${u.expect}): ${JSON.stringify(u.text.slice(0, 100))}`,
    ),
    ...s.misses.map(
      (m) =>
        `  ${m.kind.toUpperCase()} line ${m.line} [${m.lang} ${m.context}${m.rule ? ` ${m.rule}` : ''}] ${JSON.stringify(m.text.slice(0, 140))} → [${m.found.join(', ')}]`,
    ),
  ];
  return out.join('\n');
}
