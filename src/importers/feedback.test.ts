import { expect } from '@open-wc/testing';
import {
  formatSellerFeedbackReport,
  parseSellerFeedbackReport,
  parseSellerFeedbackReportAsync,
  parseSellerPerformanceReport,
  sniffReport,
  ReportError,
  REPORT_FORMATS,
  type FeedbackReportResult,
} from './index.js';

const US = 'ATVPDKIKX0DER';
const UK = 'A1F83G8C2ARO7P';
const DE = 'A1PA6795UKMFR9';
const JP = 'A1VC38T7YXB528';
const SE = 'A2NODRKZP88ZB9';
const HEADER = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email';

async function fixtureText(name: string): Promise<string> {
  const res = await fetch(`/test/fixtures/amazon/${name}`);
  expect(res.ok, name).to.equal(true);
  return res.text();
}
async function fixtureBytes(name: string): Promise<ArrayBuffer> {
  const res = await fetch(`/test/fixtures/amazon/${name}`);
  expect(res.ok, name).to.equal(true);
  return res.arrayBuffer();
}

function catchError(fn: () => unknown): ReportError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ReportError);
    return e as ReportError;
  }
  throw new Error('expected a ReportError');
}

const bytes = (...parts: (string | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (const b of new TextEncoder().encode(p)) out.push(b);
    else out.push(...p);
  }
  return new Uint8Array(out);
};

describe('parseSellerFeedbackReport — US sample fixture', () => {
  let result: FeedbackReportResult;
  before(async () => {
    result = parseSellerFeedbackReport(await fixtureText('GET_SELLER_FEEDBACK_DATA.US.sample.tsv'), {
      marketplaceId: US,
    });
  });

  it('imports every row without problems', () => {
    expect(result.problems).to.deep.equal([]);
    expect(result.feedback).to.have.length(20);
    expect(result.columns).to.deep.equal(['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email']);
    expect(result.positiveKnown).to.equal(false);
  });

  it('maps the first row to the Feedback model', () => {
    expect(result.feedback[0]).to.deep.equal({
      id: 'fb-113-4820193-5503318',
      orderId: '113-4820193-5503318',
      date: '2025-05-30',
      rating: 1,
      comments: 'Item never arrived and the seller never answered my two messages.',
      raterEmail: '4qz8k1m7hv2c9xt@marketplace.amazon.com',
      fulfillment: 'mfn',
      reply: null,
      removal: null,
    });
  });

  it('turns Response into a reply dated with the feedback date', () => {
    const f = result.feedback[1]!;
    expect(f.reply).to.deep.equal({
      text: "We're sorry about the broken mug — a replacement shipped on 5/29. Thank you for your patience.",
      postedAt: '2025-05-28',
    });
    expect(result.feedback.filter((x) => x.reply).map((x) => x.orderId)).to.deep.equal([
      '114-0038271-9927446',
      '113-1159904-7743385',
      '114-3357789-2204156',
    ]);
  });

  it('keeps hostile text verbatim', () => {
    const byOrder = new Map(result.feedback.map((f) => [f.orderId, f]));
    expect(byOrder.get('112-9051246-3378815')!.comments).to.equal(
      "<b>DO NOT BUY</b> from this seller <script>alert('x')</script>",
    );
    expect(byOrder.get('114-2290576-1168842')!.comments).to.equal('Worst seller ever!!! &amp; I mean it &lt;3');
    expect(byOrder.get('111-4417752-3306698')!.comments).to.equal(
      'Seller said "no returns" even though Amazon\'s policy says 30 days.',
    );
    expect(byOrder.get('111-8873341-0092517')!.comments).to.equal(
      '   leading and trailing spaces, commas, and a semicolon;   ',
    );
    expect(byOrder.get('113-7708361-4459120')!.comments).to.equal('商品が届きませんでした。返金をお願いします。');
    expect(byOrder.get('114-5523390-8801674')!.comments).to.equal('Product is fine but shipping took 12 days 🐢📦');
    expect(byOrder.get('112-3380047-9182263')!.comments).to.equal(
      "Très déçu : l'article ne correspond pas à la description. Emballage abîmé.",
    );
    const last = byOrder.get('112-0018842-7716619')!;
    expect(last.comments).to.equal('Backslash \\ and a literal \\n sequence, plus 100% cotton claim was false');
    expect(last.raterEmail).to.equal(null);
    expect(last.date).to.equal('2024-12-03');
    expect(byOrder.get('114-6612098-0045537')!.comments).to.equal('');
  });

  it('reads only 1–3 star rows from the real report', () => {
    expect(new Set(result.feedback.map((f) => f.rating))).to.deep.equal(new Set([1, 2, 3]));
  });

  it('gives the same result from the bytes (UTF-8)', async () => {
    const fromBytes = parseSellerFeedbackReport(await fixtureBytes('GET_SELLER_FEEDBACK_DATA.US.sample.tsv'), {
      marketplaceId: US,
    });
    expect(fromBytes.encoding).to.equal('utf-8');
    expect(fromBytes.feedback).to.deep.equal(result.feedback);
  });
});

