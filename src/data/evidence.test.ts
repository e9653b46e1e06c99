import { expect } from '@open-wc/testing';
import {
  ACTIVITY_CSV_HEADER,
  EVIDENCE_FORMAT,
  activityCsv,
  buildEvidencePack,
  canonicalJson,
  collectActivity,
  verifyEvidencePack,
} from './evidence.js';
import { makeActivity } from './activity.js';
import { SellerKitError } from './errors.js';
import type { Activity } from './models.js';
import { KIT_VERSION } from '../version.js';
import { NOW, makeSession } from '../../test/support/index.js';

function activity(i: number, over: Partial<Activity> = {}): Activity {
  return {
    ...makeActivity({
      id: `a${i}`,
      at: new Date(NOW.getTime() - i * 60_000),
      actor: 'Dana',
      type: 'feedback-reply',
      targetId: `f${i}`,
      text: `Reply ${i}`,
      lint: [],
    }),
    ...over,
  };
}

describe('evidence pack (SPEC §8)', () => {
  it('holds the activities, the session, the filter, the kit version and the time, and its digest verifies', async () => {
    const acts = [activity(0), activity(1)];
    const pack = await buildEvidencePack({
      activities: acts,
      session: makeSession(),
      filter: { types: ['feedback-reply'], from: '2026-11-01' },
      generatedAt: NOW,
      accountId: 'northwind-us',
    });
    expect(pack).to.include({
      format: EVIDENCE_FORMAT,
      kitVersion: KIT_VERSION,
      generatedAt: NOW.toISOString(),
      count: 2,
      accountId: 'northwind-us',
    });
    expect(pack.filter).to.deep.equal({ types: ['feedback-reply'], from: '2026-11-01' });
    expect(pack.session.sellerName).to.equal('Northwind Goods');
    expect(pack.activities).to.deep.equal(acts);
    expect(pack.digest.algorithm).to.equal('SHA-256');
    expect(pack.digest.value).to.match(/^[0-9a-f]{64}$/);
    expect(await verifyEvidencePack(pack)).to.equal(true);
    // As saved and read back (JSON text, pretty-printed, keys in another order): still intact.
    const text = JSON.stringify(pack, null, 2);
    expect(await verifyEvidencePack(text)).to.equal(true);
    const reordered = Object.fromEntries(Object.entries(JSON.parse(text) as object).reverse());
    expect(await verifyEvidencePack(reordered)).to.equal(true);
  });

  it('a one-character edit anywhere in the content breaks the digest', async () => {
    const pack = await buildEvidencePack({ activities: [activity(0)], session: makeSession(), generatedAt: NOW });
    const text = JSON.stringify(pack);
    for (const [from, to] of [
      ['"Reply 0"', '"Reply 1"'],
      ['"outcome":"ok"', '"outcome":"ko"'],
      ['"actor":"Dana"', '"actor":"Dona"'],
      [`"generatedAt":"${NOW.toISOString()}"`, `"generatedAt":"${NOW.toISOString().replace('20', '21')}"`],
    ] as const) {
      expect(text).to.contain(from);
      expect(await verifyEvidencePack(text.replace(from, to)), to).to.equal(false);
    }
    // An activity removed: broken too.
    expect(await verifyEvidencePack({ ...pack, activities: [], count: 0 })).to.equal(false);
    expect(await verifyEvidencePack('not json')).to.equal(false);
    expect(await verifyEvidencePack({ digest: { algorithm: 'MD5', value: '' } })).to.equal(false);
  });

  it('the digest is SHA-256 of the documented canonical serialisation (recomputed here with Web Crypto)', async () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 'é', y: 0.5 } })).to.equal(
      '{"a":[true,null,"x"],"b":1,"d":{"y":0.5,"z":"é"}}',
    );
    const pack = await buildEvidencePack({ activities: [activity(3)], session: makeSession(), generatedAt: NOW });
    const { digest, ...content } = pack;
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
    const hex = Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(digest.value).to.equal(hex);
  });

  it('KIT_VERSION is package.json’s version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(KIT_VERSION).to.equal(pkg.version);
  });

  it('collects every page of the filter', async () => {
    const all = Array.from({ length: 23 }, (_, i) => activity(i));
    const asked: string[] = [];
    const adapter = {
      listActivity: async (q: { offset?: number; limit?: number; types?: string[] }) => {
        asked.push(`${q.offset}/${q.limit}/${q.types?.join()}`);
        return { items: all.slice(q.offset, q.offset! + q.limit!), total: all.length, offset: q.offset! };
      },
    };
    const progress: number[] = [];
    const got = await collectActivity(
      adapter,
      { types: ['feedback-reply'] },
      {
        pageSize: 10,
        onProgress: (d) => progress.push(d),
      },
    );
    expect(got.map((a) => a.id)).to.deep.equal(all.map((a) => a.id));
    expect(asked).to.deep.equal(['0/10/feedback-reply', '10/10/feedback-reply', '20/10/feedback-reply']);
    expect(progress).to.deep.equal([10, 20, 23]);
  });
});

describe('activity CSV', () => {
  it('writes the header and one row per activity, with the lint findings in words', () => {
    const a = activity(0, {
      lint: [
        {
          rule: 'email',
          severity: 'error',
          messageKey: 'policy.lint.email',
          message: 'Remove the e-mail address.',
          start: 0,
          end: 3,
          policy: 'p',
        },
      ],
      outcome: 'refused',
      error: 'policy-violation',
    });
    const csv = activityCsv([a]);
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(ACTIVITY_CSV_HEADER.join(','));
    expect(lines[1]).to.equal(
      `a0,${a.at},Dana,,feedback-reply,f0,refused,policy-violation,Posted a public reply to feedback f0,Reply 0,error email: Remove the e-mail address.`,
    );
    expect(lines[2]).to.equal('');
  });

  it('is safe against formula injection (=, +, -, @, leading tab or CR) and quotes commas, quotes and line breaks', () => {
    const cases: [string, string][] = [
      ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
      ['+1+1', "'+1+1"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
      ['\t=1+1', "'\t=1+1"],
      ['\r=1+1', `"'\r=1+1"`],
      ["'=already", "''=already"],
      ['a, b', '"a, b"'],
      ['line\nbreak', '"line\nbreak"'],
      ['plain text', 'plain text'],
    ];
    for (const [text, cell] of cases) {
      const csv = activityCsv([activity(1, { text, actor: text })]);
      const row = csv.slice(csv.indexOf('\r\n') + 2);
      expect(row.startsWith(`a1,${activity(1).at},${cell},`), JSON.stringify(text)).to.equal(true);
      expect(row, JSON.stringify(text)).to.contain(`,${cell},`);
    }
  });

  it('the error code of a failed send is a column of its own', () => {
    const a = activity(2, {
      outcome: 'failed',
      error: new SellerKitError('network', 'x').code,
    });
    expect(activityCsv([a])).to.contain(',failed,network,');
  });
});
