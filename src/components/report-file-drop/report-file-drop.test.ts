import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/report-file-drop.js';
import '../../define/review-kit-provider.js';
import '../../define/feedback-table.js';
import '../../define/account-health-tiles.js';
import type { ReportFileDrop } from './report-file-drop.js';
import type { ReviewKitProvider } from '../review-kit-provider/review-kit-provider.js';
import { createReportAdapter } from '../../importers/report-adapter.js';
import type { ReportAdapterChangeEvent } from './report-file-drop.events.js';

const NOW = new Date('2025-06-20T12:00:00Z');
const fixtureText = (name: string) => fetch(`/test/fixtures/amazon/${name}`).then((r) => r.text());
const FEEDBACK = 'GET_SELLER_FEEDBACK_DATA.US.sample.tsv';
const HEALTH = 'GET_V2_SELLER_PERFORMANCE_REPORT.sample.json';

const fixtureBytes = async (name: string) =>
  new Uint8Array(await (await fetch(`/test/fixtures/amazon/${name}`)).arrayBuffer());
/** A fixture's bytes from its byte-exact `.gz` copy (the test server re-encodes non-UTF-8 text). */
const gunzipped = async (name: string) =>
  new Uint8Array(
    await new Response(
      new Blob([await fixtureBytes(`${name}.gz`)]).stream().pipeThrough(new DecompressionStream('gzip')),
    ).arrayBuffer(),
  );
const UK_FEEDBACK = 'GET_SELLER_FEEDBACK_DATA.UK.tsv';
const HEADER_LINE = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email';
const CA_FEEDBACK = 'GET_SELLER_FEEDBACK_DATA.CA.ambiguous.tsv';
const shadow = (el: ReportFileDrop) => el.shadowRoot!;
const texts = (el: ReportFileDrop, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

const messages = (el: ReportFileDrop) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => ({ cls: li.className, text: li.textContent!.trim() }));

describe('createReportAdapter', () => {
  it('reads feedback and health from the report files; positive feedback is unknown', async () => {
    const a = createReportAdapter({
      marketplaceId: 'ATVPDKIKX0DER',
      feedbackReport: await fixtureText(FEEDBACK),
      performanceReport: await fixtureText(HEALTH),
      now: NOW,
    });
    expect(a.source).to.equal('amazon-reports');
    expect(a.writesAreLocal).to.equal(true);
    expect(a.feedbackCount).to.equal(20);
    expect(a.problems).to.deep.equal([]);
    const page = await a.listFeedback({ limit: 50 });
    expect(page.total).to.equal(20);
    expect(page.items.some((f) => f.comments.includes("<script>alert('x')</script>"))).to.equal(true);
    const summary = await a.getFeedbackSummary();
    expect(summary.positiveKnown).to.equal(false);
    const health = await a.getAccountHealth();
    expect(health.marketplaceId).to.equal('ATVPDKIKX0DER');
    const session = await a.getSession();
    expect(session.permissions).to.deep.equal({ reviews: 'none', feedback: 'edit', accountHealth: 'view' });
    let code = '';
    await a.listReviews({}).catch((e) => (code = e.code));
    expect(code, 'no product reviews in Amazon reports: the review permission is none').to.equal('forbidden');
  });

  it('keeps replies in memory and refuses a second one, as Amazon would', async () => {
    const a = createReportAdapter({
      marketplaceId: 'ATVPDKIKX0DER',
      feedbackReport: await fixtureText(FEEDBACK),
      now: NOW,
    });
    const first = (await a.listFeedback({ limit: 1 })).items[0]!;
    const replied = await a.postFeedbackReply(first.id, 'We are sorry; a replacement is on its way.');
    expect(replied.reply?.text).to.contain('replacement');
    let code = '';
    await a.postFeedbackReply(first.id, 'Again.').catch((e) => (code = e.code));
    expect(code).to.equal('conflict');
  });

  it('says there is no account health when no performance report was given', async () => {
    const a = createReportAdapter({ marketplaceId: 'ATVPDKIKX0DER', feedbackReport: await fixtureText(FEEDBACK) });
    let code = '';
    await a.getAccountHealth().catch((e) => (code = e.code));
    expect(code).to.equal('not-found');
    expect(a.hasHealth).to.equal(false);
  });

  it('picks the marketplace asked for from a multi-marketplace report', async () => {
    const a = createReportAdapter({ marketplaceId: 'A2EUQ1WTGCTBG2', performanceReport: await fixtureText(HEALTH) });
    expect((await a.getAccountHealth()).accountStatus).to.equal('AT_RISK');
  });
});