describe('parseSellerFeedbackReport — date formats per marketplace', () => {
  const row = (date: string) => `${HEADER}\n${date}\t2\tLate\t\t111-0000000-0000001\t\n`;
  const dateIn = (date: string, marketplaceId: string) =>
    parseSellerFeedbackReport(row(date), { marketplaceId }).feedback[0]?.date;

  it('reads 5/6/25 as May 6 in the US and June 5 in the UK', () => {
    expect(dateIn('5/6/25', US)).to.equal('2025-05-06');
    expect(dateIn('5/6/25', UK)).to.equal('2025-06-05');
  });

  it('reads DE D.M.YY, JP YY/M/D and SE YYYY-MM-DD', () => {
    expect(dateIn('6.5.25', DE)).to.equal('2025-05-06');
    expect(dateIn('25/5/6', JP)).to.equal('2025-05-06');
    expect(dateIn('2025-05-06', SE)).to.equal('2025-05-06');
  });

  it('reads D/M/YY in every marketplace that uses it', () => {
    const dm = Object.entries(REPORT_FORMATS).filter(([, f]) => f.dateFormat === 'D/M/YY');
    expect(dm.map(([, f]) => f.country).sort()).to.deep.equal(
      [
        'AE',
        'AU',
        'BE',
        'BR',
        'CA',
        'EG',
        'ES',
        'FR',
        'IE',
        'IN',
        'IT',
        'MX',
        'NL',
        'PL',
        'SA',
        'SG',
        'TR',
        'UK',
      ].sort(),
    );
    for (const [id] of dm) expect(dateIn('31/12/24', id), id).to.equal('2024-12-31');
  });

  it('accepts four-digit years and leading zeros', () => {
    expect(dateIn('05/06/2025', US)).to.equal('2025-05-06');
    expect(dateIn('06.05.2025', DE)).to.equal('2025-05-06');
  });

  it('reports dates that do not fit the format, with the line number', () => {
    const text = [
      HEADER,
      '13/1/25\t1\tx\t\t1\t',
      '2/30/25\t1\tx\t\t2\t',
      '2/29/24\t1\tx\t\t3\t',
      '5.6.25\t1\tx\t\t4\t',
    ].join('\n');
    const r = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(r.feedback.map((f) => f.date)).to.deep.equal(['2024-02-29']);
    expect(r.problems.map((p) => [p.line, p.code, p.params?.value])).to.deep.equal([
      [2, 'bad-date', '13/1/25'],
      [3, 'bad-date', '2/30/25'],
      [5, 'bad-date', '5.6.25'],
    ]);
    expect(r.problems[0]!.messageKey).to.equal('importers.bad-date');
    expect(r.problems[0]!.message).to.equal(
      'Line 2: "13/1/25" is not a date in the format M/D/YY. The row was skipped.',
    );
  });

  it('throws unknown-marketplace for an id it does not know', () => {
    expect(catchError(() => parseSellerFeedbackReport(row('1/1/25'), { marketplaceId: 'NOPE' })).code).to.equal(
      'unknown-marketplace',
    );
  });
});

