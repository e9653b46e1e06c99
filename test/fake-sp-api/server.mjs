/**
 * A local fake of the parts of Amazon's Selling Partner API the Amazon adapter calls, for tests without Amazon.
 *
 * Written by hand from Amazon's published models (amzn/selling-partner-api-models, commit 34dc93f):
 * - Login with Amazon: `POST /auth/o2/token` (grant_type=refresh_token, form-encoded; answers `access_token`,
 *   `token_type`, `expires_in`, `refresh_token`), as Amazon's "Connecting to the Selling Partner API" guide shows.
 * - Reports API 2021-06-30 (`reports_2021-06-30.json`): getReports, createReport, getReport, getReportDocument,
 *   with the models' parameter rules (reportTypes 1–10, processingStatuses from the enum, marketplaceIds 1–10 or
 *   1–25 in createReport's body, pageSize 1–100, ISO 8601 date-times, `Report` / `ReportDocument` shapes).
 *   getReports pages as the model says: at most `pageSize` (default 10) reports and a `nextToken` when more are
 *   left; the next page is asked with `nextToken` as the only parameter (any other one is refused).
 * - Messaging API v1 (`messaging.json`): getMessagingActionsForOrder (`marketplaceIds` required, at most one),
 *   answering HAL `_links.actions`. createNegativeFeedbackRemoval (`POST …/messages/negativeFeedbackRemoval`, the
 *   same `marketplaceIds` rule, 201) is not in the current model any more; its rules are those of the model while it
 *   was listed.
 * - Every SP-API call must carry `x-amz-access-token` with a live token; document downloads must carry none.
 *
 * Every request is checked against those rules; a request that breaks one is answered 400 with an SP-API error body
 * and recorded in `fake.invalid`, which every test asserts empty. Report bodies are the repository's own fixtures
 * (`test/fixtures/amazon/`), gzipped on the fly when the scenario says GZIP.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, URLSearchParams } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/amazon/', import.meta.url));

export const FAKE_CREDENTIALS = Object.freeze({
  clientId: 'amzn1.application-oa2-client.fake0client0id',
  clientSecret: 'amzn1.oa2-cs.v1.fake-client-secret-0123456789',
  refreshToken: 'Atzr|fake-refresh-token-0123456789',
});

export const REPORT_TYPES = ['GET_V2_SELLER_PERFORMANCE_REPORT', 'GET_SELLER_FEEDBACK_DATA'];
const PROCESSING_STATUSES = ['CANCELLED', 'DONE', 'FATAL', 'IN_PROGRESS', 'IN_QUEUE'];
// ISO 8601 / RFC 3339 date-time (Swagger `format: date-time`).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MARKETPLACE_ID = /^A[0-9A-Z]{8,14}$/;
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/** The report bodies, from the repository's fixtures. */
export const REPORT_BODIES = {
  GET_SELLER_FEEDBACK_DATA: () => readFileSync(FIXTURES + 'GET_SELLER_FEEDBACK_DATA.US.sample.tsv'),
  GET_V2_SELLER_PERFORMANCE_REPORT: () => readFileSync(FIXTURES + 'GET_V2_SELLER_PERFORMANCE_REPORT.sample.json'),
};

/** The default scenario; tests change fields of `fake.scenario`. */
export function defaultScenario() {
  return {
    /** A DONE report of each type created 10 minutes ago is listed by getReports. */
    reuse: false,
    /**
     * With `reuse`: how many DONE reports of each type are listed, one minute apart, the newest 10 minutes ago.
     * getReports lists them oldest first, `pageSize` at a time (so the newest is on the last page).
     */
    reuseCount: 1,
    /** getReport's answers, one per poll, the last repeated. */
    statuses: ['IN_QUEUE', 'IN_PROGRESS', 'DONE'],
    /** Serve documents gzip-compressed with compressionAlgorithm GZIP. */
    gzip: true,
    /** Serve a document that says GZIP but is damaged. */
    corruptGzip: false,
    /** How many downloads of a document fail (HTTP 403, as an expired pre-signed URL does). */
    documentFailures: 0,
    /** access tokens' lifetime in seconds. */
    tokenExpiresIn: 3600,
    /** Refuse the next N SP-API calls' tokens with 401 (a token revoked before its expiry). */
    revokeTokens: 0,
    /** Throttling: `{operation, times, limit}`: 429 with `x-amzn-RateLimit-Limit: limit` that many times. */
    throttle: null,
    /** `x-amzn-RateLimit-Limit` sent on every successful answer per operation, e.g. `{getReport: '2.0'}`. */
    rateLimitHeaders: {},
    /** The messaging actions offered per order (default: negativeFeedbackRemoval for every order). */
    messagingActions: () => ['negativeFeedbackRemoval'],
    /** Report bodies, by type (default the fixtures). */
    bodies: {},
  };
}

