import { expect, fixture, html } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/account-portfolio.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import type { AccountPortfolio } from './account-portfolio.js';
import { byRole, NOW } from '../../../test/support/index.js';

async function mount(withAdapter = true): Promise<AccountPortfolio> {
  const adapter = withAdapter ? createMemoryAdapter({ now: NOW }) : null;
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW}>
      <account-portfolio></account-portfolio>
    </review-kit-provider>`,
  );
  const el = provider.querySelector('account-portfolio')!;
  await el.updateComplete;
  return el;
}

describe('<account-portfolio>', () => {
  it('shows a configuration error without an adapter', async () => {
    const el = await mount(false);
    expect(byRole(el.shadowRoot!, 'alert')).to.exist;
  });

  it('renders its region, named by its title, and is accessible', async () => {
    const el = await mount();
    expect(byRole(el.shadowRoot!, 'region', 'AccountPortfolio')).to.exist;
    await expect(el).to.be.accessible();
  });
});
