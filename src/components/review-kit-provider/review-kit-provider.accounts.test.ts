import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReviewKitProvider } from './review-kit-provider.js';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import '../../define/feedback-table.js';
import type { ReviewList } from '../review-list/review-list.js';
import type { FeedbackTable } from '../feedback-table/feedback-table.js';
import type { KitEnvironment } from '../../data/context.js';
import type { SellerKitAdapter } from '../../data/models.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import {
  NOW,
  collectErrors,
  deepTexts,
  makeFeedback,
  findByRole,
  makeReview,
  makeSession,
  settle,
} from '../../../test/support/index.js';

const text = (el: Element) => deepTexts(el).join(' ');

/** One account's memory adapter: its seller's name on every review title, so a row says whose it is. */
function account(name: string, marketplaceId = 'ATVPDKIKX0DER'): SellerKitAdapter {
  return createMemoryAdapter({
    now: NOW,
    session: makeSession({ sellerName: name, marketplaceId }),
    reviews: Array.from({ length: 6 }, (_, i) => makeReview(i, { title: `${name} review ${i}`, marketplaceId })),
    feedback: Array.from({ length: 6 }, (_, i) => makeFeedback(i, { comments: `${name} feedback ${i}` })),
    health: 'healthy',
  });
}

/** An agency adapter over named accounts; `forAccount` of an unknown id throws not-found. */
function agency(accounts: Record<string, SellerKitAdapter>): SellerKitAdapter & { asked: string[] } {
  const asked: string[] = [];
  const root = forwardAdapter(account('Agency'), {
    forAccount: (id) => {
      asked.push(id);
      const a = accounts[id];
      if (!a) throw new SellerKitError('not-found', `Account ${id} not found.`);
      return a;
    },
  });
  return Object.assign(root, { asked });
}

