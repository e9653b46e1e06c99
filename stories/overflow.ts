/**
 * Fails a story's play function when any kit element's content overflows it horizontally (text or controls
 * sticking out of their box), which is how broken RTL or theming shows. Walks open shadow roots.
 */
export function findOverflow(root: Element, tolerance = 1): string[] {
  const problems: string[] = [];
  const hosts = [...root.querySelectorAll('*')].filter((e) => e.shadowRoot && e.localName !== 'review-kit-provider');
  for (const host of hosts) {
    const box = host.getBoundingClientRect();
    if (box.width === 0) continue;
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      if (insideScroller(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).position === 'fixed') continue;
      if (el.closest('dialog') && !(el.closest('dialog') as HTMLDialogElement).open) continue;
      if (r.left < box.left - tolerance || r.right > box.right + tolerance) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
        problems.push(
          `${host.localName} › ${el.localName}${cls} (${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`,
        );
      }
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + tolerance) {
    problems.push(`page scrolls horizontally (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
  }
  return problems;
}

/** Content inside a scroll container (a wide table in a scrolling region) is clipped, not overflowing. */
function insideScroller(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
  }
  return false;
}

/** Waits until every kit element inside has finished loading (no skeletons, no aria-busy). */
export async function settled(root: Element, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const busy = [...root.querySelectorAll('*')].some(
      (e) => e.shadowRoot && e.shadowRoot.querySelector('.skeleton, [aria-busy="true"]') !== null,
    );
    if (!busy) return;
    if (performance.now() - start > timeoutMs) throw new Error('The widgets did not finish loading.');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function assertNoOverflow(root: Element): Promise<void> {
  await settled(root);
  const problems = findOverflow(root);
  if (problems.length) throw new Error(`Content overflows its element:\n${problems.slice(0, 10).join('\n')}`);
}
