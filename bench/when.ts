/** Waiting for what a benchmark times: shared by the browser entries in `bench/`. */

/** Resolves with the time `check()` first held, watching `targets` for mutations (and each frame, as a fallback). */
export function when(targets: Node[], check: () => boolean, what: string, timeoutMs = 60_000): Promise<number> {
  const t = performance.now();
  if (check()) return Promise.resolve(t);
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      mo.disconnect();
      clearTimeout(timer);
      if (ok) resolve(performance.now());
      else reject(new Error(`timed out waiting for ${what}`));
    };
    const mo = new MutationObserver(() => check() && finish(true));
    for (const target of targets) {
      mo.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const frame = () => {
      if (settled) return;
      if (check()) finish(true);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const timer = setTimeout(() => finish(false), timeoutMs);
  });
}
