// A page of its own: the linter's code must not have loaded before this test (module state is per page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { linterSource } from '../shared/lazy-lint.js';
import type { ReviewList } from './review-list.js';
import { NOW, byRole, makeReview } from './test-helpers.js';

describe('review-list composer when the linter cannot load', () => {
  it('says the network is unreachable with Retry, keeps the draft and Post disabled, then lints after Retry', async () => {
    const real = linterSource.load;
    linterSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const adapter = createMemoryAdapter({ reviews: [makeReview(1, { rating: 2 })], now: NOW });
      const provider = await fixture(
        html`<review-kit-provider .adapter=${adapter} .now=${NOW}><review-list></review-list></review-kit-provider>`,
      );
      const el = provider.querySelector<ReviewList>('review-list')!;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('article'), 'reviews shown');
      byRole(root, 'button', 'Comment').click();
      await waitUntil(() => root.querySelector('.composer [role=alert]'), 'load failure shown');
      const alert = root.querySelector('.composer [role=alert]')!;
      expect(alert.textContent).to.contain('The network is unreachable');
      const box = byRole<HTMLTextAreaElement>(root, 'textbox', 'Public comment on this review');
      box.value = 'Thank you for telling us.';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(byRole<HTMLButtonElement>(root, 'button', 'Post comment').disabled, 'never sent unlinted').to.equal(true);
      await expect(el).to.be.accessible();

      linterSource.load = real;
      const retry = byRole(alert, 'button', 'Retry');
      retry.focus();
      retry.click();
      await waitUntil(() => !root.querySelector('.composer [role=alert]'), 'failure cleared');
      await waitUntil(() => root.activeElement?.localName === 'textarea', 'focus back in the text, not on <body>');
      await waitUntil(() => !byRole<HTMLButtonElement>(root, 'button', 'Post comment').disabled, 'linted, postable');
      expect(byRole<HTMLTextAreaElement>(root, 'textbox', 'Public comment on this review').value).to.equal(
        'Thank you for telling us.',
      );
    } finally {
      linterSource.load = real;
    }
  });
});
