// A page of its own: the linter's code must not have loaded before this test (module state is per page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/feedback-table.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { linterSource } from '../shared/lazy-lint.js';
import type { FeedbackTable } from './feedback-table.js';
import { byRole, feedbackEntry, NOW } from './test-helpers.js';

describe('feedback-table reply composer when the linter cannot load', () => {
  it('says the network is unreachable with Retry, keeps the draft and Post reply disabled, then lints after Retry', async () => {
    const real = linterSource.load;
    linterSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const adapter = createMemoryAdapter({ feedback: [feedbackEntry(1, { rating: 2 })], now: NOW });
      const provider = await fixture(
        html`<review-kit-provider .adapter=${adapter} .now=${NOW}
          ><feedback-table></feedback-table
        ></review-kit-provider>`,
      );
      const el = provider.querySelector<FeedbackTable>('feedback-table')!;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-id="f1"]'), 'rows shown', { timeout: 5000 });
      const row = root.querySelector<HTMLTableRowElement>('tr[data-id="f1"]')!;
      byRole(row, 'button', 'Post a public reply').click();
      await waitUntil(() => row.querySelector('.composer [role=alert]'), 'load failure shown');
      const alert = row.querySelector('.composer [role=alert]')!;
      expect(alert.textContent).to.contain('The network is unreachable');
      const box = byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement;
      box.value = 'Thank you, we are sorry for the delay.';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect((byRole(row, 'button', 'Post reply') as HTMLButtonElement).disabled, 'never sent unlinted').to.equal(true);
      await expect(el).to.be.accessible();

      linterSource.load = real;
      const retry = byRole(alert, 'button', 'Retry');
      retry.focus();
      retry.click();
      await waitUntil(() => !row.querySelector('.composer [role=alert]'), 'failure cleared');
      await waitUntil(() => root.activeElement?.localName === 'textarea', 'focus back in the text, not on <body>');
      await waitUntil(() => !(byRole(row, 'button', 'Post reply') as HTMLButtonElement).disabled, 'linted, postable');
      expect((byRole(row, 'textbox', 'Public reply') as HTMLTextAreaElement).value).to.equal(
        'Thank you, we are sorry for the delay.',
      );
    } finally {
      linterSource.load = real;
    }
  });
});