describe('parseSellerFeedbackReport — encodings', () => {
  it('falls back to windows-1252 for ISO-8859-1 bytes (é = 0xE9) and loses nothing', () => {
    const data = bytes(`${HEADER}\n1/2/25\t1\tcaf`, [0xe9], ' tr', [0xe8], 's mauvais\t\t111-1\tx@y.z\n');
    const r = parseSellerFeedbackReport(data, { marketplaceId: US });
    expect(r.encoding).to.equal('windows-1252');
    expect(r.problems).to.deep.equal([]);
    expect(r.feedback[0]!.comments).to.equal('café très mauvais');
  });

  it('honours an explicit iso-8859-1 encoding, also for ArrayBuffer input', () => {
    const data = bytes(`${HEADER}\n1/2/25\t1\t`, [0xc9, 0x74, 0xe9], '\t\t111-1\t\n');
    const r = parseSellerFeedbackReport(data.buffer as ArrayBuffer, { marketplaceId: UK, encoding: 'iso-8859-1' });
    expect(r.feedback[0]!.comments).to.equal('Été');
    expect(r.feedback[0]!.date).to.equal('2025-02-01');
  });

  it('falls back to Shift_JIS for the JP marketplace (0x82 0xA0 = あ)', () => {
    const data = bytes(`${HEADER}\r\n25/5/6\t1\t`, [0x82, 0xa0, 0x82, 0xa2, 0x82, 0xa4], '\t\t250-1\t\r\n');
    const r = parseSellerFeedbackReport(data, { marketplaceId: JP });
    expect(r.encoding).to.equal('shift_jis');
    expect(r.feedback[0]!.comments).to.equal('あいう');
    expect(r.feedback[0]!.date).to.equal('2025-05-06');
  });

  it('honours an explicit shift_jis encoding (日本 = 0x93 0xFA 0x96 0x7B)', () => {
    const data = bytes(`${HEADER}\n25/1/2\t2\t`, [0x93, 0xfa, 0x96, 0x7b], '\t\t250-2\t\n');
    const r = parseSellerFeedbackReport(data, { marketplaceId: JP, encoding: 'shift_jis' });
    expect(r.feedback[0]!.comments).to.equal('日本');
  });

  it('throws decode for invalid bytes in an explicit utf-8, and for an unknown label', () => {
    const data = bytes(`${HEADER}\n1/2/25\t1\t`, [0xff, 0xfe, 0xfd], '\t\t111-1\t\n');
    const e = catchError(() => parseSellerFeedbackReport(data, { marketplaceId: US, encoding: 'utf-8' }));
    expect(e.code).to.equal('decode');
    expect(e.params).to.deep.equal({ encoding: 'utf-8' });
    expect(catchError(() => parseSellerFeedbackReport(data, { marketplaceId: US, encoding: 'klingon' })).code).to.equal(
      'decode',
    );
  });

  it('strips a UTF-8 BOM from bytes and from strings', () => {
    const text = `\uFEFF${HEADER}\n1/2/25\t1\tok\t\t111-1\t\n`;
    const fromString = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(fromString.columns[0]).to.equal('Date');
    expect(fromString.feedback).to.have.length(1);
    const fromBytes = parseSellerFeedbackReport(new TextEncoder().encode(text), { marketplaceId: US });
    expect(fromBytes.feedback).to.deep.equal(fromString.feedback);
  });
});

describe('parseSellerFeedbackReport — UTF-16 (Excel "Unicode Text")', () => {
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, !bigEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
    return out;
  };
  const text = `${HEADER}\r\n5/30/25\t1\tcafé 😀 日本\t\t111-1\tx@y.z\r\n`;

  it('reads UTF-16 files by their byte order mark (every row was skipped as a bad date)', () => {
    for (const bigEndian of [false, true]) {
      const r = parseSellerFeedbackReport(utf16(text, bigEndian), { marketplaceId: US });
      expect(r.encoding).to.equal(bigEndian ? 'utf-16be' : 'utf-16le');
      expect(r.problems).to.deep.equal([]);
      expect(r.columns[0]).to.equal('Date');
      expect(r.feedback.map((f) => [f.date, f.comments])).to.deep.equal([['2025-05-30', 'café 😀 日本']]);
    }
  });

  it('recognises a UTF-16 feedback report and Account Health report', () => {
    expect(sniffReport(utf16(text, false))).to.equal('seller-feedback');
    expect(sniffReport(utf16('{"performanceMetrics": []}', true))).to.equal('seller-performance');
    expect(
      parseSellerPerformanceReport(utf16('{"performanceMetrics": [{"marketplaceId": "X"}]}', false)),
    ).to.have.length(1);
  });
});