describe('review-kit-provider account (SPEC §8)', () => {
  it('serves every element inside from adapter.forAccount(account)', async () => {
    const root = agency({ alpha: account('Alpha'), beta: account('Beta') });
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${root} .now=${NOW} account="alpha"
        ><review-list></review-list
      ></review-kit-provider>`,
    );
    const list = p.querySelector('review-list')!;
    await waitUntil(() => text(list).includes('Alpha review 0'), 'the account’s reviews');
    expect(text(list)).not.to.contain('Agency review');
    const env = (p as unknown as { env: KitEnvironment }).env;
    expect(env.account).to.equal('alpha');
    expect(env.accountsAdapter).to.equal(root);
    expect(p.activeAdapter).to.equal(root.forAccount!('alpha'));
    await expect(list).to.be.accessible();
  });

  it('switching drops the old account’s late answer: the new rows show, the old ones never', async () => {
    const alpha = account('Alpha');
    let asked = false;
    let release: () => void = () => undefined;
    const slowAlpha = forwardAdapter(alpha, {
      listReviews: (q) => {
        asked = true;
        return new Promise((resolve) => (release = () => resolve(alpha.listReviews(q))));
      },
    });
    const root = agency({ alpha: slowAlpha, beta: account('Beta') });
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${root} .now=${NOW} account="alpha"
        ><review-list></review-list
      ></review-kit-provider>`,
    );
    const list = p.querySelector('review-list')!;
    await waitUntil(() => asked, 'the slow account’s request is in flight');
    p.account = 'beta';
    await waitUntil(() => text(list).includes('Beta review 0'), 'the new account’s rows');
    release();
    await settle(50);
    expect(text(list)).to.contain('Beta review 0');
    expect(text(list)).not.to.contain('Alpha review');
    await expect(list).to.be.accessible();
  });

  it('keeps each element’s filters per account', async () => {
    const root = agency({ alpha: account('Alpha'), beta: account('Beta') });
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${root} .now=${NOW} account="alpha"
        ><review-list></review-list><feedback-table></feedback-table
      ></review-kit-provider>`,
    );
    const list = p.querySelector<ReviewList>('review-list')!;
    const table = p.querySelector<FeedbackTable>('feedback-table')!;
    await waitUntil(() => text(list).includes('Alpha review'), 'alpha rows');
    list.ratings = [1];
    table.filter = 'negative';
    await waitUntil(() => !text(list).includes('Alpha review 1'), 'alpha filtered to 1 star');
    expect(text(list)).to.contain('Alpha review 0');

    p.account = 'beta';
    await waitUntil(() => text(list).includes('Beta review 1'), 'beta starts unfiltered');
    expect(list.ratings).to.deep.equal([]);
    expect(table.filter).to.equal('all');
    list.ratings = [2];

    p.account = 'alpha';
    await waitUntil(() => text(list).includes('Alpha review 0'), 'back to alpha');
    expect(list.ratings).to.deep.equal([1]);
    expect(table.filter).to.equal('negative');
    expect(text(list)).not.to.contain('Alpha review 1');

    p.account = 'beta';
    await waitUntil(() => text(list).includes('Beta review 1'), 'back to beta');
    expect(list.ratings).to.deep.equal([2]);
    expect(table.filter).to.equal('all');
    await expect(p.querySelector('feedback-table')!).to.be.accessible();
  });

  it('a new account starts on its first page', async () => {
    const many = (name: string) =>
      createMemoryAdapter({
        now: NOW,
        session: makeSession({ sellerName: name }),
        reviews: Array.from({ length: 30 }, (_, i) => makeReview(i, { title: `${name} review ${i}` })),
        feedback: [],
        health: 'healthy',
      });
    const root = agency({ alpha: many('Alpha'), beta: many('Beta') });
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${root} .now=${NOW} account="alpha"
        ><review-list page-size="20" sort="newest"></review-list
      ></review-kit-provider>`,
    );
    const list = p.querySelector<ReviewList>('review-list')!;
    const next = await findByRole<HTMLButtonElement>(list.shadowRoot!, 'button', 'Next page');
    next.click();
    await waitUntil(() => text(list).includes('Alpha review 25'), 'alpha page 2');
    p.account = 'beta';
    await waitUntil(() => text(list).includes('Beta review 0'), 'beta from its first page');
    expect(text(list)).not.to.contain('Beta review 25');
  });

  it('an unknown account shows the adapter’s not-found error, not another account’s data', async () => {
    const root = agency({ alpha: account('Alpha') });
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider .adapter=${root} .now=${NOW} account="alpha"
        ><review-list></review-list
      ></review-kit-provider>`,
    );
    const list = p.querySelector('review-list')!;
    await waitUntil(() => text(list).includes('Alpha review 0'));
    const errors = await collectErrors(async () => {
      p.account = 'nobody';
      await waitUntil(() => !text(list).includes('Alpha review'), 'the old rows are gone');
    });
    expect(errors.length).to.equal(1);
    expect(String(errors[0])).to.contain('forAccount("nobody")');
    await expect(list).to.be.accessible();
  });

  it('an account attribute with an adapter lacking forAccount is a configuration error', async () => {
    const single = account('Solo');
    let p!: ReviewKitProvider;
    const errors = await collectErrors(async () => {
      p = await fixture<ReviewKitProvider>(
        html`<review-kit-provider .adapter=${single} .now=${NOW} account="x"
          ><review-list></review-list
        ></review-kit-provider>`,
      );
    });
    const list = p.querySelector('review-list')!;
    await list.updateComplete;
    expect(text(list)).to.contain('Not connected to any data');
    expect(text(list)).not.to.contain('Solo');
    expect(String(errors[0])).to.contain('needs an adapter with forAccount');
    await expect(list).to.be.accessible();
  });

  it('demo mode serves the demo portfolio: account="alpenglow-de" shows that seller’s data', async () => {
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider demo .now=${NOW} account="alpenglow-de"
        ><review-list></review-list
      ></review-kit-provider>`,
    );
    const env = (p as unknown as { env: KitEnvironment }).env;
    const rows = await env.accountsAdapter!.listAccounts!();
    expect(rows.length).to.equal(12);
    expect((await p.activeAdapter!.getSession()).sellerName).to.equal('Alpenglow Outdoor GmbH');
  });
});
