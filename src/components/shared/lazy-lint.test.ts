import { expect, waitUntil } from '@open-wc/testing';
import { LINT_LIMITS } from '../../policy/lint.js';
import { findingMessage, isBlocked, lintFor, lintLimit, loadLinter, type LintFinding } from './lazy-lint.js';

describe('lazy linter', () => {
  it('blocks while loading, re-renders the host once loaded, then lints', async () => {
    let updates = 0;
    const host = { requestUpdate: () => updates++ };
    const first = lintFor(host, 'Mail me at help@example.com', 'review-comment');
    expect(first, 'not loaded yet in a fresh page').to.equal(null);
    expect(lintLimit('feedback-reply'), 'limit unknown until loaded').to.equal(null);
    expect(isBlocked(first), 'unlinted text is never sendable').to.equal(true);
    await waitUntil(() => updates > 0, 'host asked to re-render');
    const findings = lintFor(host, 'Mail me at help@example.com', 'review-comment')!;
    expect(findings.some((f) => f.severity === 'error')).to.equal(true);
    expect(isBlocked(findings)).to.equal(true);
    const clean = lintFor(host, 'Thank you for the review.', 'review-comment')!;
    expect(clean).to.deep.equal([]);
    expect(isBlocked(clean)).to.equal(false);
    expect(await loadLinter()).to.have.property('lintMessage');
    expect(lintLimit('feedback-reply')).to.equal(LINT_LIMITS['feedback-reply']);
  });

  it('words a finding in the host language, falling back to the linter English text for an unknown key', () => {
    const f: LintFinding = {
      rule: 'r',
      severity: 'error',
      message: 'English text',
      messageKey: 'policy.lint.r',
      params: { n: 2 },
      start: 0,
      end: 1,
      policy: 'p',
    };
    const seen: unknown[] = [];
    const i18n = (known: boolean) => ({
      t: (key: string, params?: Record<string, string | number>) => (seen.push([key, params]), known ? 'Testo' : key),
    });
    expect(findingMessage(i18n(true), f)).to.equal('Testo');
    expect(findingMessage(i18n(false), f)).to.equal('English text');
    expect(seen).to.deep.equal([
      ['policy.lint.r', { n: 2 }],
      ['policy.lint.r', { n: 2 }],
    ]);
  });
});