describe('parseSellerFeedbackReport — layout tolerance', () => {
  it('accepts CRLF, blank lines and no trailing newline', () => {
    const text = `${HEADER}\r\n\r\n1/2/25\t1\tA\t\t111-1\ta@b.c\r\n   \r\n1/3/25\t2\tB\tThanks\t111-2\t`;
    const r = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(r.problems).to.deep.equal([]);
    expect(r.feedback.map((f) => [f.orderId, f.comments, f.raterEmail, f.reply?.text])).to.deep.equal([
      ['111-1', 'A', 'a@b.c', undefined],
      ['111-2', 'B', null, 'Thanks'],
    ]);
  });

  it('finds columns by name in any order, case and spacing; Your Response and the old question columns', () => {
    const text = [
      '  order id \tRATER EMAIL\tdate\tYour Response\tRating\tComments\tArrived on Time\tItem as Described\tCustomer Service\tRater Role',
      '111-1\t\t3/4/25\tSorry!\t2\tslow\tNo\tYes\t\tBuyer',
      '111-2\tb@c.d\t3/5/25\t\t3\tfine\tyes\tNO\tYes\tBuyer',
    ].join('\n');
    const r = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(r.problems).to.deep.equal([]);
    expect(r.feedback[0]).to.deep.equal({
      id: 'fb-111-1',
      orderId: '111-1',
      date: '2025-03-04',
      rating: 2,
      comments: 'slow',
      raterEmail: null,
      fulfillment: 'mfn',
      reply: { text: 'Sorry!', postedAt: '2025-03-04' },
      removal: null,
      questions: { arrivedOnTime: false, itemAsDescribed: true, promptCourteousService: null },
    });
    expect(r.feedback[1]!.questions).to.deep.equal({
      arrivedOnTime: true,
      itemAsDescribed: false,
      promptCourteousService: true,
    });
  });

  it('reads a fulfillment column when one exists', () => {
    const text = `${HEADER}\tFulfillment Channel\n1/2/25\t1\ta\t\t111-1\t\tAFN\n1/2/25\t1\tb\t\t111-2\t\tMFN\n`;
    const r = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(r.feedback.map((f) => f.fulfillment)).to.deep.equal(['afn', 'mfn']);
  });

  it('parses 4–5 star rows if present but still says positiveKnown: false', () => {
    const r = parseSellerFeedbackReport(`${HEADER}\n1/2/25\t5\tGreat\t\t111-1\t\n1/2/25\t4\tGood\t\t111-2\t\n`, {
      marketplaceId: US,
    });
    expect(r.feedback.map((f) => f.rating)).to.deep.equal([5, 4]);
    expect(r.positiveKnown).to.equal(false);
  });

  it('gives repeated order ids distinct, deterministic ids', () => {
    const text = `${HEADER}\n1/2/25\t1\ta\t\t111-1\t\n1/3/25\t2\tb\t\t111-1\t\n1/4/25\t3\tc\t\t111-1\t\n`;
    const ids = parseSellerFeedbackReport(text, { marketplaceId: US }).feedback.map((f) => f.id);
    expect(ids).to.deep.equal(['fb-111-1', 'fb-111-1-2', 'fb-111-1-3']);
    expect(parseSellerFeedbackReport(text, { marketplaceId: US }).feedback.map((f) => f.id)).to.deep.equal(ids);
  });

  it('numbers many repeats of one order id in linear time (a 20 000-row file took minutes)', () => {
    // No wall-clock bound (it fails on a loaded machine whatever the code does): the quadratic numbering took
    // minutes on this file and fails by the runner's timeout; the linear one takes milliseconds.
    const text = `${HEADER}\n` + '1/2/25\t1\ta\t\t111-1\t\n'.repeat(20_000) + '1/2/25\t1\ta\t\t111-1-5\t\n';
    const ids = parseSellerFeedbackReport(text, { marketplaceId: US }).feedback.map((f) => f.id);
    expect(ids.slice(0, 3)).to.deep.equal(['fb-111-1', 'fb-111-1-2', 'fb-111-1-3']);
    expect(ids[19_999]).to.equal('fb-111-1-20000');
    expect(ids[20_000], 'an order id that looks like a numbered repeat still gets its own id').to.equal('fb-111-1-5-2');
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('skips bad rows with their line numbers and imports the rest', () => {
    const text = [
      HEADER, // 1
      '1/2/25\t1\tgood\t\t111-1\t', // 2
      '', // 3 blank
      '1/2/25\t1\ttoo few columns', // 4
      '1/2/25\t0\tzero\t\t111-3\t', // 5
      '1/2/25\t6\tsix\t\t111-4\t', // 6
      '1/2/25\tfour\tword\t\t111-5\t', // 7
      '1/2/25\t2\tno order\t\t  \t', // 8
      'yesterday\t2\tbad date\t\t111-7\t', // 9
      '1/2/25\t3\ttoo\tmany\t111-8\t\tcolumns', // 10
      '1/2/25\t3\ttrailing empty cell is fine\t\t111-9\t\t', // 11
      '1/3/25\t2\tgood too\t\t111-10\t', // 12
    ].join('\n');
    const r = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(r.feedback.map((f) => f.orderId)).to.deep.equal(['111-1', '111-9', '111-10']);
    expect(r.problems.map((p) => [p.line, p.code])).to.deep.equal([
      [4, 'column-count'],
      [5, 'bad-rating'],
      [6, 'bad-rating'],
      [7, 'bad-rating'],
      [8, 'missing-order-id'],
      [9, 'bad-date'],
      [10, 'column-count'],
    ]);
    expect(r.problems[0]).to.deep.equal({
      line: 4,
      code: 'column-count',
      message: 'Line 4: expected 6 columns, found 3. The row was skipped.',
      messageKey: 'importers.column-count',
      params: { line: 4, expected: 6, found: 3 },
    });
  });

  it('returns no rows for a header-only report', () => {
    const r = parseSellerFeedbackReport(`${HEADER}\n`, { marketplaceId: US });
    expect(r.feedback).to.deep.equal([]);
    expect(r.problems).to.deep.equal([]);
  });
});

describe('parseSellerFeedbackReport — files it refuses', () => {
  it('throws wrong-file for a CSV of something else', () => {
    const e = catchError(() =>
      parseSellerFeedbackReport('sku,asin,price\nA-1,B000000001,9.99\n', { marketplaceId: US }),
    );
    expect(e.code).to.equal('wrong-file');
    expect(e.messageKey).to.equal('importers.wrong-file.feedback');
    expect(e.message).to.contain('Seller Feedback report');
  });

  it('reads a comma- or semicolon-separated copy (a spreadsheet saved it as CSV); refuses one without Order ID', () => {
    // Until issue 15's follow-up this was refused as the wrong file; Excel's "Save as CSV" writes exactly this.
    for (const sep of [',', ';']) {
      const r = parseSellerFeedbackReport(
        ['Date', 'Rating', 'Comments', 'Order ID'].join(sep) + '\n1/2/25' + sep + '1' + sep + 'x' + sep + '1\n',
        {
          marketplaceId: US,
        },
      );
      expect(r.feedback.map((f) => [f.date, f.rating, f.comments, f.orderId])).to.deep.equal([
        ['2025-01-02', 1, 'x', '1'],
      ]);
    }
    expect(
      catchError(() => parseSellerFeedbackReport('Date,Rating,Comments\n1/2/25,1,x\n', { marketplaceId: US })).code,
    ).to.equal('wrong-file');
    // A tab-separated header wins: commas inside its cells do not make it a CSV.
    const tsv = parseSellerFeedbackReport('Date\tRating\tComments\tOrder ID\n1/2/25\t1\tA, B; C\t1\n', {
      marketplaceId: US,
    });
    expect(tsv.feedback[0]!.comments).to.equal('A, B; C');
  });

  it('throws wrong-file for JSON (the account health report)', async () => {
    const json = await fixtureText('GET_V2_SELLER_PERFORMANCE_REPORT.sample.json');
    expect(catchError(() => parseSellerFeedbackReport(json, { marketplaceId: US })).code).to.equal('wrong-file');
  });

  it('throws empty for an empty or blank file', () => {
    expect(catchError(() => parseSellerFeedbackReport('', { marketplaceId: US })).code).to.equal('empty');
    expect(catchError(() => parseSellerFeedbackReport('\r\n \n\t\n', { marketplaceId: US })).code).to.equal('empty');
    expect(catchError(() => parseSellerFeedbackReport(new Uint8Array(0), { marketplaceId: US })).code).to.equal(
      'empty',
    );
  });

  it('throws too-large over maxBytes, for strings (measured in UTF-8) and bytes', () => {
    const text = `${HEADER}\n1/2/25\t1\tok\t\t111-1\t\n`;
    const e = catchError(() => parseSellerFeedbackReport(text, { marketplaceId: US, maxBytes: 20 }));
    expect(e.code).to.equal('too-large');
    expect(e.params.maxBytes).to.equal(20);
    expect(parseSellerFeedbackReport(text, { marketplaceId: US, maxBytes: text.length }).feedback).to.have.length(1);
    // 10 "é" are 10 UTF-16 units but 20 UTF-8 bytes.
    const accents = `${HEADER}\n1/2/25\t1\t${'é'.repeat(10)}\t\t111-1\t\n`;
    const exact = new TextEncoder().encode(accents).length;
    expect(
      catchError(() => parseSellerFeedbackReport(accents, { marketplaceId: US, maxBytes: exact - 1 })).code,
    ).to.equal('too-large');
    expect(parseSellerFeedbackReport(accents, { marketplaceId: US, maxBytes: exact }).feedback).to.have.length(1);
    expect(
      catchError(() => parseSellerFeedbackReport(new TextEncoder().encode(text), { marketplaceId: US, maxBytes: 10 }))
        .code,
    ).to.equal('too-large');
  });

  it('refuses a real 50 MiB + 1 byte input before decoding it', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    const original = TextDecoder.prototype.decode;
    let decodes = 0;
    TextDecoder.prototype.decode = function (...args: Parameters<TextDecoder['decode']>) {
      decodes++;
      return original.apply(this, args);
    };
    try {
      const e = catchError(() => parseSellerFeedbackReport(big, { marketplaceId: US }));
      expect(e.code).to.equal('too-large');
      expect(e.params).to.include({ bytes: 50 * 1024 * 1024 + 1, maxBytes: 50 * 1024 * 1024, maxMiB: 50 });
      expect(e.message).to.equal('The file is too large (50 MiB). The limit is 50 MiB.');
    } finally {
      TextDecoder.prototype.decode = original;
    }
    expect(decodes).to.equal(0);
  });
});

describe('formatSellerFeedbackReport', () => {
  it('round-trips the US fixture through the parser', async () => {
    const original = parseSellerFeedbackReport(await fixtureText('GET_SELLER_FEEDBACK_DATA.US.sample.tsv'), {
      marketplaceId: US,
    });
    const text = formatSellerFeedbackReport(original.feedback, US);
    expect(text.split('\n')[0]).to.equal(HEADER);
    const again = parseSellerFeedbackReport(text, { marketplaceId: US });
    expect(again.problems).to.deep.equal([]);
    expect(again.feedback).to.deep.equal(original.feedback);
  });

  it('writes Amazon’s own format byte for byte for the fixture', async () => {
    const raw = await fixtureText('GET_SELLER_FEEDBACK_DATA.US.sample.tsv');
    const parsed = parseSellerFeedbackReport(raw, { marketplaceId: US });
    expect(formatSellerFeedbackReport(parsed.feedback, US)).to.equal(raw.endsWith('\n') ? raw : raw + '\n');
  });

  it('writes each marketplace date format and reads it back', () => {
    const fb = parseSellerFeedbackReport(`${HEADER}\n5/6/25\t2\tx\t\t111-1\t\n`, { marketplaceId: US }).feedback;
    const lines = (id: string) => formatSellerFeedbackReport(fb, id).split('\n')[1]!.split('\t')[0];
    expect(lines(US)).to.equal('5/6/25');
    expect(lines(UK)).to.equal('6/5/25');
    expect(lines(DE)).to.equal('6.5.25');
    expect(lines(JP)).to.equal('25/5/6');
    expect(lines(SE)).to.equal('2025-05-06');
    for (const id of Object.keys(REPORT_FORMATS)) {
      const back = parseSellerFeedbackReport(formatSellerFeedbackReport(fb, id), { marketplaceId: id });
      expect(back.feedback, id).to.deep.equal(fb);
    }
  });

  it('guards cells a spreadsheet would run as formulas with a leading apostrophe, removed again on reading', () => {
    const fb = parseSellerFeedbackReport(`${HEADER}\n5/6/25\t2\tx\tr\t111-1\t\n`, { marketplaceId: US }).feedback;
    const hostile = [
      {
        ...fb[0]!,
        comments: '=HYPERLINK("http://evil.example","Click")',
        reply: { text: '+1 we are sorry', postedAt: fb[0]!.date },
        raterEmail: '@SUM(1+1)',
      },
      { ...fb[0]!, id: 'b', orderId: '111-2', comments: "-2+3+cmd|' /C calc'!A0", reply: null, raterEmail: null },
      { ...fb[0]!, id: 'c', orderId: '111-3', comments: "'=already quoted? kept as typed", reply: null },
      { ...fb[0]!, id: 'd', orderId: '111-4', comments: 'Fine = good, +1', reply: null },
    ];
    const text = formatSellerFeedbackReport(hostile, US);
    const cells = text
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split('\t'));
    expect(cells[0]!.slice(2, 6)).to.deep.equal([
      '\'=HYPERLINK("http://evil.example","Click")',
      "'+1 we are sorry",
      '111-1',
      "'@SUM(1+1)",
    ]);
    expect(cells[1]![2]).to.equal("'-2+3+cmd|' /C calc'!A0");
    for (const row of cells) for (const c of row) expect(c, c).not.to.match(/^[=+\-@]/);
    expect(cells[3]![2], 'text that does not start like a formula is verbatim').to.equal('Fine = good, +1');
    const back = parseSellerFeedbackReport(text, { marketplaceId: US }).feedback;
    expect(cells[2]![2]).to.equal("''=already quoted? kept as typed");
    expect(
      back.map((f) => f.comments),
      'lossless',
    ).to.deep.equal(hostile.map((f) => f.comments));
    expect(back[0]!.reply!.text).to.equal('+1 we are sorry');
    expect(back[0]!.raterEmail).to.equal('@SUM(1+1)');
  });

  it('replaces tabs and line breaks inside text by spaces so the file stays parseable', () => {
    const fb = parseSellerFeedbackReport(`${HEADER}\n5/6/25\t2\tx\tr\t111-1\t\n`, { marketplaceId: US }).feedback;
    const edited = [
      {
        ...fb[0]!,
        comments: 'one\ttwo\nthree\r\nfour\rfive  <i>&amp;</i>',
        reply: { text: 'a\nb', postedAt: fb[0]!.date },
      },
    ];
    const back = parseSellerFeedbackReport(formatSellerFeedbackReport(edited, US), { marketplaceId: US });
    expect(back.problems).to.deep.equal([]);
    expect(back.feedback[0]!.comments).to.equal('one two three four five  <i>&amp;</i>');
    expect(back.feedback[0]!.reply!.text).to.equal('a b');
  });
});

