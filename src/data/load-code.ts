/**
 * `loadCode`: how the kit loads a chunk of its own code with `import()`. UI-neutral — data shells (the HTTP and
 * memory adapters) and elements (the report drop zone, the linter, the removal helper) use it alike.
 */
import { SellerKitError } from './errors.js';

/**
 * `import()` of code the kit needs, with a failure to load (offline, a deploy that removed the chunk) reported as
 * a `network` error: what the user sees is "the network is unreachable", with retry, not "unreadable data".
 * @internal
 */
export function loadCode<T>(p: Promise<T>): Promise<T> {
  return p.catch((cause: unknown) => {
    throw new SellerKitError('network', 'Code the kit needs could not load.', { cause });
  });
}
