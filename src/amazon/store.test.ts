import { expect } from '@open-wc/testing';
import { StoreBook, createInMemoryStore } from './store.js';
import { activityFromInput, isActivityInput, queryActivity } from '../data/activity.js';
import type { Activity, ActivityInput, ActivityQuery } from '../data/models.js';

/** An activity at `at` (ISO), recorded by the store in the order given. */
async function book(times: string[]): Promise<StoreBook> {
  const b = new StoreBook(createInMemoryStore());
  for (const [i, at] of times.entries()) {
    await b.recordInput({ type: 'seller-central-opened', targetId: `t${i}` }, 'Ana', new Date(at));
  }
  return b;
}
const targets = (items: Activity[]) => items.map((a) => a.targetId);

describe('the Amazon adapter store: one activity query and one input check with the other adapters', () => {
  const TIMES = [
    '2025-02-28T23:30:00.000Z',
    '2025-03-01T00:00:00.000Z',
    '2025-03-01T12:00:00.000Z',
    '2025-03-01T23:59:59.999Z',
    '2025-03-02T00:00:00.000Z',
    '2025-03-01T12:00:00.000Z', // the same instant as t2, recorded later
  ];

  it('reads date-only bounds as UTC days (a server: its time zone is no user’s)', async () => {
    const b = await book(TIMES);
    const day = await b.list({ from: '2025-03-01', to: '2025-03-01' });
    // t1 at 00:00:00Z and t3 at 23:59:59.999Z are in; t0 (the evening before, UTC) and t4 (the next day) are out.
    expect(targets(day.items)).to.deep.equal(['t3', 't5', 't2', 't1']);
    expect(targets((await b.list({ from: '2025-03-02' })).items)).to.deep.equal(['t4']);
    expect(targets((await b.list({ to: '2025-02-28' })).items)).to.deep.equal(['t0']);
    // Instants are instants.
    const instants = await b.list({ from: '2025-03-01T12:00:00Z', to: '2025-03-01T12:00:00Z' });
    expect(targets(instants.items)).to.deep.equal(['t5', 't2']);
  });

  it('answers as queryActivity does over the same records with UTC days: types, target, order, paging', async () => {
    const b = await book(TIMES);
    await b.recordInput({ type: 'review-done', targetId: 't2' }, 'Ana', new Date('2025-03-01T13:00:00Z'));
    const recorded = [...(await b.list({ limit: 500 })).items].reverse();
    const queries: ActivityQuery[] = [
      {},
      { types: ['review-done'] },
      { targetId: 't2' },
      { from: '2025-03-01', to: '2025-03-01', limit: 2, offset: 1 },
      { limit: 0 },
      { limit: 10_000 },
      { offset: 5 },
    ];
    for (const q of queries)
      expect(await b.list(q), JSON.stringify(q)).to.deep.equal(queryActivity(recorded, q, 'utc'));
  });

  it('differs from the local-day reading only where the time zone moves an activity to another day', async () => {
    const list = (await book(TIMES)).list({ limit: 500 });
    const recorded = [...(await list).items].reverse();
    const q = { from: '2025-03-01', to: '2025-03-01' };
    const offset = new Date('2025-03-01T12:00:00Z').getTimezoneOffset();
    const local = targets(queryActivity(recorded, q, 'local').items);
    if (offset === 0) expect(local).to.deep.equal(['t3', 't5', 't2', 't1']);
    else expect(local).to.not.deep.equal(['t3', 't5', 't2', 't1']); // the runner's zone moves t0, t1, t3 or t4
  });

  it('checks and makes a client-side event as every adapter does (isActivityInput, activityFromInput)', async () => {
    const b = new StoreBook(createInMemoryStore());
    const at = new Date('2025-03-01T10:00:00Z');
    const bad: unknown[] = [
      null,
      { type: 'nonsense', targetId: 'x' },
      { type: 'seller-central-opened', targetId: '' },
      { type: 'seller-central-opened' },
      { type: 'seller-central-opened', targetId: 'x', outcome: 'maybe' },
      { type: 'seller-central-opened', targetId: 'x', text: 7 },
    ];
    for (const input of bad) {
      expect(isActivityInput(input), JSON.stringify(input)).to.equal(false);
      const e = await b.recordInput(input as ActivityInput, 'Ana', at).catch((x: unknown) => x);
      expect(e, JSON.stringify(input)).to.include({ code: 'policy-violation' });
      expect((e as { reasons: string[] }).reasons).to.deep.equal(['invalid-activity']);
    }
    expect((await b.list()).total).to.equal(0);
    const input: ActivityInput = { type: 'abuse-report-opened', targetId: 'r1', text: 'x'.repeat(12_000) };
    const a = await b.recordInput(input, 'Ana', at);
    const expected = activityFromInput(input, { id: a.id, at, actor: 'Ana' });
    // The same activity, but for the store's caps on what it keeps.
    expect(a).to.deep.equal({ ...expected, text: 'x'.repeat(10_000) });
    expect(a.summary).to.equal(expected.summary);
    expect((await b.list()).items).to.deep.equal([a]);
  });
});