describe('report-file-drop', () => {
  it('loads both reports, announces the adapter and passes axe', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    await expect(el).to.be.accessible();
    const files = [
      new File([await fixtureText(FEEDBACK)], FEEDBACK, { type: 'text/tab-separated-values' }),
      new File([await fixtureText(HEALTH)], HEALTH, { type: 'application/json' }),
    ];
    const event = oneEvent(el, 'report-adapter-change') as unknown as Promise<ReportAdapterChangeEvent>;
    void el.load(files);
    const { adapter } = await event;
    expect(adapter?.hasFeedback).to.equal(true);
    expect(adapter?.hasHealth).to.equal(true);
    const texts = messages(el).map((m) => m.text);
    expect(texts).to.deep.equal([
      `Loaded ${FEEDBACK}: 20 rows.`,
      `Loaded ${HEALTH}: 2 rows.`,
      'Showing Account Health for amazon.com.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('explains a wrong file, a truncated report and an oversized file, and loses nothing else', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const health = await fixtureText(HEALTH);
    await el.load([
      new File(['sku,price\nA1,9.99\n'], 'prices.csv'),
      new File([health.slice(0, health.length / 2)], 'cut.json'),
      new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.txt'),
      new File([await fixtureText(FEEDBACK)], FEEDBACK),
    ]);
    const m = [...messages(el).filter((x) => x.cls === 'error'), ...messages(el).filter((x) => x.cls === 'ok')];
    expect(m[0]).to.deep.equal({
      cls: 'error',
      text: 'prices.csv is neither a Seller Feedback report nor an Account Health report.',
    });
    expect(m[1]!.cls).to.equal('error');
    expect(m[1]!.text).to.match(/^cut\.json: /);
    expect(m[2]!.text).to.equal('huge.txt: The file is too large (51 MiB). The limit is 50 MiB.');
    expect(m[3]).to.deep.equal({ cls: 'ok', text: `Loaded ${FEEDBACK}: 20 rows.` });
    expect(el.reportAdapter?.hasFeedback).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.querySelectorAll('li').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('says the network is unreachable when the importers cannot load, then loads on the next drop', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const seam = el as unknown as { loadImporters: () => Promise<unknown> };
    const real = seam.loadImporters.bind(el);
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      seam.loadImporters = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const file = new File([await fixtureText(FEEDBACK)], 'fb.txt');
      await el.load([file]);
      expect(messages(el)).to.deep.equal([
        { cls: 'error', text: 'The network is unreachable. Check your connection and try again.' },
      ]);
      await expect(el).to.be.accessible();
      seam.loadImporters = real;
      await el.load([file]);
      expect(messages(el).map((m) => m.text)).to.deep.equal(['Loaded fb.txt: 20 rows.']);
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).to.have.length(0);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('says a file that cannot be read (moved or changed since it was picked) could not be read; anything else went wrong', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const gone = Object.assign(new File(['Date\tRating'], 'gone.txt'), {
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull: (c) => c.error(new DOMException('A requested file or directory could not be found', 'NotFoundError')),
        }),
    });
    const grew = Object.assign(new File(['ab'], 'grew.txt'), {
      stream: () => new Blob(['abcdef']).stream(),
    });
    const odd = Object.assign(new File(['x'], 'odd.txt'), {
      stream: () => {
        throw new TypeError('unexpected');
      },
    });
    await el.load([gone, grew, odd]);
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      'gone.txt: The file could not be read. It may have been moved or changed; choose it again.',
      'grew.txt: The file could not be read. It may have been moved or changed; choose it again.',
      'odd.txt: Something went wrong',
    ]);
  });

  it('reports skipped rows with their line numbers', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const text =
      'Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n5/30/25\t9\tbad rating\t\t113-1\tx@y.z\n5/30/25\t1\tok\t\t113-2\tx@y.z\n';
    await el.load([new File([text], 'fb.txt')]);
    const texts = messages(el).map((x) => x.text);
    expect(texts[0]).to.equal('1 row was skipped.');
    expect(texts[1]).to.contain('Line 2');
    expect(texts.at(-1)).to.equal('Loaded fb.txt: 1 row.');
  });

  it('loads reports saved as UTF-16 (Excel "Unicode Text")', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const utf16 = (text: string) => {
      const out = new Uint16Array(text.length + 1);
      out[0] = 0xfeff;
      for (let i = 0; i < text.length; i++) out[i + 1] = text.charCodeAt(i);
      return out; // little-endian on every machine the tests run on
    };
    await el.load([
      new File([utf16(await fixtureText(FEEDBACK))], 'fb.txt'),
      new File([utf16(await fixtureText(HEALTH))], 'h.json'),
    ]);
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      'Loaded fb.txt: 20 rows.',
      'Loaded h.json: 2 rows.',
      'Showing Account Health for amazon.com.',
    ]);
    expect(el.reportAdapter?.hasHealth).to.equal(true);
    expect(
      (await el.reportAdapter!.listFeedback({ limit: 50 })).items.some((f) => f.comments.includes('<script>')),
    ).to.equal(true);
  });

  it('shows its outcomes in the new language when lang changes after a load', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><report-file-drop></report-file-drop></div>`);
    const el = wrap.querySelector('report-file-drop') as ReportFileDrop;
    const text = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n5/30/25\t9\tx\t\t113-1\t\n';
    await el.load([
      new File([text], 'fb.txt'),
      new File(['sku,price\n'], 'p.csv'),
      new File(['{"performanceMetrics": [{'], 'cut.json'),
    ]);
    wrap.lang = 'de';
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Berichtsdateien auswählen'), 'German strings');
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      '1 Zeile wurde übersprungen.',
      'Zeile 2: Die Bewertung „9“ ist keine Zahl von 1 bis 5. Die Zeile wurde übersprungen.',
      'p.csv ist weder ein Verkäuferbewertungsbericht noch ein Kontozustandsbericht.',
      'cut.json: Die Datei endet zu früh und scheint abgeschnitten. Laden Sie den Bericht erneut herunter.',
      'fb.txt geladen: 0 Zeilen.',
    ]);
  });

  it('keeps the outcome of a file dropped while another is still being read', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    let big = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n';
    for (let i = 0; i < 60_000; i++) big += `5/30/25\t1\tLate and damaged, no answer to my messages\t\t113-${i}\t\n`;
    const events: (boolean | undefined)[][] = [];
    el.addEventListener('report-adapter-change', (e) => events.push([e.adapter?.hasFeedback, e.adapter?.hasHealth]));
    const health = new File([await fixtureText(HEALTH)], HEALTH);
    const first = el.load([new File([big], 'big.txt')]);
    const second = el.load([health]);
    await Promise.all([first, second]);
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      'Loaded big.txt: 60,000 rows.',
      `Loaded ${HEALTH}: 2 rows.`,
      'Showing Account Health for amazon.com.',
    ]);
    expect(events.at(-1)).to.deep.equal([true, true]);
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
  });

  it('announces the outcome again when the same wrong file is picked twice', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    const wrong = new File(['sku,price\n'], 'prices.csv');
    await el.load([wrong]);
    const added: string[] = [];
    new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => added.push(n.textContent!.trim()))),
    ).observe(alert, { childList: true, subtree: true, characterData: true });
    await el.load([wrong]);
    await el.updateComplete;
    expect(added.join(' '), 'the alert region changed, so screen readers speak it again').to.contain('prices.csv');
  });

  it('says that an empty or blank file is empty', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    await el.load([new File([], 'empty.txt'), new File(['\uFEFF \r\n\r\n\t'], 'blank.json')]);
    expect(messages(el)).to.deep.equal([
      { cls: 'error', text: 'empty.txt: The file is empty.' },
      { cls: 'error', text: 'blank.json: The file is empty.' },
    ]);
    expect(el.reportAdapter).to.equal(null);
  });

  it('counts loaded rows in the right grammatical number in every language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><report-file-drop></report-file-drop></div>`);
    const el = wrap.querySelector('report-file-drop') as ReportFileDrop;
    const one = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n5/30/25\t1\tx\t\t113-1\t\n';
    await el.load([new File([one], 'fb.txt')]);
    const want = {
      en: 'Loaded fb.txt: 1 row.',
      de: 'fb.txt geladen: 1 Zeile.',
      es: 'fb.txt cargado: 1 fila.',
      fr: 'fb.txt chargé : 1 ligne.',
      it: 'fb.txt caricato: 1 riga.',
      ja: 'fb.txt を読み込みました：1 行。',
    };
    for (const [lang, text] of Object.entries(want)) {
      wrap.lang = lang;
      await waitUntil(() => messages(el)[0]?.text === text, `${lang}: ${text} (got ${messages(el)[0]?.text})`);
    }
  });

  it('accepts files dropped on it', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const zone = el.shadowRoot!.querySelector('.zone')!;
    const dt = new DataTransfer();
    dt.items.add(new File([await fixtureText(FEEDBACK)], FEEDBACK));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    const event = oneEvent(el, 'report-adapter-change') as unknown as Promise<ReportAdapterChangeEvent>;
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    expect((await event).adapter?.feedbackCount).to.equal(20);
  });
});

