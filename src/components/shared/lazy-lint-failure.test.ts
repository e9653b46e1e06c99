// A page of its own: the linter must not have loaded before these tests (module state is per page).
import { expect, waitUntil } from '@open-wc/testing';
import { SellerKitError } from '../../data/errors.js';
import { isBlocked, lintFailure, lintFor, linterSource, retryLinter } from './lazy-lint.js';

describe('lazy linter whose code cannot load', () => {
  it('reports a network error, blocks sending, does not retry on every render, and loads on retryLinter', async () => {
    const real = linterSource.load;
    let attempts = 0;
    linterSource.load = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    let updates = 0;
    const host = { requestUpdate: () => updates++ };
    try {
      expect(lintFor(host, 'Thank you.', 'review-comment')).to.equal(null);
      await waitUntil(() => updates > 0, 'host re-rendered when the load failed');
      const failure = lintFailure();
      expect(failure).to.be.instanceOf(SellerKitError);
      expect(failure!.code).to.equal('network');
      expect(isBlocked(lintFor(host, 'Thank you.', 'review-comment')), 'still never sent unlinted').to.equal(true);
      lintFor(host, 'Thank you again.', 'review-comment');
      expect(attempts, 'renders after a failure do not hammer the network').to.equal(1);
    } finally {
      linterSource.load = real;
    }
    // A second element showing the failure (say feedback-table beside review-list) must follow the retry.
    let otherUpdates = 0;
    const other = { requestUpdate: () => otherUpdates++ };
    expect(lintFor(other, 'Hi', 'feedback-reply')).to.equal(null);
    const before = updates;
    retryLinter(host);
    expect(lintFailure(), 'the failure is forgotten while retrying').to.equal(undefined);
    expect(updates, 'host re-renders at once to show loading').to.be.greaterThan(before);
    await waitUntil(() => otherUpdates > 0, 'the other element re-rendered when the retry succeeded');
    await waitUntil(() => lintFor(host, 'Mail me at a@b.co', 'review-comment') !== null, 'linter loaded on retry');
    expect(isBlocked(lintFor(host, 'Mail me at a@b.co', 'review-comment'))).to.equal(true);
    expect(lintFor(host, 'Thank you.', 'review-comment')).to.deep.equal([]);
  });
});
