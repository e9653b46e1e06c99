import { expect } from '@open-wc/testing';
import {
  ERROR_CODES,
  SellerKitError,
  isAbortError,
  isInternalError,
  isSellerKitError,
  retryMode,
  toSellerKitError,
} from './errors.js';

describe('SellerKitError', () => {
  it('carries a stable code, status, reasons and retry hint', () => {
    const e = new SellerKitError('rate-limited', 'slow down', { status: 429, retryAfter: 3, reasons: ['x'] });
    expect(e).to.be.instanceOf(Error);
    expect(e.name).to.equal('SellerKitError');
    expect([e.code, e.status, e.retryAfter, e.reasons]).to.deep.equal(['rate-limited', 429, 3, ['x']]);
    expect(e.toJSON()).to.deep.equal({ code: 'rate-limited', message: 'slow down', reasons: ['x'] });
  });

  it('says which codes are worth retrying', () => {
    const retryable = ERROR_CODES.filter((c) => new SellerKitError(c, '').retryable);
    expect(retryable).to.deep.equal(['network', 'timeout', 'rate-limited', 'server']);
  });

  it('has one retry rule: automatic for transient failures, offered for the others, never for "you may not"', () => {
    const mode = (code: (typeof ERROR_CODES)[number], status?: number, op?: 'read' | 'write') =>
      retryMode(new SellerKitError(code, '', { status }), op);
    expect(ERROR_CODES.map((c) => [c, mode(c)])).to.deep.equal([
      ['network', 'auto'],
      ['timeout', 'auto'],
      ['unauthorized', 'manual'],
      ['forbidden', 'never'],
      ['not-found', 'manual'],
      ['conflict', 'manual'],
      ['policy-violation', 'never'],
      ['rate-limited', 'auto'],
      ['invalid-response', 'manual'],
      ['server', 'auto'],
    ]);
    // The HTTP statuses a client repeats by itself; 501 Not Implemented will not change.
    expect([408, 429, 500, 502, 503, 504].map((s) => mode(s === 429 ? 'rate-limited' : 'server', s))).to.deep.equal(
      Array(6).fill('auto'),
    );
    expect(mode('server', 501)).to.equal('manual');
    // What a write was aimed at is gone: sending again cannot help.
    expect(mode('not-found', 404, 'write')).to.equal('never');
  });

  it('tells a bug in the page’s code from data the kit could not read, within the SPEC codes', () => {
    for (const bug of [new TypeError('x is undefined'), new ReferenceError('y'), new RangeError('z')]) {
      expect(isInternalError(bug)).to.equal(true);
      // Wrapped (what an adapter throws arrives so): the SPEC code, the bug kept as the cause.
      const wrapped = toSellerKitError(bug);
      expect([wrapped.code, wrapped.cause]).to.deep.equal(['invalid-response', bug]);
      expect(isInternalError(wrapped)).to.equal(false);
    }
    expect(isInternalError(new SyntaxError('Unexpected token'))).to.equal(false);
    expect(isInternalError(new Error('odd'))).to.equal(false);
  });

  it('keeps its cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new SellerKitError('network', 'offline', { cause }).cause).to.equal(cause);
  });

  it('recognises errors from another copy of the kit by shape, and wraps anything else', () => {
    expect(isSellerKitError({ name: 'SellerKitError', code: 'server' })).to.equal(true);
    expect(isSellerKitError(new Error('x'))).to.equal(false);
    const wrapped = toSellerKitError(new Error('odd'));
    expect(wrapped.code).to.equal('invalid-response');
    expect(wrapped.message).to.equal('odd');
    expect(toSellerKitError('text').message).to.equal('text');
    const same = new SellerKitError('forbidden', 'no');
    expect(toSellerKitError(same)).to.equal(same);
  });

  it('tells an abort from a failure', () => {
    expect(isAbortError(new DOMException('stop', 'AbortError'))).to.equal(true);
    expect(isAbortError(new SellerKitError('timeout', 't'))).to.equal(false);
    expect(isAbortError(null)).to.equal(false);
  });
});