describe('report-file-drop — date formats, encodings, gzip, large files, health marketplaces', () => {
  it('asks how the dates of a UK report dropped on the US marketplace read, imports nothing until answered (keyboard, axe)', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const events: ReportAdapterChangeEvent[] = [];
    el.addEventListener('report-adapter-change', (e) => events.push(e));
    const loading = el.load([new File([await fixtureText(UK_FEEDBACK)], UK_FEEDBACK)]);
    await waitUntil(() => shadow(el).querySelector('[part=question]'), 'the question is shown');
    expect(events, 'nothing imported while the question is open').to.have.length(0);
    expect(el.reportAdapter).to.equal(null);
    expect(texts(el, '#ask-title')).to.deep.equal([`How are the dates in ${UK_FEEDBACK} written?`]);
    expect(texts(el, '#ask-why')).to.deep.equal([
      'The rater e-mails in this file come from amazon.co.uk, but amazon.com is selected. Choose how to read the dates: nothing has been imported yet.',
    ]);
    expect(texts(el, 'button.reading')).to.deep.equal([
      'Day and month as D/M/YY (amazon.co.uk)',
      'Day and month as M/D/YY (amazon.com)',
    ]);
    expect(texts(el, '#reading-0 li')).to.deep.equal([
      '4/6/25 is June 4, 2025',
      '2/6/25 is June 2, 2025',
      '28/5/25 is May 28, 2025',
    ]);
    expect(texts(el, '#reading-1 li')).to.deep.equal([
      '4/6/25 is April 6, 2025',
      '2/6/25 is February 6, 2025',
      '28/5/25 is not a date',
    ]);
    expect(shadow(el).activeElement?.id, 'the focus moves to the question').to.equal('ask-title');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Day and month as D/M/YY (amazon.co.uk)');
    await sendKeys({ press: 'Enter' });
    await loading;
    expect(shadow(el).querySelector('[part=question]')).to.equal(null);
    expect(shadow(el).activeElement, 'the focus goes back to the file picker').to.equal(
      shadow(el).querySelector('input[type=file]'),
    );
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      `Loaded ${UK_FEEDBACK}: 8 rows.`,
      `The feedback in ${UK_FEEDBACK} is read as amazon.co.uk.`,
    ]);
    expect(events).to.have.length(1);
    const page = await el.reportAdapter!.listFeedback({ limit: 50, sort: 'date-desc' } as never);
    expect(page.items.map((f) => f.date)).to.include.members(['2025-06-04', '2025-06-02', '2025-03-01']);
    expect((await el.reportAdapter!.getSession()).marketplaceId).to.equal('A1F83G8C2ARO7P');
    await expect(el).to.be.accessible();
  });

  it('asks when every date reads both ways and nothing decides; "Do not import this file" imports nothing', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const loading = el.load([new File([await fixtureText(CA_FEEDBACK)], CA_FEEDBACK)]);
    await waitUntil(() => shadow(el).querySelector('[part=question]'), 'the question is shown');
    expect(texts(el, '#ask-why')[0]).to.contain('Every date in this file can be read in more than one way');
    expect(texts(el, 'button.reading')).to.deep.equal([
      'Day and month as M/D/YY (amazon.com)',
      'Day and month as D/M/YY',
    ]);
    expect(texts(el, '#reading-1 li')).to.deep.equal([
      '2/3/25 is March 2, 2025',
      '5/4/25 is April 5, 2025',
      '6/1/25 is January 6, 2025',
    ]);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('button.skip')!.focus();
    await sendKeys({ press: 'Enter' });
    await loading;
    expect(messages(el)).to.deep.equal([
      { cls: 'ok', text: `The import of ${CA_FEEDBACK} was cancelled. Nothing was imported from it.` },
    ]);
    expect(el.reportAdapter).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('imports a gzip-compressed download and a windows-1252 file with its punctuation', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    await el.load([new File([await fixtureBytes(`${FEEDBACK}.gz`)], `${FEEDBACK}.gz`, { type: 'application/gzip' })]);
    expect(messages(el).map((m) => m.text)).to.deep.equal([`Loaded ${FEEDBACK}.gz: 20 rows.`]);
    const ansi = 'GET_SELLER_FEEDBACK_DATA.US.windows-1252.txt';
    await el.load([new File([await gunzipped(ansi)], ansi)]);
    expect(messages(el).map((m) => m.text)).to.deep.equal([`Loaded ${ansi}: 3 rows.`]);
    const items = (await el.reportAdapter!.listFeedback({ limit: 10 })).items.map((f) => f.comments);
    expect(items).to.include('Seller’s “express” shipping took 12 days – unacceptable…');
    expect(items).to.include('Paid €35 extra for the Brand™ version — got the generic one.');
  });

  it('parses each feedback file once, also when a later file is added', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const seam = el as unknown as { loadImporters: () => Promise<Record<string, unknown>> };
    const real = seam.loadImporters.bind(el);
    const calls = { async: 0, sync: 0 };
    seam.loadImporters = async () => {
      const m = (await real()) as Record<string, (...a: unknown[]) => unknown>;
      return {
        ...m,
        parseSellerFeedbackReportAsync: (...a: unknown[]) => (calls.async++, m.parseSellerFeedbackReportAsync!(...a)),
        parseSellerFeedbackReport: (...a: unknown[]) => (calls.sync++, m.parseSellerFeedbackReport!(...a)),
      };
    };
    await el.load([new File([await fixtureText(FEEDBACK)], FEEDBACK)]);
    await el.load([new File([await fixtureText(HEALTH)], HEALTH)]);
    expect(calls).to.deep.equal({ async: 1, sync: 0 });
    expect(el.reportAdapter?.feedbackCount).to.equal(20);
    expect(el.reportAdapter?.hasHealth).to.equal(true);
  });

  it('shows a real progress bar while a report streams in, and Cancel stops it (keyboard, axe)', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const row = '5/30/25\t1\tLate again\t\t113-1\tr1@marketplace.amazon.com\n';
    const rows = new TextEncoder().encode(row.repeat(Math.floor((1 << 20) / row.length)));
    // A slow disk: 1 MiB every 20 ms of a 30 MiB file. Each read of the file is its own stream.
    const streams: { cancelled: boolean }[] = [];
    const slow = Object.assign(new File([new Uint8Array(30 << 20)], 'slow.txt'), {
      stream: () => {
        const state = { cancelled: false, sent: 0 };
        streams.push(state);
        return new ReadableStream<Uint8Array>({
          pull: (c) =>
            new Promise<void>((r) =>
              setTimeout(() => {
                if (!state.cancelled) {
                  c.enqueue(state.sent++ === 0 ? new TextEncoder().encode(`${HEADER_LINE}\n${row}`) : rows);
                }
                r();
              }, 20),
            ),
          cancel: () => {
            state.cancelled = true;
          },
        });
      },
    });
    const events: unknown[] = [];
    el.addEventListener('report-adapter-change', (e) => events.push(e));
    const loading = el.load([slow]);
    // 5 % of 30 MiB is two 1 MiB reads plus their parsing: over waitUntil's default second in WebKit on a busy machine.
    await waitUntil(() => (shadow(el).querySelector('progress')?.value ?? 0) > 0.05, 'progress moves', {
      timeout: 15_000,
    });
    const progress = shadow(el).querySelector('progress')!;
    expect(progress.getAttribute('aria-label')).to.equal('slow.txt');
    expect(texts(el, '.progress [role=status]')[0]).to.match(/^Importing slow\.txt… \d+%$/);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('button.cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await loading;
    expect(messages(el)).to.deep.equal([
      { cls: 'ok', text: 'The import of slow.txt was cancelled. Nothing was imported from it.' },
    ]);
    expect(events).to.have.length(0);
    expect(
      streams.every((x) => x.cancelled),
      'the file is no longer read',
    ).to.equal(true);
    expect(shadow(el).querySelector('progress')).to.equal(null);
    expect(shadow(el).activeElement, 'the focus goes back to the file picker').to.equal(
      shadow(el).querySelector('input[type=file]'),
    );
  });

  it('imports a large report in slices with progress, and Cancel stops the import too', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    let big = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n';
    for (let i = 0; i < 150_000; i++) {
      big += `5/30/25\t1\tLate and damaged, no answer to my messages\t\t113-${i}\tr${i}@marketplace.amazon.com\n`;
    }
    const seen: number[] = [];
    const watch = new MutationObserver(() => {
      const p = shadow(el).querySelector('progress');
      if (p && texts(el, '.progress [role=status]')[0]?.startsWith('Importing')) seen.push(p.value);
    });
    watch.observe(shadow(el), { subtree: true, childList: true, attributes: true, characterData: true });
    await el.load([new File([big], 'big.txt')]);
    watch.disconnect();
    expect(messages(el).map((m) => m.text)).to.deep.equal(['Loaded big.txt: 150,000 rows.']);
    expect(seen.length, 'the page was repainted while importing').to.be.greaterThan(1);

    const loading = el.load([new File([big], 'again.txt')]);
    await waitUntil(() => texts(el, '.progress [role=status]')[0]?.startsWith('Importing'), 'importing', {
      interval: 2,
      timeout: 8000,
    });
    shadow(el).querySelector<HTMLButtonElement>('button.cancel')!.click();
    await loading;
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      'The import of again.txt was cancelled. Nothing was imported from it.',
    ]);
    expect(el.reportAdapter?.feedbackCount, 'the file loaded before is kept').to.equal(150_000);
  });

  it('lets the user pick the marketplace of a health report with several; a lone entry without id is the one selected', async () => {
    const el = await fixture<ReportFileDrop>(html`<report-file-drop></report-file-drop>`);
    const multi = 'GET_V2_SELLER_PERFORMANCE_REPORT.warnings.json';
    await el.load([new File([await fixtureText(multi)], multi)]);
    expect(messages(el).map((m) => m.text)).to.deep.equal([
      `Loaded ${multi}: 3 rows.`,
      'The Account Health report has no entry for amazon.com. Showing amazon.co.uk; choose another below.',
    ]);
    const select = shadow(el).querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'amazon.co.uk',
      'amazon.de',
      'amazon.fr',
    ]);
    expect((await el.reportAdapter!.getAccountHealth()).marketplaceId).to.equal('A1F83G8C2ARO7P');
    expect((await el.reportAdapter!.getAccountHealth()).notifications.map((n) => n.title)).to.deep.equal([
      'Warning: unwanted or excessive messages to buyers',
      'Account warning: listing policy warning',
    ]);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'report-adapter-change') as unknown as Promise<ReportAdapterChangeEvent>;
    select.value = 'A1PA6795UKMFR9';
    select.dispatchEvent(new Event('change'));
    expect((await (await changed).adapter!.getAccountHealth()).marketplaceId).to.equal('A1PA6795UKMFR9');
    await el.updateComplete;
    expect(
      messages(el)
        .map((m) => m.text)
        .at(-1),
    ).to.equal('The Account Health report has no entry for amazon.com. Showing amazon.de; choose another below.');

    const fr = await fixture<ReportFileDrop>(
      html`<report-file-drop marketplace-id="A13V1IB3VIYZZH"></report-file-drop>`,
    );
    const single = 'GET_V2_SELLER_PERFORMANCE_REPORT.single-no-marketplace.json';
    await fr.load([new File([await fixtureText(single)], single)]);
    expect(messages(fr).map((m) => m.text)).to.deep.equal([`Loaded ${single}: 1 row.`]);
    expect((await fr.reportAdapter!.getAccountHealth()).marketplaceId).to.equal('A13V1IB3VIYZZH');
    expect(shadow(fr).querySelector('select')).to.equal(null);
  });
});

