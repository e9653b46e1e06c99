import { expect } from '@open-wc/testing';
import { SellerKitError } from '../src/data/errors.js';
describe('smoke', () => { it('works', () => { expect(new SellerKitError('network', 'x').retryable).to.equal(true); }); });
