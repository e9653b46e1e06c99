/**
 * Issue 14: the linter on sourced corpora written by other people (test/lint-corpus/sourced/README.md). The rules
 * were tuned on shared-dev.jsonl and dev.jsonl; heldout.jsonl and heldout-2.jsonl were scored once, after they were
 * final. Target: a blocking recall and precision of at least 0.97 overall and 0.93 in each language and context
 * (the held-out files are below it: see RATCHET); `unsure` lines are printed, never scored.
 */
import { expect } from '@open-wc/testing';
import { hasBlockingFindings, lintMessage, type LintContext } from '../src/policy/index.js';
import { CORPUS } from './lint-corpus/corpus.js';
import {
  formatSourced,
  loadJsonl,
  precision,
  recall,
  scoreSourced,
  type SourcedLine,
} from './lint-corpus/sourced-score.js';

const FILES = ['shared-dev', 'dev', 'heldout', 'heldout-2'];
const url = (file: string) => new URL(`./lint-corpus/sourced/${file}.jsonl`, import.meta.url).href;

/** Issue 14's targets: blocking recall and precision overall, and in each language and each context. */
const TARGET = { overall: 0.97, cell: 0.93 };
/**
 * RATCHET for the held-out files, which do NOT meet the targets yet: the figures of their one scoring (2026-12-05,
 * rules final at e99d704, no rule changed after), floored. The test prints every figure against the target and fails
 * below the ratchet (a regression guard, not the goal). Delete a file's entry once it meets TARGET; never lower one.
 * The dev files (tuned on) must meet TARGET.
 */
const RATCHET: Record<string, { recall: number; precision: number; cellRecall: number; cellPrecision: number }> = {
  heldout: { recall: 0.897, precision: 0.985, cellRecall: 0.812, cellPrecision: 0.928 },
  'heldout-2': { recall: 0.917, precision: 1, cellRecall: 0.84, cellPrecision: 1 },
};

describe('sourced lint corpora', () => {
  for (const file of FILES) {
    const r = RATCHET[file];
    it(`${file}.jsonl: blocking recall and precision ${r ? '(held out: ratchet; issue target not met yet)' : '≥ 0.97 overall, ≥ 0.93 per language and context'}`, async () => {
      const s = scoreSourced(`${file}.jsonl`, await loadJsonl(url(file)));
      console.log(formatSourced(s));
      expect(s.lines).to.be.at.least(100);
      expect(Object.keys(s.byLang)).to.have.members(['en', 'it', 'de', 'fr', 'es']);
      expect(Object.keys(s.byContext)).to.have.members(['review-comment', 'feedback-reply', 'buyer-message']);
      const cells = [...Object.entries(s.byLang), ...Object.entries(s.byContext)];
      const below = [
        ...(recall(s.overall) < TARGET.overall ? ['overall recall'] : []),
        ...(precision(s.overall) < TARGET.overall ? ['overall precision'] : []),
        ...cells.flatMap(([k, c]) => [
          ...(recall(c) < TARGET.cell ? [`${k} recall`] : []),
          ...(precision(c) < TARGET.cell ? [`${k} precision`] : []),
        ]),
      ];
      if (below.length) console.log(`  ${file}.jsonl is BELOW the issue-14 target in: ${below.join(', ')}`);
      const min = { recall: r?.recall ?? TARGET.overall, precision: r?.precision ?? TARGET.overall };
      const cellMin = { recall: r?.cellRecall ?? TARGET.cell, precision: r?.cellPrecision ?? TARGET.cell };
      expect(recall(s.overall), 'overall recall').to.be.at.least(min.recall);
      expect(precision(s.overall), 'overall precision').to.be.at.least(min.precision);
      for (const [k, c] of cells) {
        expect(recall(c), `${k} recall`).to.be.at.least(cellMin.recall);
        expect(precision(c), `${k} precision`).to.be.at.least(cellMin.precision);
      }
    });
  }

  it('every fix suggestion gives text the linter accepts, in every corpus line', async () => {
    const lines: { text: string; context: LintContext; lang?: string }[] = [...CORPUS];
    for (const file of FILES) lines.push(...(await loadJsonl(url(file))).map((e: SourcedLine) => e));
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
