/**
 * `startMockWorker(adapter, opts)` — serves the REST contract from a Service Worker in the browser, over any
 * `SellerKitAdapter`. `msw/browser` is loaded only when this is called, so `./mocks.js` stays importable in Node.
 */
import type { SetupWorker } from 'msw/browser';
import type { SellerKitAdapter } from '../data/models.js';
import { createHandlers, type HandlerOptions } from './handlers.js';

export interface MockWorkerOptions extends HandlerOptions {
  /** URL of MSW's worker script (default `'/mockServiceWorker.js'`; `npx msw init public` puts it there). */
  serviceWorkerUrl?: string;
  /** Log intercepted requests to the console (default false). */
  verbose?: boolean;
}

export async function startMockWorker(
  adapter: SellerKitAdapter | (() => SellerKitAdapter),
  opts: MockWorkerOptions = {},
): Promise<SetupWorker> {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(...createHandlers(adapter, opts));
  await worker.start({
    onUnhandledFrame: 'bypass',
    quiet: !opts.verbose,
    serviceWorker: { url: opts.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return worker;
}
