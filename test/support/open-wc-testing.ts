/**
 * `@open-wc/testing` as the tests see it (web-test-runner.config.mjs maps the tests' imports of it here): the same
 * module, except that `waitUntil` waits up to WAIT_UNTIL_MS by default instead of 1 s. A wait for a state is not a
 * speed check: on a loaded 2-core CI machine, 500 rows took over a second to render in WebKit, and the 1 s default
 * failed the test whatever the code did. A wait that never succeeds still fails (after 5 s, or the test's timeout).
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export * from '@open-wc/testing';

/** The default limit of `waitUntil` in this repository's tests. */
export const WAIT_UNTIL_MS = 5000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: WAIT_UNTIL_MS, ...options });
}
