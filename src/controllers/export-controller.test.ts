import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ExportController } from './export-controller.js';
import { SellerKitError } from '../data/errors.js';

/** A host without DOM: counts update requests, keeps its controllers. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    controllers,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  };
  return h as typeof h & ReactiveControllerHost;
}

describe('ExportController', () => {
  it('runs one export at a time with its progress, then clears it', async () => {
    const h = host();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let runs = 0;
    const c = new ExportController(h, async (_signal, progress) => {
      runs++;
      progress(500, 1203);
      await gate;
    });
    expect(h.controllers).to.include(c);
    const first = c.start();
    expect(c.busy).to.be.true;
    expect(c.progress).to.deep.equal({ done: 500, total: 1203 });
    await c.start(); // ignored while busy
    expect(runs).to.equal(1);
    release();
    await first;
    expect(c.busy).to.be.false;
    expect(c.progress).to.equal(null);
    expect(c.error).to.equal(null);
    expect(h.updates).to.be.above(2);
  });

  it('keeps a failure as error and clears it on the next start', async () => {
    const h = host();
    let fail = true;
    const c = new ExportController(h, async () => {
      if (fail) throw new SellerKitError('server', 'x');
    });
    await c.start();
    expect((c.error as SellerKitError).code).to.equal('server');
    fail = false;
    await c.start();
    expect(c.error).to.equal(null);
  });

  it('aborts the export when the host disconnects, without showing it as a failure', async () => {
    const h = host();
    let seen: AbortSignal | undefined;
    const c = new ExportController(
      h,
      (signal) =>
        new Promise<void>((_, reject) => {
          seen = signal;
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    const done = c.start();
    c.hostDisconnected();
    await done;
    expect(seen!.aborted).to.be.true;
    expect(c.error).to.equal(null);
    expect(c.busy).to.be.false;
    c.hostDisconnected(); // nothing under way: nothing to abort
  });
});