describe('parseSellerFeedbackReport — performance', () => {
  // The parser's speed is npm run bench:importers (100 000 rows in Chromium, and 200 000 through the drop zone);
  // here, that 100 000 rows parse whole and alike from a string and from bytes (times logged, not asserted).
  it('parses a 100 000-row report, from a string and from bytes', function () {
    this.timeout(30_000);
    const comments = [
      'Item never arrived.',
      'Box was crushed <b>and</b> one mug was broken &amp; more.',
      '商品が届かず、連絡もありません。',
      'Shipping took 12 days 🐢📦',
      '',
    ];
    const rows: string[] = [HEADER];
    for (let i = 0; i < 100_000; i++) {
      const m = (i % 12) + 1;
      const d = (i % 28) + 1;
      rows.push(
        `${m}/${d}/25\t${(i % 3) + 1}\t${comments[i % comments.length]}\t${i % 7 === 0 ? 'Sorry about that.' : ''}\t` +
          `11${i % 10}-${String(i).padStart(7, '0')}-${String(i * 7).padStart(7, '0')}\tr${i}@marketplace.amazon.com`,
      );
    }
    const text = rows.join('\r\n') + '\r\n';
    parseSellerFeedbackReport(text.slice(0, 20_000), { marketplaceId: US }); // warm-up
    const t0 = performance.now();
    const r = parseSellerFeedbackReport(text, { marketplaceId: US });
    const ms = performance.now() - t0;
    const bytesIn = new TextEncoder().encode(text);
    const t1 = performance.now();
    const rb = parseSellerFeedbackReport(bytesIn, { marketplaceId: US });
    const msBytes = performance.now() - t1;
    console.log(
      `[bench] 100 000-row feedback report (${(bytesIn.length / 1048576).toFixed(1)} MiB): ` +
        `string ${ms.toFixed(1)} ms, Uint8Array ${msBytes.toFixed(1)} ms`,
    );
    expect(r.problems).to.deep.equal([]);
    expect(r.feedback).to.have.length(100_000);
    expect(rb.feedback).to.have.length(100_000);
    expect(r.feedback[99_999]!.date).to.equal('2025-04-12');
    expect(rb.feedback[99_999]).to.deep.equal(r.feedback[99_999]);
  });
});

