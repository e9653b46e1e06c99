import { expect } from '@open-wc/testing';
import { collectFeedback, EXPORT_PAGE } from './collect-feedback.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { isAbortError } from './errors.js';
import type { Feedback, FeedbackQuery, Page } from './models.js';

const NOW = new Date('2026-11-20T12:00:00.000Z');

/** A fake listFeedback over `n` rows, recording its queries. */
function fake(n: number, opts: { total?: number; empty?: boolean } = {}) {
  const queries: FeedbackQuery[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const all = Array.from({ length: n }, (_, i) => ({ id: `f${i}` }) as Feedback);
  return {
    queries,
    signals,
    listFeedback: async (q: FeedbackQuery, o?: { signal?: AbortSignal }): Promise<Page<Feedback>> => {
      queries.push(q);
      signals.push(o?.signal);
      const offset = q.offset ?? 0;
      const items = opts.empty ? [] : all.slice(offset, offset + (q.limit ?? 25));
      return { items, total: opts.total ?? n, offset };
    },
  };
}

describe('collectFeedback', () => {
  it('reads every page of the query in pages of 500, in order, reporting progress', async () => {
    const a = fake(1203);
    const progress: [number, number][] = [];
    const rows = await collectFeedback(
      a,
      { category: 'negative', sort: 'oldest' },
      { onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(rows.map((f) => f.id)).to.deep.equal(Array.from({ length: 1203 }, (_, i) => `f${i}`));
    expect(a.queries).to.deep.equal(
      [0, 500, 1000].map((offset) => ({ category: 'negative', sort: 'oldest', offset, limit: EXPORT_PAGE })),
    );
    expect(progress).to.deep.equal([
      [500, 1203],
      [1000, 1203],
      [1203, 1203],
    ]);
  });

  it('stops at an empty page even when the total says more', async () => {
    const a = fake(0, { total: 10, empty: true });
    expect(await collectFeedback(a, {})).to.deep.equal([]);
    expect(a.queries).to.have.length(1);
  });

  it('passes the signal down and stops when aborted', async () => {
    const a = fake(1203);
    const abort = new AbortController();
    let error: unknown;
    try {
      await collectFeedback(a, {}, { signal: abort.signal, onProgress: () => abort.abort(), pageSize: 100 });
    } catch (e) {
      error = e;
    }
    expect(isAbortError(error)).to.be.true;
    expect(a.queries).to.have.length(1);
    expect(a.signals[0]).to.equal(abort.signal);
    const before = new AbortController();
    before.abort();
    error = undefined;
    await collectFeedback(a, {}, { signal: before.signal }).catch((e: unknown) => (error = e));
    expect(isAbortError(error)).to.be.true;
    expect(a.queries).to.have.length(1);
  });

  it('collects from the memory adapter what its pages hold', async () => {
    const adapter = createMemoryAdapter({ now: NOW, seed: 3, counts: { feedback: 730 } });
    const rows = await collectFeedback(adapter, { sort: 'newest' }, { pageSize: 200 });
    const pages = await Promise.all(
      [0, 365].map((offset) => adapter.listFeedback({ sort: 'newest', offset, limit: 365 })),
    );
    expect(rows.map((f) => f.id)).to.deep.equal(pages.flatMap((p) => p.items).map((f) => f.id));
    expect(rows).to.have.length(pages[0]!.total);
  });
});
