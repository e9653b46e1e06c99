import { expect, fixture, html } from '@open-wc/testing';
import '../../define/review-kit-provider.js';
import '../../define/activity-log.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import type { ActivityLog } from './activity-log.js';
import { byRole, NOW } from '../../../test/support/index.js';

async function mount(withAdapter = true): Promise<ActivityLog> {
  const adapter = withAdapter ? createMemoryAdapter({ now: NOW }) : null;
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW}>
      <activity-log></activity-log>
    </review-kit-provider>`,
  );
  const el = provider.querySelector('activity-log')!;
  await el.updateComplete;
  return el;
}

describe('<activity-log>', () => {
  it('shows a configuration error without an adapter', async () => {
    const el = await mount(false);
    expect(byRole(el.shadowRoot!, 'alert')).to.exist;
  });

  it('renders its region, named by its title, and is accessible', async () => {
    const el = await mount();
    expect(byRole(el.shadowRoot!, 'region', 'ActivityLog')).to.exist;
    await expect(el).to.be.accessible();
  });
});