describe('parseSellerFeedbackReportAsync — files streamed as Blobs', () => {
  const US_ = 'ATVPDKIKX0DER';
  const strip = (r: FeedbackReportResult) => ({ ...r, compressed: false });

  it('gives the synchronous result for a file streamed in many chunks, also when UTF-8 fails late', async () => {
    // Valid UTF-8 (é = C3 A9) early, a lone windows-1252 byte 200 KB later: the whole file is windows-1252, so the
    // streamed parse must start again and agree with the parse of the bytes at once.
    const rows = [`${HEADER}`, '5/30/25\t1\tcaf\u00e9\t\t111-0\t'];
    for (let i = 1; i < 4000; i++) rows.push(`5/30/25\t2\tLate delivery, no answer\t\t111-${i}\t`);
    const head = new TextEncoder().encode(rows.join('\n') + '\n');
    const tail = bytes('5/29/25\t3\tna', [0xef], 've\t\t111-x\t\n');
    const all = new Uint8Array(head.length + tail.length);
    all.set(head);
    all.set(tail, head.length);
    const sync = parseSellerFeedbackReport(all, { marketplaceId: US_ });
    expect(sync.encoding).to.equal('windows-1252');
    expect(sync.feedback[0]!.comments).to.equal('caf\u00c3\u00a9');
    expect(sync.feedback.at(-1)!.comments).to.equal('na\u00efve');
    const streamed = await parseSellerFeedbackReportAsync(new Blob([all]), { marketplaceId: US_ });
    expect(strip(streamed)).to.deep.equal(strip(sync));
  });

  it('decompresses a gzip Blob as it streams and reports progress up to 1', async () => {
    const gz = await (await fetch('/test/fixtures/amazon/GET_SELLER_FEEDBACK_DATA.US.sample.tsv.gz')).arrayBuffer();
    const seen: number[] = [];
    const r = await parseSellerFeedbackReportAsync(new Blob([gz]), {
      marketplaceId: US_,
      onProgress: (f) => seen.push(f),
    });
    expect(r.compressed).to.equal(true);
    expect(r.feedback).to.have.length(20);
    expect(seen.at(-1)).to.equal(1);
  });

  it('stops with an AbortError when its signal aborts', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    let name = '';
    await parseSellerFeedbackReportAsync(new Blob([`${HEADER}\n`]), { marketplaceId: US_, signal: ctrl.signal }).catch(
      (e: Error) => (name = e.name),
    );
    expect(name).to.equal('AbortError');
  });
});
