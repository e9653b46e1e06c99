import { expect } from '@open-wc/testing';
import { hasBlockingFindings, lintMessage, type LintContext } from '../index.js';

/** One example: in this context and language, the text must block (an error finding) or be allowed (none). */
export type LintCase = [context: LintContext, lang: string, expect: 'block' | 'allow', text: string];

/** Lints every case and fails once, listing each one the linter gets wrong. */
export function expectLintCases(cases: LintCase[]): void {
  const wrong = cases
    .filter(
      ([context, lang, want, text]) => hasBlockingFindings(lintMessage(text, context, { lang })) !== (want === 'block'),
    )
    .map(([context, lang, want, text]) => `${want} ${lang} ${context}: ${text}`);
  expect(wrong).to.deep.equal([]);
}
