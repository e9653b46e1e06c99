import { expect } from '@open-wc/testing';
import { ALL_ROUTES, ENDPOINTS, ROUTES } from './index.js';
import { CAPABILITY_ACTIONS, CAPABILITY_MODES } from '../data/models.js';

/** openapi.yaml, the handlers and the HTTP adapter describe the same routes (a text check, no YAML parser). */
describe('openapi.yaml', () => {
  let doc = '';
  before(async () => {
    const res = await fetch('/openapi.yaml');
    expect(res.ok).to.equal(true);
    doc = await res.text();
  });

  it('is OpenAPI 3.1 with one operation per route (SPEC §5, and §8: /accounts and every path under it)', () => {
    expect(doc).to.match(/^openapi: 3\.1\.\d+$/m);
    // ALL_ROUTES: ROUTES plus the optional endpoints (§9 buyer-removal-request, §8 activity), plain and per account.
    expect(doc.match(/^\s+operationId: /gm)).to.have.length(ALL_ROUTES.length);
    expect(ROUTES.length).to.equal(ENDPOINTS.length * 2 + 1);
  });

  it('lists every route the handlers serve, with its method', () => {
    const paths = doc.split(/\n(?= {2}\/)/).filter((b) => b.startsWith('  /'));
    for (const e of ALL_ROUTES) {
      const path = e.path.replace(/:(\w+)/g, '{$1}');
      const block = paths.find((b) => b.startsWith(`  ${path}:\n`));
      expect(block, path).to.be.a('string');
      expect(block, `${e.method} ${path}`).to.match(new RegExp(`^    ${e.method}:$`, 'm'));
    }
  });

  it('documents the idempotency header, the error body and Retry-After', () => {
    expect(doc).to.contain('name: Idempotency-Key');
    expect(doc.match(/IdempotencyKey' }/g)).to.have.length(ALL_ROUTES.filter((e) => e.method !== 'get').length);
    expect(doc).to.contain('Retry-After:');
    for (const s of ['400', '401', '403', '404', '409', '422', '429']) expect(doc).to.contain(`'${s}':`);
    expect(doc).to.contain('5XX:');
  });

  it('documents the capabilities GET /session carries (SPEC §9): every action and mode', () => {
    const session = doc.slice(doc.indexOf('    Session:'), doc.indexOf('    CapabilityMode:'));
    expect(session).to.match(/^ {8}capabilities: \{ \$ref: '#\/components\/schemas\/Capabilities' \}$/m);
    const schema = doc.slice(doc.indexOf('    Capabilities:'));
    for (const action of CAPABILITY_ACTIONS) expect(schema, action).to.match(new RegExp(`^ {8}${action}: `, 'm'));
    expect(doc).to.contain(`enum: [${CAPABILITY_MODES.join(', ')}]`);
  });

  it('describes AccountSummary with every field of the model and the accountId path parameter', () => {
    const schema = doc.slice(doc.indexOf('    AccountSummary:'));
    for (const f of [
      'id',
      'sellerName',
      'marketplaceId',
      'accountStatus',
      'rating',
      'orderDefectRate',
      'metricsAtRisk',
      'metricsBad',
      'negativeFeedbackUnanswered',
      'criticalReviewsOpen',
      'asOf',
      'access',
    ]) {
      expect(schema, f).to.match(new RegExp(`^ {8}${f}:`, 'm'));
    }
    expect(doc).to.contain('name: accountId');
  });
});
