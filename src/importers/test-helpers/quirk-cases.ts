/**
 * One case per quirk of real report downloads (test/fixtures/amazon/README.md names the public sources each
 * fixture is modelled on). Each case turns its fixture into a plain summary — rows, dates, texts, the question
 * asked — and states the summary expected. The same cases run in Chromium (quirks.test.ts, through the test
 * runner) and in Node and Chromium side by side (test/node/importers-runtimes.test.mjs), so the importers give
 * the same result in every runtime.
 */
import {
  DateFormatError,
  parseSellerFeedbackReport,
  parseSellerFeedbackReportAsync,
  parseSellerPerformanceReport,
  type FeedbackReportResult,
} from '../index.js';

const US = 'ATVPDKIKX0DER';
const UK = 'A1F83G8C2ARO7P';
const CA = 'A2EUQ1WTGCTBG2';
const AU = 'A39IBJ37TRP1C6';
const JP = 'A1VC38T7YXB528';
const FR = 'A13V1IB3VIYZZH';
const DE = 'A1PA6795UKMFR9';
/** The day the fixtures were "downloaded": readings after it are implausible. */
const NOW = Date.UTC(2025, 5, 20);

export interface QuirkCase {
  name: string;
  file: string;
  summarize(bytes: Uint8Array): Promise<unknown>;
  expected: unknown;
}

const rows = (r: FeedbackReportResult) => ({
  encoding: r.encoding,
  dateFormat: r.dateFormat,
  marketplaceId: r.marketplaceId,
  fileMarketplaceId: r.fileMarketplaceId,
  problems: r.problems.map((p) => [p.line, p.code]),
  feedback: r.feedback.map((f) => [f.date, f.rating, f.comments, f.reply?.text ?? null, f.orderId]),
});

/** The question a parse asks, or 'no question'. */
function question(fn: () => unknown) {
  try {
    fn();
    return 'no question';
  } catch (e) {
    if (!(e instanceof DateFormatError)) throw e;
    const q = e.question;
    return {
      code: e.code,
      message: e.message,
      reason: q.reason,
      fileMarketplaceId: q.fileMarketplaceId,
      samples: q.samples,
      options: q.options.map((o) => [o.dateFormat, o.marketplaceId, o.dates, o.rows]),
    };
  }
}

