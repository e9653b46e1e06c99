/**
 * One star renderer for every element: the rating rounded and clamped to 1–5, drawn as ★ (filled) and ☆ (in
 * `.off`), hidden from assistive technology, followed by the screen-reader text (e.g. "2 out of 5 stars").
 * @internal
 */
import { html, type TemplateResult } from 'lit';

/** The glyphs alone (for a rating whose words are shown elsewhere). */
export function starGlyphs(rating: number): TemplateResult {
  const n = Math.max(1, Math.min(5, Math.round(rating) || 1));
  return html`<span class="stars" aria-hidden="true"
    >${'★'.repeat(n)}<span class="off">${'☆'.repeat(5 - n)}</span></span
  >`;
}

/** The glyphs and `label` (the localised "N out of 5 stars") for screen readers. */
export const renderStars = (rating: number, label: string): TemplateResult =>
  html`${starGlyphs(rating)}<span class="visually-hidden">${label}</span>`;
