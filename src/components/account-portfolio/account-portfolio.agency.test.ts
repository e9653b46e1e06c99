/**
 * The agency path end to end, with nothing faked: `<review-kit-provider demo>` (the memory adapter's twelve demo
 * client accounts), `<account-portfolio>` and a client widget. Open on a row scopes the widget to that account's
 * own data, and the portfolio keeps listing every account.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/account-portfolio.js';
import '../../define/review-list.js';
import type { ReviewKitProvider } from '../review-kit-provider/review-kit-provider.js';
import { byRole, deepTexts, findByRole, NOW } from '../../../test/support/index.js';

describe('agency portal: demo provider, portfolio and a client widget', () => {
  it('Open scopes the client widget to the chosen account, from the keyboard, and focus lands in it', async () => {
    const provider = await fixture<ReviewKitProvider>(
      html`<review-kit-provider demo .now=${NOW}>
        <account-portfolio></account-portfolio>
        <review-list></review-list>
      </review-kit-provider>`,
    );
    const portfolio = provider.querySelector('account-portfolio')!;
    const list = provider.querySelector('review-list')!;
    await findByRole(portfolio.shadowRoot!, 'table', 'Client accounts');
    expect(byRole(portfolio.shadowRoot!, 'rowheader', /Hofmann Haushalt/).closest('tr')!.textContent).to.contain(
      'No access',
    );

    const open = byRole(portfolio.shadowRoot!, 'button', /^Open Alpenglow Outdoor GmbH/);
    open.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => provider.account === 'alpenglow-de', 'the provider is scoped to the account');

    // The widget shows exactly what the account's own adapter lists first, never the single demo seller's reviews.
    const scoped = provider.env.accountsAdapter!.forAccount!('alpenglow-de');
    const first = (await scoped.listReviews({ offset: 0, limit: 1 })).items[0];
    const unscoped = (await provider.env.accountsAdapter!.listReviews({ offset: 0, limit: 1 })).items[0];
    expect(first.title, 'the account has data of its own').to.not.equal(unscoped.title);
    await waitUntil(() => deepTexts(list).join(' ').includes(first.title), 'the account’s first review', {
      timeout: 5000,
    });
    await waitUntil(() => provider.contains(document.activeElement) && document.activeElement !== portfolio);
    expect(byRole(portfolio.shadowRoot!, 'table', 'Client accounts')).to.exist;
    await expect(provider).to.be.accessible();
  });
});