export const QUIRK_CASES: QuirkCase[] = [
  {
    name: 'a UK report with the US marketplace selected: the aliases name amazon.co.uk, so it asks',
    file: 'GET_SELLER_FEEDBACK_DATA.UK.tsv',
    async summarize(bytes) {
      const asked = question(() => parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW }));
      let answered: unknown = null;
      try {
        parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW });
      } catch (e) {
        answered = rows((e as DateFormatError).answer({ dateFormat: 'D/M/YY', marketplaceId: UK }));
      }
      const asUk = rows(parseSellerFeedbackReport(bytes, { marketplaceId: UK, now: NOW }));
      return { asked, answered, sameAsUk: JSON.stringify(answered) === JSON.stringify(asUk) };
    },
    expected: {
      asked: {
        code: 'date-format',
        message:
          'The rater e-mails in this file come from amazon.co.uk, but amazon.com is selected. Choose how to read the dates: nothing has been imported yet.',
        reason: 'marketplace',
        fileMarketplaceId: UK,
        samples: ['4/6/25', '2/6/25', '28/5/25'],
        options: [
          ['D/M/YY', UK, ['2025-06-04', '2025-06-02', '2025-05-28'], 8],
          ['M/D/YY', US, ['2025-04-06', '2025-02-06', null], 4],
        ],
      },
      answered: {
        encoding: 'utf-8',
        dateFormat: 'D/M/YY',
        marketplaceId: UK,
        fileMarketplaceId: UK,
        problems: [],
        feedback: [
          [
            '2025-06-04',
            1,
            'Parcel arrived soaked – courier left it in the rain by the bins.',
            null,
            '202-1184630-2291547',
          ],
          [
            '2025-06-02',
            2,
            'Charged £12.99 for next-day delivery, took a week.',
            'Sorry – the courier missed our cut-off. Refunded the postage.',
            '203-5550912-8837104',
          ],
          ['2025-05-28', 1, 'Never arrived. Seller ignored two messages.', null, '204-7716203-4409981'],
          ['2025-05-11', 3, 'OK but the box was far too big for a phone case.', null, '205-0092814-6620317'],
          ['2025-05-03', 2, 'Wrong colour sent (navy, not black).', null, '206-3348127-1175590'],
          ['2025-04-15', 1, 'Item not as described – "leather" is plastic.', null, '202-8830415-9964208'],
          ['2025-04-09', 3, 'Arrived late but well packed.', null, '203-2271649-3318852'],
          ['2025-03-01', 2, 'No invoice in the parcel; asked twice.', null, '204-6605531-0027419'],
        ],
      },
      sameAsUk: true,
    },
  },
  {
    name: 'a CA report whose every date reads both ways and has no aliases: asks only when told to',
    file: 'GET_SELLER_FEEDBACK_DATA.CA.ambiguous.tsv',
    async summarize(bytes) {
      return {
        caller: question(() => parseSellerFeedbackReport(bytes, { marketplaceId: CA, now: NOW })),
        dates: parseSellerFeedbackReport(bytes, { marketplaceId: CA, now: NOW }).feedback.map((f) => f.date),
        askIfAmbiguous: question(() =>
          parseSellerFeedbackReport(bytes, { marketplaceId: CA, now: NOW, askIfAmbiguous: true }),
        ),
        dropZoneDefault: question(() =>
          parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW, askIfAmbiguous: true }),
        ),
      };
    },
    expected: {
      caller: 'no question',
      dates: ['2025-03-02', '2025-04-05', '2025-01-06', '2025-02-01'],
      askIfAmbiguous: {
        code: 'date-format',
        message:
          'Every date in this file can be read in more than one way, and nothing in the file tells which. Choose how to read them: nothing has been imported yet.',
        reason: 'ambiguous',
        fileMarketplaceId: null,
        samples: ['2/3/25', '5/4/25', '6/1/25'],
        options: [
          ['D/M/YY', CA, ['2025-03-02', '2025-04-05', '2025-01-06'], 4],
          ['M/D/YY', null, ['2025-02-03', '2025-05-04', '2025-06-01'], 4],
        ],
      },
      dropZoneDefault: {
        code: 'date-format',
        message:
          'Every date in this file can be read in more than one way, and nothing in the file tells which. Choose how to read them: nothing has been imported yet.',
        reason: 'ambiguous',
        fileMarketplaceId: null,
        samples: ['2/3/25', '5/4/25', '6/1/25'],
        options: [
          ['M/D/YY', US, ['2025-02-03', '2025-05-04', '2025-06-01'], 4],
          ['D/M/YY', null, ['2025-03-02', '2025-04-05', '2025-01-06'], 4],
        ],
      },
    },
  },
  {
    name: 'an AU report without aliases: dates that read only as D/M/YY contradict the US selection',
    file: 'GET_SELLER_FEEDBACK_DATA.AU.tsv',
    async summarize(bytes) {
      return {
        us: question(() => parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW })),
        au: rows(parseSellerFeedbackReport(bytes, { marketplaceId: AU, now: NOW, askIfAmbiguous: true })).feedback.map(
          (f) => f[0],
        ),
      };
    },
    expected: {
      us: {
        code: 'date-format',
        message:
          'The dates in this file cannot all be read the way amazon.com writes them. Choose how to read them: nothing has been imported yet.',
        reason: 'dates',
        fileMarketplaceId: null,
        samples: ['14/6/25', '3/6/25', '25/5/25'],
        options: [
          ['M/D/YY', US, [null, '2025-03-06', null], 1],
          ['D/M/YY', null, ['2025-06-14', '2025-06-03', '2025-05-25'], 4],
        ],
      },
      au: ['2025-06-14', '2025-06-03', '2025-05-25', '2025-05-07'],
    },
  },
  {
    name: 'a windows-1252 (ANSI) report with CRLF: curly quotes, dashes, €, ™, … and ½ by the kit’s own table',
    file: 'GET_SELLER_FEEDBACK_DATA.US.windows-1252.txt',
    async summarize(bytes) {
      return rows(parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW }));
    },
    expected: {
      encoding: 'windows-1252',
      dateFormat: 'M/D/YY',
      marketplaceId: US,
      fileMarketplaceId: US,
      problems: [],
      feedback: [
        ['2025-05-30', 1, 'Seller’s “express” shipping took 12 days – unacceptable…', null, '113-6620915-4471038'],
        [
          '2025-05-22',
          2,
          'Paid €35 extra for the Brand™ version — got the generic one.',
          'We’re sorry – a replacement ships today.',
          '114-3308127-5529946',
        ],
        ['2025-05-14', 3, 'Café table arrived, one leg ½ inch short.', null, '112-9917350-0064283'],
      ],
    },
  },
  {
    name: 'a Shift_JIS (cp932) JP report: NEC ①② ㈱ and IBM 髙 characters, YY/M/D dates',
    file: 'GET_SELLER_FEEDBACK_DATA.JP.cp932.txt',
    async summarize(bytes) {
      return rows(parseSellerFeedbackReport(bytes, { marketplaceId: JP, now: NOW, askIfAmbiguous: true }));
    },
    expected: {
      encoding: 'shift_jis',
      dateFormat: 'YY/M/D',
      marketplaceId: JP,
      fileMarketplaceId: JP,
      problems: [],
      feedback: [
        ['2025-05-30', 1, '商品が届きません。①問い合わせ済み、②返信なし。', null, '250-1180462-3375509'],
        [
          '2025-05-12',
          2,
          '㈱髙橋商事の表記がありましたが、別の商品でした。',
          '大変申し訳ありません。代替品を発送しました。',
          '250-7734019-9926170',
        ],
        ['2025-04-03', 3, '髙いですが、まあまあです。', null, '250-4429831-0075642'],
      ],
    },
  },
  {
    name: 'a report saved again by Excel: quoted cells, doubled quotes, a line break in a cell, CRLF and LF, M/D/YYYY',
    file: 'GET_SELLER_FEEDBACK_DATA.US.excel-resaved.txt',
    async summarize(bytes) {
      const r = parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW });
      return { ...rows(r), lines: r.problems.length };
    },
    expected: {
      encoding: 'windows-1252',
      dateFormat: 'M/D/YY',
      marketplaceId: US,
      fileMarketplaceId: US,
      problems: [],
      feedback: [
        ['2025-05-30', 1, 'Seller said "no returns" – then ignored me', null, '113-2207815-6634190'],
        [
          '2025-05-28',
          2,
          'Box crushed.\nOne mug broken, the other chipped.',
          'Sorry, a replacement is on its way.',
          '114-8816402-1179053',
        ],
        ['2025-05-21', 3, 'OK', null, '111-5503928-8845716'],
        ['2025-05-13', 1, 'Item "new", box opened, parts missing', null, '112-0048817-2260394'],
      ],
      lines: 0,
    },
  },
  {
    name: 'the US report saved again by Excel as "CSV (Comma delimited)": commas, quoted cells, ANSI, CRLF',
    file: 'GET_SELLER_FEEDBACK_DATA.US.excel-csv.txt',
    async summarize(bytes) {
      return rows(parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW }));
    },
    expected: {
      encoding: 'windows-1252',
      dateFormat: 'M/D/YY',
      marketplaceId: US,
      fileMarketplaceId: US,
      problems: [],
      feedback: [
        ['2025-06-02', 1, 'Arrived late, box torn – no reply from seller', null, '113-4471920-5528310'],
        ['2025-05-29', 2, 'Ordered the "large" size, got small', null, '114-2209381-7730162'],
        ['2025-05-17', 3, 'Fine but pricey at $24.99', 'Thanks, we’ve passed this on.', '112-7730591-0041928'],
        ['2025-05-03', 1, 'Never arrived.\nTracking stuck for 3 weeks.', null, '111-9182736-4455667'],
      ],
    },
  },
  {
    name: "a DE report saved by a German Excel as CSV: semicolons (the region's list separator), DD.MM.YYYY, ANSI",
    file: 'GET_SELLER_FEEDBACK_DATA.DE.excel-semicolon.txt',
    async summarize(bytes) {
      return rows(parseSellerFeedbackReport(bytes, { marketplaceId: DE, now: NOW }));
    },
    expected: {
      encoding: 'windows-1252',
      dateFormat: 'D.M.YY',
      marketplaceId: DE,
      fileMarketplaceId: DE,
      problems: [],
      feedback: [
        ['2025-06-07', 1, '„Ware beschädigt“ – Rücksendung abgelehnt', null, '302-5518273-9910234'],
        ['2025-05-30', 2, 'Lieferung verspätet; Karton nass', null, '304-1172839-5566778'],
        ['2025-05-12', 1, 'Preis 19,99 € – Qualität mangelhaft', 'Danke; wir melden uns.', '306-8827364-1100293'],
        ['2025-05-04', 3, 'Ok, aber "neu" war es nicht', null, '303-6655443-2211009'],
      ],
    },
  },
  {
    name: 'a gzip-compressed download (.gz) is decompressed and imported',
    file: 'GET_SELLER_FEEDBACK_DATA.US.sample.tsv.gz',
    async summarize(bytes) {
      const r = await parseSellerFeedbackReportAsync(bytes, { marketplaceId: US, now: NOW });
      let syncCode = '';
      try {
        parseSellerFeedbackReport(bytes, { marketplaceId: US, now: NOW });
      } catch (e) {
        syncCode = (e as { code: string }).code;
      }
      return {
        compressed: r.compressed,
        rows: r.feedback.length,
        first: [r.feedback[0]!.date, r.feedback[0]!.orderId],
        last: [r.feedback.at(-1)!.date, r.feedback.at(-1)!.comments],
        syncCode,
      };
    },
    expected: {
      compressed: true,
      rows: 20,
      first: ['2025-05-30', '113-4820193-5503318'],
      last: ['2024-12-03', 'Backslash \\ and a literal \\n sequence, plus 100% cotton claim was false'],
      syncCode: 'compressed',
    },
  },
  {
    name: 'a health report: warningStates without titles become titled notifications, unknown metrics are kept',
    file: 'GET_V2_SELLER_PERFORMANCE_REPORT.warnings.json',
    async summarize(bytes) {
      const all = parseSellerPerformanceReport(bytes);
      return all.map((h) => ({
        marketplaceId: h.marketplaceId,
        accountStatus: h.accountStatus,
        notifications: h.notifications.map((n) => [n.code, n.sourceStatus, n.title]),
        metrics: h.metrics.map((m) => [m.key, m.kind, m.value, m.sourceStatus ?? null]),
        parts: h.metrics[0]!.parts!.map((p) => [p.key, p.numerator, p.sourceStatus ?? null]),
      }));
    },
    expected: (['A1F83G8C2ARO7P', 'A1PA6795UKMFR9', FR] as const).map((id, i) => ({
      marketplaceId: id,
      accountStatus: i === 0 ? 'AT_RISK' : 'NORMAL',
      notifications:
        i === 0
          ? [
              ['spammingSellerMessaging', 'BAD', 'Warning: unwanted or excessive messages to buyers'],
              ['listingPolicyWarning', 'BAD', 'Account warning: listing policy warning'],
            ]
          : [],
      metrics: [
        ['orderDefectRate', 'rate', 0.0123, i === 0 ? 'BAD' : 'GOOD'],
        ['lateShipmentRate', 'rate', 0.011, 'GOOD'],
        ['returnDissatisfactionRate', 'rate', 0.042, 'GOOD'],
        ['contactResponseTime', 'count', 57, 'BAD'],
        ['brandProtectionReview', 'count', null, 'NONE'],
      ],
      parts: [
        ['negativeFeedback', 6, i === 0 ? 'BAD' : 'GOOD'],
        ['claims', 3, 'GOOD'],
        ['chargebacks', 1, 'GOOD'],
      ],
    })),
  },
  {
    name: 'a health report whose only entry has no marketplaceId is used as the marketplace given',
    file: 'GET_V2_SELLER_PERFORMANCE_REPORT.single-no-marketplace.json',
    async summarize(bytes) {
      return {
        given: parseSellerPerformanceReport(bytes, { marketplaceId: FR }).map((h) => [
          h.marketplaceId,
          h.metrics.length,
        ]),
        none: parseSellerPerformanceReport(bytes).map((h) => h.marketplaceId),
      };
    },
    expected: { given: [[FR, 5]], none: [''] },
  },
];

/** Runs every case on the fixtures `load` gives; returns name → summary. */
export async function runQuirkCases(load: (file: string) => Promise<Uint8Array>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const c of QUIRK_CASES) out[c.name] = await c.summarize(await load(c.file));
  return out;
}
