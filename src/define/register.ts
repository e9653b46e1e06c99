/**
 * Registers a tag once. Registration is idempotent: a tag that is already defined (by this kit loaded twice,
 * or by the host) is skipped with a console warning, never an exception.
 */
export function register(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`seller-review-kit: <${tag}> is already defined; skipped.`);
    return;
  }
  customElements.define(tag, ctor);
}
