/**
 * Long tokens (e-mail addresses, order ids, ASINs) as text with a line-break opportunity (`<wbr>`) after each `@`,
 * `-`, `.` and `_`: at a narrow width they wrap at those points instead of mid-word, and they never overflow.
 * The text parts are bound as text (never HTML).
 * @internal
 */
import { html, type TemplateResult } from 'lit';

/** `text` split after every `@ - . _`, with a `<wbr>` between the parts. */
export function breakable(text: string): TemplateResult {
  const parts = text.split(/(?<=[@\-._])/);
  return html`${parts.map((p, i) => (i === 0 ? p : html`<wbr />${p}`))}`;
}
