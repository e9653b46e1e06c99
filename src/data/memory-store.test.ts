import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from './memory-adapter.js';
import { memoryStoreWork } from './memory-store.js';
import type { Feedback, FeedbackQuery, FeedbackSort } from './models.js';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const SORTS: FeedbackSort[] = ['newest', 'oldest', 'rating-asc', 'rating-desc', 'order-asc', 'order-desc', 'attention'];
const QUERIES: FeedbackQuery[] = [
  ...SORTS.map((sort) => ({ sort })),
  { category: 'negative', sort: 'attention' },
  { category: 'positive' },
  { from: '2025-05-01', to: '2025-06-01', sort: 'rating-asc' },
];

const demo = () => createMemoryAdapter({ seed: 3, counts: { reviews: 10, feedback: 400 }, now: NOW });
type Adapter = ReturnType<typeof demo>;

/** Every page of a query, 60 at a time: ids and the fields the orders and filters read. */
async function everyPage(a: Adapter, q: FeedbackQuery): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; ; offset += 60) {
    const page = await a.listFeedback({ ...q, offset, limit: 60 });
    out.push(...page.items.map((f: Feedback) => `${f.id} ${f.rating} ${f.reply ? 'r' : ''}${f.removal ? 'x' : ''}`));
    if (offset + 60 >= page.total) return out;
  }
}

/**
 * One mutation that changes what "attention" sees — a reply, a removal request or a request to the buyer, taking
 * turns — on the first of `ids` not changed yet that takes it. The same calls on two stores of the same data give
 * the same results. Returns the id changed.
 */
async function mutateOne(a: Adapter, ids: string[], changed: string[]): Promise<string> {
  const calls = [
    (id: string) => a.postFeedbackReply(id, 'We are sorry about the delay and have improved our packing.'),
    (id: string) => a.requestFeedbackRemoval(id, 'product-review'),
    (id: string) => a.askBuyerToRemoveFeedback!(id),
  ];
  for (let k = 0; k < calls.length; k++) {
    const call = calls[(changed.length + k) % calls.length]!;
    for (const id of ids.filter((x) => !changed.includes(x))) {
      const ok = await call(id).then(
        () => true,
        () => false,
      );
      if (ok) return (changed.push(id), id);
    }
  }
  throw new Error('no mutation took');
}

describe('memory store: listFeedback orders, kept per query until a mutation', () => {
  it('answers every query as a store that never kept one does, before and after mutations', async () => {
    const kept = demo();
    const fresh = demo();
    const candidates = (await kept.listFeedback({ sort: 'attention', limit: 60 })).items.map((f) => f.id);
    const [changedKept, changedFresh]: string[][] = [[], []];
    for (const q of QUERIES) {
      const before = await everyPage(kept, q);
      // The same pages again: from what was kept, identical.
      expect(await everyPage(kept, q)).to.deep.equal(before);
      const id = await mutateOne(kept, candidates, changedKept);
      expect(await mutateOne(fresh, candidates, changedFresh)).to.equal(id);
      const after = await everyPage(kept, q);
      // `fresh` answers the query for the first time, after the same mutations.
      expect(after, JSON.stringify(q)).to.deep.equal(await everyPage(fresh, q));
      if (q.sort === 'attention' && !q.category) {
        // The mutation took `id` out of "needs attention": a kept order would still list it where it was.
        expect(after.map((x) => x.split(' ')[0]).indexOf(id)).to.be.greaterThan(
          before.map((x) => x.split(' ')[0]).indexOf(id),
        );
      }
    }
  });

  it('sorts once per query: a next page is a slice of the first, until a mutation', async () => {
    const a = demo();
    const sorts = () => memoryStoreWork.feedbackSorts;
    await a.getSession();
    let n = sorts();
    const first = await a.listFeedback({ sort: 'rating-asc', limit: 25 });
    expect(sorts() - n).to.equal(1);
    n = sorts();
    const second = await a.listFeedback({ sort: 'rating-asc', offset: 25, limit: 25 });
    const third = await a.listFeedback({ sort: 'rating-asc', offset: 50, limit: 100 });
    expect(sorts() - n, 'pages 2 and 3 sort nothing').to.equal(0);
    expect(second.total).to.equal(first.total);
    expect(new Set([...first.items, ...second.items, ...third.items].map((f) => f.id)).size).to.equal(150);
    // Another query sorts once; going back to the first does not.
    n = sorts();
    await a.listFeedback({ sort: 'newest', limit: 25 });
    await a.listFeedback({ sort: 'newest', offset: 25, limit: 25 });
    await a.listFeedback({ sort: 'rating-asc', offset: 75, limit: 25 });
    expect(sorts() - n).to.equal(1);
    // A refused mutation changes nothing and keeps what was sorted; an applied one drops it.
    const refused = await a.postFeedbackReply('no-such-feedback', 'Thank you.').catch((e: unknown) => e);
    expect((refused as { code?: string }).code).to.equal('not-found');
    n = sorts();
    await a.listFeedback({ sort: 'rating-asc', offset: 25, limit: 25 });
    expect(sorts() - n).to.equal(0);
    const target = (await a.listFeedback({ sort: 'attention', limit: 1 })).items[0]!;
    await a.postFeedbackReply(target.id, 'We are sorry about the delay and have improved our packing.');
    n = sorts();
    const again = await a.listFeedback({ sort: 'rating-asc', offset: 25, limit: 25 });
    expect(sorts() - n).to.equal(1);
    expect(again.items.map((f) => f.id)).to.deep.equal(second.items.map((f) => f.id));
    expect((await a.listFeedback({ sort: 'attention', limit: 1 })).items[0]!.id).to.not.equal(target.id);
  });

  it('keys a kept order on every field of the query but paging (a different filter is never served another)', async () => {
    const a = demo();
    const negative = await a.listFeedback({ category: 'negative', limit: 500 });
    const positive = await a.listFeedback({ category: 'positive', limit: 500 });
    const all = await a.listFeedback({ limit: 500 });
    const may = await a.listFeedback({ from: '2025-05-01', to: '2025-05-31', limit: 500 });
    expect(negative.items.every((f) => f.rating <= 2)).to.equal(true);
    expect(positive.items.every((f) => f.rating >= 4)).to.equal(true);
    expect(all.total).to.be.greaterThan(negative.total + positive.total - 1);
    expect(may.total).to.be.greaterThan(0);
    expect(may.total).to.be.below(all.total);
  });
});
