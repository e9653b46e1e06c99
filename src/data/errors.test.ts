import { expect } from '@open-wc/testing';
import { ERROR_CODES, SellerKitError, isAbortError, isSellerKitError, toSellerKitError } from './errors.js';

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
