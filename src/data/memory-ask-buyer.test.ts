import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from './memory-adapter.js';
import { isSellerKitError } from './errors.js';
import { DAY, NOW, makeFeedback } from '../../test/support/index.js';

const at = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

async function code(p: Promise<unknown>): Promise<[string, string[] | undefined]> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  return isSellerKitError(e) ? [e.code, e.reasons] : ['none', undefined];
}

describe('memory adapter: askBuyerToRemoveFeedback (SPEC §9)', () => {
  it('asks once per order on 1–2★ feedback, refusing as Amazon would', async () => {
    const a = createMemoryAdapter({
      now: NOW,
      feedback: [
        makeFeedback(1, { rating: 1, date: at(2) }),
        makeFeedback(2, { rating: 5, date: at(2) }),
        makeFeedback(3, { rating: 2, date: at(300) }),
        makeFeedback(4, { rating: 1, date: at(2), orderId: makeFeedback(1).orderId }),
      ],
    });
    const asked = await a.askBuyerToRemoveFeedback!('f1', { idempotencyKey: 'k' });
    expect(asked.buyerRemovalRequestedAt).to.equal(NOW.toISOString());
    // The same key replays the first answer; another ask is a conflict, for that order's other entry too.
    expect((await a.askBuyerToRemoveFeedback!('f1', { idempotencyKey: 'k' })).id).to.equal('f1');
    expect(await code(a.askBuyerToRemoveFeedback!('f1'))).to.deep.equal(['conflict', ['already-asked']]);
    expect(await code(a.askBuyerToRemoveFeedback!('f4'))).to.deep.equal(['conflict', ['already-asked']]);
    expect(await code(a.askBuyerToRemoveFeedback!('f2'))).to.deep.equal(['policy-violation', ['not-negative']]);
    expect(await code(a.askBuyerToRemoveFeedback!('f3'))).to.deep.equal(['policy-violation', ['too-old']]);
    expect((await code(a.askBuyerToRemoveFeedback!('nope')))[0]).to.equal('not-found');
    // The list shows it.
    const page = await a.listFeedback({});
    expect(page.items.find((f) => f.id === 'f1')!.buyerRemovalRequestedAt).to.equal(NOW.toISOString());
  });

  it('needs feedback edit permission', async () => {
    const a = createMemoryAdapter({
      now: NOW,
      session: { permissions: { reviews: 'edit', feedback: 'view', accountHealth: 'view' } },
      feedback: [makeFeedback(1, { rating: 1, date: at(2) })],
    });
    expect((await code(a.askBuyerToRemoveFeedback!('f1')))[0]).to.equal('forbidden');
  });
});
