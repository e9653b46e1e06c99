import { expect, waitUntil } from '@open-wc/testing';
import { LINT_LIMITS } from '../../policy/lint.js';
import { isBlocked, lintFor, lintLimit, loadLinter } from './lazy-lint.js';

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
});
