/**
 * The Reports API (2021-06-30) lifecycle: reuse a recent `DONE` report (`getReports`), else `createReport` → poll
 * `getReport` until `DONE` / `CANCELLED` / `FATAL` → `getReportDocument` → download the pre-signed URL (no
 * authorisation header: the URL carries its own signature) → gunzip when `compressionAlgorithm` is `GZIP`.
 */
import { abortError, sleep } from '../data/abort.js';
import { SellerKitError } from '../data/errors.js';
import { gunzipReport, isGzip } from '../importers/decode.js';
import { ReportError } from '../importers/errors.js';
import type { SpApiClient } from './sp-api-client.js';

export const AMAZON_REPORT_TYPES = ['GET_V2_SELLER_PERFORMANCE_REPORT', 'GET_SELLER_FEEDBACK_DATA'] as const;
export type AmazonReportType = (typeof AMAZON_REPORT_TYPES)[number];

/** Reports API `Report` (the fields used). */
interface Report {
  reportId: string;
  reportType: string;
  processingStatus: 'CANCELLED' | 'DONE' | 'FATAL' | 'IN_PROGRESS' | 'IN_QUEUE';
  createdTime: string;
  reportDocumentId?: string;
}

interface ReportDocument {
  reportDocumentId: string;
  url: string;
  compressionAlgorithm?: 'GZIP';
}

export interface ReportRequest {
  reportType: AmazonReportType;
  marketplaceId: string;
  /** Reuse a `DONE` report created at most this many minutes ago. */
  maxAgeMinutes: number;
  pollIntervalMs: number;
  /** Give up polling after this long (ms). */
  timeoutMs: number;
  dataStartTime?: string;
  dataEndTime?: string;
  now: () => number;
  signal?: AbortSignal | undefined;
}

/** A report's bytes (decompressed), or `null` when Amazon cancelled it (no data to report). */
export interface ReportResult {
  bytes: Uint8Array | null;
  reportId: string;
  createdTime: string;
}

const BASE = '/reports/2021-06-30';

/** ISO 8601 date-time without milliseconds, as Amazon's own examples write it. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function checkReport(r: unknown, op: string): Report {
  const x = r as Partial<Report> | null;
  if (!x || typeof x.reportId !== 'string' || typeof x.processingStatus !== 'string') {
    throw new SellerKitError('invalid-response', `${op} answered without a report id or processing status.`);
  }
  return x as Report;
}

/** How many pages of `getReports` the reuse lookup reads at most (each takes a token of its slow usage plan). */
export const GET_REPORTS_MAX_PAGES = 3;

/**
 * The `DONE` reports of the type and marketplace created within `maxAgeMinutes`: `getReports` with the filters, then
 * its `nextToken` while Amazon returns one, up to GET_REPORTS_MAX_PAGES pages (Amazon documents no order, so the
 * newest may be on any page). Per the model, a next page is asked with `nextToken` as the only parameter. Every
 * call goes through the client, so the operation's rate limit (0.0222 requests per second, burst 10) holds.
 */
async function listRecentDone(client: SpApiClient, req: ReportRequest): Promise<Report[]> {
  const found: Report[] = [];
  let query: Record<string, string | number | string[]> = {
    reportTypes: [req.reportType],
    processingStatuses: ['DONE'],
    marketplaceIds: [req.marketplaceId],
    createdSince: isoSeconds(req.now() - req.maxAgeMinutes * 60_000),
    pageSize: 10,
  };
  for (let n = 0; n < GET_REPORTS_MAX_PAGES; n++) {
    const list = await client.call<{ reports?: unknown[]; nextToken?: unknown }>({
      operation: 'getReports',
      method: 'GET',
      path: `${BASE}/reports`,
      query,
      signal: req.signal,
    });
    if (!Array.isArray(list?.reports)) {
      throw new SellerKitError('invalid-response', 'getReports answered without a reports list.');
    }
    for (const r of list.reports) found.push(checkReport(r, 'getReports'));
    if (typeof list.nextToken !== 'string' || list.nextToken === '') break;
    query = { nextToken: list.nextToken };
  }
  return found;
}

