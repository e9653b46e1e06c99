/**
 * Where the focus goes after Open (see `<account-portfolio>`'s class comment): loaded with the first Open.
 * @internal
 */

/** What can take focus, for the move into the client's widgets after Open. */
const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]';

/**
 * Focuses the element whose id is `focusTarget` in the provider's tree, else the first element inside the provider
 * (outside the portfolio) that can take focus, else the provider's first child outside the portfolio.
 */
export function focusClient(portfolio: HTMLElement, p: HTMLElement, focusTarget: string | undefined): void {
  const outside = (el: Element) => el !== portfolio && !portfolio.contains(el) && !el.contains(portfolio);
  const root = p.getRootNode() as Document | ShadowRoot;
  let target: HTMLElement | null = focusTarget ? root.getElementById(focusTarget) : null;
  target ??= [...p.querySelectorAll<HTMLElement>(FOCUSABLE)].find(outside) ?? null;
  target ??= ([...p.children].find(outside) as HTMLElement | undefined) ?? null;
  if (!target) return;
  if (!target.matches(FOCUSABLE)) target.tabIndex = -1;
  target.focus();
}