/**
 * Starts the fake on a free port. Returns `{url, tokenUrl, scenario, requests, invalid, calls(op), reset(), close()}`.
 * `now` is the fake's clock (ms), for `createdTime` and token expiry.
 */
export async function startFakeSpApi({ now = () => Date.now() } = {}) {
  const state = {
    scenario: defaultScenario(),
    requests: [],
    invalid: [],
    tokens: new Map(),
    tokenSeq: 0,
    reports: new Map(),
    reportSeq: 0,
    documents: new Map(),
    downloads: 0,
    removalsSent: new Set(),
    /** getReports' pages still to be read, by nextToken. */
    pages: new Map(),
    pageSeq: 0,
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks));
      } catch (e) {
        state.invalid.push({ request: `${req.method} ${req.url}`, problems: [`fake crashed: ${e.stack}`] });
        send(res, 500, { errors: [{ code: 'InternalFailure', message: 'fake crashed' }] });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  function send(res, status, body, headers = {}) {
    const data = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-amzn-requestid': `fake-${state.requests.length}`,
      ...headers,
    });
    res.end(data);
  }

  function reject(res, entry, problems) {
    state.invalid.push({ request: entry.summary, problems });
    send(res, 400, { errors: problems.map((p) => ({ code: 'InvalidInput', message: p })) });
  }

  function checkArray(problems, name, raw, { required = false, min = 1, max = Infinity, each } = {}) {
    if (raw === null || raw === undefined) {
      if (required) problems.push(`${name} is required`);
      return [];
    }
    const items = Array.isArray(raw) ? raw : String(raw).split(',');
    if (items.length < min) problems.push(`${name}: at least ${min} item(s)`);
    if (items.length > max) problems.push(`${name}: at most ${max} item(s), got ${items.length}`);
    for (const v of items) if (each && !each(v)) problems.push(`${name}: invalid value ${JSON.stringify(v)}`);
    return items;
  }

  function checkQuery(problems, url, allowed) {
    for (const k of url.searchParams.keys()) if (!allowed.includes(k)) problems.push(`unknown query parameter ${k}`);
  }

  function checkToken(req) {
    const token = req.headers['x-amz-access-token'];
    if (req.headers.authorization)
      return { status: 400, problem: 'SP-API calls carry x-amz-access-token, not Authorization' };
    if (typeof token !== 'string' || token === '')
      return { status: 400, problem: 'missing required header x-amz-access-token' };
    const t = state.tokens.get(token);
    if (!t) return { status: 403, code: 'Unauthorized', message: 'Access to requested resource is denied.' };
    if (state.scenario.revokeTokens > 0) {
      state.scenario.revokeTokens--;
      state.tokens.delete(token);
      return { status: 401, code: 'Unauthorized', message: 'The access token you provided is revoked.' };
    }
    if (t.expires <= now())
      return { status: 403, code: 'Unauthorized', message: 'The access token you provided has expired.' };
    return null;
  }

  function report(id) {
    const r = state.reports.get(id);
    const { statuses } = state.scenario;
    const status = r.fixed ?? statuses[Math.min(r.polls, statuses.length - 1)];
    const out = {
      reportId: r.reportId,
      reportType: r.reportType,
      marketplaceIds: r.marketplaceIds,
      createdTime: r.createdTime,
      processingStatus: status,
    };
    if (r.dataStartTime) out.dataStartTime = r.dataStartTime;
    if (r.dataEndTime) out.dataEndTime = r.dataEndTime;
    if (status === 'DONE' || status === 'FATAL') out.reportDocumentId = documentFor(r, status);
    if (status !== 'DONE') out.processingStartTime = r.createdTime;
    if (status === 'DONE') out.processingEndTime = new Date(now()).toISOString();
    return out;
  }

  function documentFor(r, status) {
    const id = `amzn1.spdoc.1.4.na.${r.reportId}.${status === 'FATAL' ? 'error' : 'doc'}`;
    if (!state.documents.has(id)) state.documents.set(id, { reportType: r.reportType, failed: status === 'FATAL' });
    return id;
  }

  function newReport(reportType, marketplaceIds, extra = {}) {
    const reportId = String(50000 + ++state.reportSeq);
    state.reports.set(reportId, {
      reportId,
      reportType,
      marketplaceIds,
      createdTime: new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      polls: 0,
      ...extra,
    });
    return reportId;
  }

  /** One page of getReports (`pageSize` reports) and, when more are left, the `nextToken` that reads them. */
  function page(reports, pageSize) {
    if (reports.length <= pageSize) return { reports };
    const nextToken = `fake-next-${++state.pageSeq}`;
    state.pages.set(nextToken, { reports: reports.slice(pageSize), pageSize });
    return { reports: reports.slice(0, pageSize), nextToken };
  }

  function body(reportType) {
    const make = state.scenario.bodies[reportType] ?? REPORT_BODIES[reportType];
    return Buffer.from(make());
  }

  function handle(req, res, raw) {
    const url = new URL(req.url, base);
    const entry = {
      method: req.method,
      path: url.pathname,
      query: url.search,
      summary: `${req.method} ${url.pathname}`,
    };
    // Keep what a request carried (for the tests that look for leaked credentials), never log it.
    entry.headers = { ...req.headers };
    entry.body = raw.toString('utf8');
    state.requests.push(entry);
    const problems = [];

    // Login with Amazon.
    if (url.pathname === '/auth/o2/token') {
      entry.operation = 'token';
      if (req.method !== 'POST') return reject(res, entry, ['token endpoint: POST only']);
      if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        return reject(res, entry, ['token endpoint: body must be application/x-www-form-urlencoded']);
      }
      const form = new URLSearchParams(entry.body);
      for (const k of ['grant_type', 'refresh_token', 'client_id', 'client_secret']) {
        if (!form.get(k)) problems.push(`token endpoint: ${k} is required`);
      }
      if (form.get('grant_type') && form.get('grant_type') !== 'refresh_token')
        problems.push('grant_type must be refresh_token');
      if (problems.length) return reject(res, entry, problems);
      if (
        form.get('client_id') !== FAKE_CREDENTIALS.clientId ||
        form.get('client_secret') !== FAKE_CREDENTIALS.clientSecret
      ) {
        return send(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
      }
      if (form.get('refresh_token') !== FAKE_CREDENTIALS.refreshToken) {
        return send(res, 400, {
          error: 'invalid_grant',
          error_description: 'The request has an invalid grant parameter',
        });
      }
      const token = `Atza|fake-access-token-${++state.tokenSeq}`;
      state.tokens.set(token, { expires: now() + state.scenario.tokenExpiresIn * 1000 });
      return send(res, 200, {
        access_token: token,
        token_type: 'bearer',
        expires_in: state.scenario.tokenExpiresIn,
        refresh_token: FAKE_CREDENTIALS.refreshToken,
      });
    }

    // Report document download (the pre-signed URL): no SP-API headers.
    let m = /^\/download\/([^/]+)$/.exec(url.pathname);
    if (m) {
      entry.operation = 'download';
      if (req.method !== 'GET') return reject(res, entry, ['download: GET only']);
      if (req.headers['x-amz-access-token'] || req.headers.authorization) {
        return reject(res, entry, [
          'a pre-signed document URL must be fetched without x-amz-access-token / Authorization',
        ]);
      }
      if (!url.searchParams.get('X-Amz-Signature'))
        return reject(res, entry, ['download: the pre-signed URL was altered']);
      const doc = state.documents.get(decodeURIComponent(m[1]));
      if (!doc) return send(res, 404, undefined);
      state.downloads++;
      if (state.scenario.documentFailures > 0) {
        state.scenario.documentFailures--;
        res.writeHead(403, { 'content-type': 'application/xml' });
        return res.end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
      }
      let bytes = doc.failed
        ? Buffer.from(
            JSON.stringify({ errorDetails: 'Report generation failed: the seller has no active listings.\n' }),
          )
        : body(doc.reportType);
      if (state.scenario.gzip) bytes = gzipSync(bytes);
      if (state.scenario.corruptGzip)
        bytes = Buffer.concat([bytes.subarray(0, 10), Buffer.from('not a deflate stream at all'), bytes.subarray(-8)]);
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(bytes);
    }

    // Every SP-API operation: the access token first.
    const tokenProblem = checkToken(req);
    const operation = operationOf(req.method, url.pathname);
    entry.operation = operation ?? 'unknown';
    if (!operation) return reject(res, entry, [`no SP-API operation ${req.method} ${url.pathname} in the models`]);
    if (tokenProblem) {
      if (tokenProblem.problem) return reject(res, entry, [tokenProblem.problem]);
      return send(res, tokenProblem.status, { errors: [{ code: tokenProblem.code, message: tokenProblem.message }] });
    }
    const t = state.scenario.throttle;
    if (t && t.operation === operation && t.times > 0) {
      t.times--;
      return send(
        res,
        429,
        { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' }] },
        { 'x-amzn-ratelimit-limit': t.limit },
      );
    }
    const rl = state.scenario.rateLimitHeaders[operation];
    const ok = (status, b) => send(res, status, b, rl ? { 'x-amzn-ratelimit-limit': rl } : {});

    switch (operation) {
      case 'getReports': {
        checkQuery(problems, url, [
          'reportTypes',
          'processingStatuses',
          'marketplaceIds',
          'pageSize',
          'createdSince',
          'createdUntil',
          'nextToken',
        ]);
        const q = url.searchParams;
        if (!q.get('reportTypes') && !q.get('nextToken')) problems.push('either reportTypes or nextToken is required');
        if (q.has('nextToken')) {
          // The model: "call the getReports operation and include this token as the only parameter. Specifying
          // nextToken with any other parameters will cause the request to fail."
          for (const k of q.keys()) if (k !== 'nextToken') problems.push(`${k} must not be sent with nextToken`);
          if (problems.length) return reject(res, entry, problems);
          const next = state.pages.get(q.get('nextToken'));
          if (!next) return reject(res, entry, ['nextToken: unknown or already used']);
          state.pages.delete(q.get('nextToken'));
          return ok(200, page(next.reports, next.pageSize));
        }
        const types = checkArray(problems, 'reportTypes', q.get('reportTypes'), {
          max: 10,
          each: (v) => /^[A-Z0-9_]+$/.test(v),
        });
        const statuses = checkArray(problems, 'processingStatuses', q.get('processingStatuses'), {
          each: (v) => PROCESSING_STATUSES.includes(v),
        });
        const mps = checkArray(problems, 'marketplaceIds', q.get('marketplaceIds'), {
          max: 10,
          each: (v) => MARKETPLACE_ID.test(v),
        });
        if (q.has('pageSize')) {
          const n = Number(q.get('pageSize'));
          if (!Number.isInteger(n) || n < 1 || n > 100) problems.push('pageSize: an integer 1–100');
        }
        for (const k of ['createdSince', 'createdUntil'])
          if (q.has(k) && !DATE_TIME.test(q.get(k))) problems.push(`${k}: not an ISO 8601 date-time`);
        if (problems.length) return reject(res, entry, problems);
        const since = q.has('createdSince') ? Date.parse(q.get('createdSince')) : now() - 90 * 86_400_000;
        if (state.scenario.reuse) {
          for (const type of types) {
            if (![...state.reports.values()].some((r) => r.reportType === type && r.fixed === 'DONE')) {
              const count = state.scenario.reuseCount ?? 1;
              for (let i = count - 1; i >= 0; i--) {
                const id = newReport(type, mps.length ? mps : ['ATVPDKIKX0DER'], { fixed: 'DONE' });
                state.reports.get(id).createdTime = new Date(now() - (10 + i) * 60_000).toISOString();
              }
            }
          }
        }
        const reports = [...state.reports.values()]
          .map((r) => report(r.reportId))
          .filter(
            (r) =>
              types.includes(r.reportType) &&
              (!statuses.length || statuses.includes(r.processingStatus)) &&
              (!mps.length || mps.some((id) => r.marketplaceIds.includes(id))) &&
              Date.parse(r.createdTime) >= since,
          )
          .sort((a, b) => Date.parse(a.createdTime) - Date.parse(b.createdTime));
        return ok(200, page(reports, q.has('pageSize') ? Number(q.get('pageSize')) : 10));
      }
      case 'createReport': {
        checkQuery(problems, url, []);
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
          problems.push('createReport: body must be application/json');
        let spec;
        try {
          spec = JSON.parse(entry.body);
        } catch {
          return reject(res, entry, ['createReport: body is not JSON']);
        }
        for (const k of Object.keys(spec)) {
          if (!['reportOptions', 'reportType', 'dataStartTime', 'dataEndTime', 'marketplaceIds'].includes(k))
            problems.push(`CreateReportSpecification: unknown property ${k}`);
        }
        if (typeof spec.reportType !== 'string') problems.push('CreateReportSpecification.reportType is required');
        else if (!REPORT_TYPES.includes(spec.reportType))
          problems.push(`reportType ${spec.reportType} is not one the fake serves`);
        if (!Array.isArray(spec.marketplaceIds))
          problems.push('CreateReportSpecification.marketplaceIds is required (array)');
        else
          checkArray(problems, 'marketplaceIds', spec.marketplaceIds, { max: 25, each: (v) => MARKETPLACE_ID.test(v) });
        for (const k of ['dataStartTime', 'dataEndTime']) {
          if (spec[k] === undefined) continue;
          if (typeof spec[k] !== 'string' || !DATE_TIME.test(spec[k])) problems.push(`${k}: not an ISO 8601 date-time`);
          else if (Date.parse(spec[k]) > now() + 1000) problems.push(`${k}: must not be in the future`);
        }
        if (spec.dataStartTime && spec.dataEndTime && Date.parse(spec.dataStartTime) > Date.parse(spec.dataEndTime))
          problems.push('dataStartTime after dataEndTime');
        if (problems.length) return reject(res, entry, problems);
        const reportId = newReport(spec.reportType, spec.marketplaceIds, {
          dataStartTime: spec.dataStartTime,
          dataEndTime: spec.dataEndTime,
        });
        return ok(202, { reportId });
      }
      case 'getReport': {
        checkQuery(problems, url, []);
        if (problems.length) return reject(res, entry, problems);
        const id = decodeURIComponent(url.pathname.split('/').pop());
        const r = state.reports.get(id);
        if (!r) return send(res, 404, { errors: [{ code: 'NotFound', message: `Report ${id} not found.` }] });
        const out = report(id);
        r.polls++;
        // A report that reached DONE, CANCELLED or FATAL stays so.
        if (['DONE', 'CANCELLED', 'FATAL'].includes(out.processingStatus)) r.fixed = out.processingStatus;
        return ok(200, out);
      }
      case 'getReportDocument': {
        checkQuery(problems, url, ['enableContentEncodingUrlHeader']);
        const flag = url.searchParams.get('enableContentEncodingUrlHeader');
        if (flag !== null && flag !== 'true' && flag !== 'false')
          problems.push('enableContentEncodingUrlHeader: boolean');
        if (problems.length) return reject(res, entry, problems);
        const id = decodeURIComponent(url.pathname.split('/').pop());
        const doc = state.documents.get(id);
        if (!doc) return send(res, 404, { errors: [{ code: 'NotFound', message: `Document ${id} not found.` }] });
        const sig = `fake-signature-${state.requests.length}`;
        const out = {
          reportDocumentId: id,
          url: `${base}/download/${encodeURIComponent(id)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=${sig}`,
        };
        if (state.scenario.gzip || state.scenario.corruptGzip) out.compressionAlgorithm = 'GZIP';
        return ok(200, out);
      }
      case 'getMessagingActionsForOrder':
      case 'createNegativeFeedbackRemoval': {
        checkQuery(problems, url, ['marketplaceIds']);
        const mps = checkArray(problems, 'marketplaceIds', url.searchParams.get('marketplaceIds'), {
          required: true,
          max: 1,
          each: (v) => MARKETPLACE_ID.test(v),
        });
        const orderId = decodeURIComponent(url.pathname.split('/')[4]);
        if (!ORDER_ID.test(orderId)) problems.push(`amazonOrderId ${orderId} is not an Amazon order id`);
        if (operation === 'createNegativeFeedbackRemoval' && entry.body.length > 0)
          problems.push('createNegativeFeedbackRemoval takes no body');
        if (problems.length) return reject(res, entry, problems);
        const actions = state.removalsSent.has(orderId) ? [] : state.scenario.messagingActions(orderId);
        if (operation === 'getMessagingActionsForOrder') {
          const self = `/messaging/v1/orders/${orderId}?marketplaceIds=${mps[0]}`;
          const links = actions.map((name) => ({
            href: `/messaging/v1/orders/${orderId}/messages/${name}?marketplaceIds=${mps[0]}`,
            name,
          }));
          return ok(200, {
            _links: { self: { href: self }, actions: links },
            _embedded: {
              actions: links.map((l) => ({
                _links: { self: l, schema: { href: l.href.replace(/\?.*/, '/schema'), name: l.name } },
              })),
            },
          });
        }
        if (!actions.includes('negativeFeedbackRemoval')) {
          return send(res, 403, {
            errors: [
              { code: 'Unauthorized', message: 'The negativeFeedbackRemoval action is not available for this order.' },
            ],
          });
        }
        state.removalsSent.add(orderId);
        return ok(201, {});
      }
      default:
        return reject(res, entry, [`unhandled ${operation}`]);
    }
  }

  return {
    url: base,
    tokenUrl: `${base}/auth/o2/token`,
    get scenario() {
      return state.scenario;
    },
    requests: state.requests,
    invalid: state.invalid,
    get downloads() {
      return state.downloads;
    },
    /** Every report the fake holds, as getReport would answer it, oldest first. */
    get reports() {
      return [...state.reports.keys()].map(report);
    },
    /** The requests of one operation (`token`, `download`, or an SP-API operationId). */
    calls: (op) => state.requests.filter((r) => r.operation === op),
    reset() {
      state.scenario = defaultScenario();
      state.requests.length = 0;
      state.invalid.length = 0;
      state.reports.clear();
      state.documents.clear();
      state.removalsSent.clear();
      state.pages.clear();
      state.downloads = 0;
    },
    close: () => {
      // Keep-alive connections (fetch keeps them) are closed too, so the close never waits for their timeout.
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      return closed;
    },
  };
}

/** The SP-API operation a method and path are, per the models' paths (or null). */
export function operationOf(method, path) {
  if (method === 'GET' && path === '/reports/2021-06-30/reports') return 'getReports';
  if (method === 'POST' && path === '/reports/2021-06-30/reports') return 'createReport';
  if (method === 'GET' && /^\/reports\/2021-06-30\/reports\/[^/]+$/.test(path)) return 'getReport';
  if (method === 'GET' && /^\/reports\/2021-06-30\/documents\/[^/]+$/.test(path)) return 'getReportDocument';
  if (method === 'GET' && /^\/messaging\/v1\/orders\/[^/]+$/.test(path)) return 'getMessagingActionsForOrder';
  if (method === 'POST' && /^\/messaging\/v1\/orders\/[^/]+\/messages\/negativeFeedbackRemoval$/.test(path)) {
    return 'createNegativeFeedbackRemoval';
  }
  return null;
}