/** Runs the lifecycle for one report type and marketplace. */
export async function fetchReport(
  client: SpApiClient,
  req: ReportRequest,
  fetchImpl: typeof fetch,
): Promise<ReportResult> {
  const { reportType, marketplaceId, signal } = req;

  // 1. A recent DONE report of this type for this marketplace: the newest of those listed.
  const recent = (await listRecentDone(client, req))
    .filter((r) => r.processingStatus === 'DONE' && r.reportType === reportType && r.reportDocumentId)
    .sort((a, b) => Date.parse(b.createdTime) - Date.parse(a.createdTime))[0];

  let report: Report;
  if (recent) {
    report = recent;
  } else {
    // 2. A new one, polled until Amazon is done with it.
    const created = await client.call<{ reportId?: unknown }>({
      operation: 'createReport',
      method: 'POST',
      path: `${BASE}/reports`,
      body: {
        reportType,
        marketplaceIds: [marketplaceId],
        ...(req.dataStartTime ? { dataStartTime: req.dataStartTime } : {}),
        ...(req.dataEndTime ? { dataEndTime: req.dataEndTime } : {}),
      },
      signal,
    });
    if (typeof created?.reportId !== 'string') {
      throw new SellerKitError('invalid-response', 'createReport answered without a report id.');
    }
    const reportId = created.reportId;
    const deadline = req.now() + req.timeoutMs;
    for (;;) {
      report = checkReport(
        await client.call({
          operation: 'getReport',
          method: 'GET',
          path: `${BASE}/reports/${encodeURIComponent(reportId)}`,
          signal,
        }),
        'getReport',
      );
      if (report.processingStatus === 'DONE' || report.processingStatus === 'CANCELLED') break;
      if (report.processingStatus === 'FATAL') {
        const why = report.reportDocumentId
          ? await fatalDetails(client, report.reportDocumentId, fetchImpl, signal)
          : '';
        throw new SellerKitError(
          'server',
          `Amazon could not produce the ${reportType} report (report ${reportId}: FATAL). Try again later.${why}`,
          { status: 500 },
        );
      }
      if (req.now() + req.pollIntervalMs > deadline) {
        throw new SellerKitError(
          'timeout',
          `Amazon had not finished the ${reportType} report ${reportId} after ${Math.round(req.timeoutMs / 1000)} s.`,
        );
      }
      await sleep(req.pollIntervalMs, signal);
    }
  }

  if (report.processingStatus === 'CANCELLED') {
    // Amazon cancels a report when it has no data to return: an honest "nothing", not an error.
    return { bytes: null, reportId: report.reportId, createdTime: report.createdTime };
  }
  if (!report.reportDocumentId) {
    throw new SellerKitError('invalid-response', `Report ${report.reportId} is DONE without a reportDocumentId.`);
  }
  const bytes = await downloadDocument(client, report.reportDocumentId, fetchImpl, signal);
  return { bytes, reportId: report.reportId, createdTime: report.createdTime };
}

/**
 * What a FATAL report's document says (Amazon puts the error there when it has one), as a short developer-facing
 * sentence; '' when there is none or it cannot be read. Amazon's text, cut to 200 characters, control characters
 * removed. Never shown in a page: elements show a localised message chosen by the error's code.
 */
async function fatalDetails(
  client: SpApiClient,
  documentId: string,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<string> {
  try {
    const bytes = await downloadDocument(client, documentId, fetchImpl, signal);
    let text = new TextDecoder().decode(bytes.subarray(0, 4096));
    try {
      const json = JSON.parse(text) as { errorDetails?: unknown };
      if (typeof json?.errorDetails === 'string') text = json.errorDetails;
    } catch {
      // Not JSON: the text as it is.
    }
    let clean = '';
    for (const ch of text) clean += ch < ' ' || ch === '\u007f' ? ' ' : ch;
    clean = clean.replace(/ +/g, ' ').trim().slice(0, 200);
    return clean ? ` Amazon's report document says: ${clean}` : '';
  } catch (e) {
    if (signal?.aborted) throw e;
    return '';
  }
}

async function getDocument(client: SpApiClient, id: string, signal?: AbortSignal): Promise<ReportDocument> {
  const doc = await client.call<Partial<ReportDocument>>({
    operation: 'getReportDocument',
    method: 'GET',
    path: `${BASE}/documents/${encodeURIComponent(id)}`,
    signal,
  });
  if (!doc || typeof doc.url !== 'string') {
    throw new SellerKitError('invalid-response', `getReportDocument answered without a URL for document ${id}.`);
  }
  return doc as ReportDocument;
}

/**
 * Downloads a report document. The pre-signed URL expires after five minutes, so a failed download asks
 * `getReportDocument` once more for a fresh URL before giving up. Error messages never contain the URL (its query
 * string is a signature).
 */
async function downloadDocument(
  client: SpApiClient,
  documentId: string,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let lastStatus = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const doc = await getDocument(client, documentId, signal);
    let res: Response;
    try {
      res = await fetchImpl(doc.url, signal ? { signal } : {});
    } catch (e) {
      if (signal?.aborted) throw abortError(signal);
      if (attempt === 0) continue;
      throw new SellerKitError('network', `The report document ${documentId} could not be downloaded.`, { cause: e });
    }
    if (!res.ok) {
      lastStatus = res.status;
      await res.body?.cancel();
      continue;
    }
    const raw = new Uint8Array(await res.arrayBuffer());
    // Also gzip bytes without `compressionAlgorithm` (seen in real downloads: test/fixtures/amazon/README.md).
    if (doc.compressionAlgorithm !== 'GZIP' && !isGzip(raw)) return raw;
    try {
      return await gunzipReport(raw, signal ? { signal } : {});
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      const what = e instanceof ReportError ? e.code : 'decode';
      throw new SellerKitError(
        'invalid-response',
        `The report document ${documentId} says GZIP but could not be decompressed (${what}).`,
        { cause: e },
      );
    }
  }
  throw new SellerKitError(
    'server',
    `The report document ${documentId} could not be downloaded (HTTP ${lastStatus}, twice, with a fresh URL the second time).`,
    { status: lastStatus >= 500 ? lastStatus : 502 },
  );
}
