/**
 * A chunk that cannot load, for one test: replaces a loader method on a custom element's prototype (the code a lazy
 * chunk brings — `loadView`, `loadStrings`, `loadSellerCentral`). The first `fail` calls reject as a failed dynamic
 * import does (`Infinity`: every call until `restore()`); later calls run the real loader. `calls` counts every call;
 * `restore()` puts the real loader back (also call it in `finally`).
 */
export function stubLoader(tag: string, method: string, fail = 0): { readonly calls: number; restore(): void } {
  const proto = customElements.get(tag)!.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const real = proto[method];
  if (typeof real !== 'function') throw new TypeError(`<${tag}> has no loader ${method}()`);
  let calls = 0;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return calls <= fail
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : real.apply(this, args);
  };
  return {
    get calls() {
      return calls;
    },
    restore: () => {
      proto[method] = real;
    },
  };
}