describe('review-kit-provider reports', () => {
  it('shows the drop zone and serves its elements from the files loaded', async () => {
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider reports .now=${NOW}><feedback-table></feedback-table></review-kit-provider>`,
    );
    await waitUntil(() => p.shadowRoot!.querySelector('report-file-drop')?.shadowRoot, 'drop zone rendered');
    const drop = p.shadowRoot!.querySelector('report-file-drop') as ReportFileDrop;
    expect(p.activeAdapter).to.equal(null);
    const changed = oneEvent(p, 'kit-adapter-change');
    await drop.load([new File([await fixtureText(FEEDBACK)], FEEDBACK)]);
    await changed;
    expect(p.activeAdapter).to.equal(drop.reportAdapter);
    const table = p.querySelector('feedback-table')!;
    await waitUntil(() => table.shadowRoot!.textContent!.includes('113-4820193-5503318'), 'feedback from the file');
  });

  it('stops serving the files once the reports attribute is removed', async () => {
    const p = await fixture<ReviewKitProvider>(
      html`<review-kit-provider reports demo .now=${NOW}></review-kit-provider>`,
    );
    await waitUntil(() => p.shadowRoot!.querySelector('report-file-drop')?.shadowRoot, 'drop zone rendered');
    const demo = p.activeAdapter;
    const drop = p.shadowRoot!.querySelector('report-file-drop') as ReportFileDrop;
    await drop.load([new File([await fixtureText(FEEDBACK)], FEEDBACK)]);
    await p.updateComplete;
    expect(p.activeAdapter).to.equal(drop.reportAdapter);
    p.reports = false;
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector('report-file-drop')).to.equal(null);
    expect(p.activeAdapter, 'back to the demo data, as the drop zone with the files is gone').to.equal(demo);
    p.reports = true;
    await p.updateComplete;
    expect(p.activeAdapter, 'a new, empty drop zone serves nothing yet').to.equal(demo);
  });
});
