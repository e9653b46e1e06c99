/**
 * The fix suggestion under a blocking lint finding (issue 14, SPEC §6 `fix: {replacement}`): the suggested
 * rewrite and an **Apply** button, shared by review-list's comment composer and feedback-table's reply composer.
 * The button's accessible name says what it does ("Apply: replace “…” with “…”" / "Apply: remove “…”"); applying
 * replaces the finding's span in the draft, the host re-lints it, and the caret goes just after the replacement.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../../i18n/index.js';
import type { LintFinding } from '../../controllers/lint-controller.js';

type I18n = { t(key: string, params?: Params): string };

/** A short quotation of `text` for an accessible name. */
const quote = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};

/** `text` with `f`'s fix applied, and the caret just after the replacement; null when `f` has no fix. */
export function applyFix(text: string, f: LintFinding): { text: string; caret: number } | null {
  if (!f.fix) return null;
  const start = Math.max(0, Math.min(text.length, f.start));
  const end = Math.max(start, Math.min(text.length, f.end));
  return { text: text.slice(0, start) + f.fix.replacement + text.slice(end), caret: start + f.fix.replacement.length };
}

/** Puts `text` in the textarea's draft through `set`, then focuses it with the caret at `caret` once re-rendered. */
export async function focusAfterFix(
  host: { readonly updateComplete: Promise<unknown> },
  field: () => HTMLTextAreaElement | null,
  caret: number,
): Promise<void> {
  await host.updateComplete;
  const el = field();
  if (!el) return;
  el.focus();
  el.setSelectionRange(caret, caret);
}

/** The suggestion and its Apply button for an error finding with a fix; nothing otherwise. */
export function renderFix(
  i18n: I18n,
  text: string,
  f: LintFinding,
  apply: () => void,
): TemplateResult | typeof nothing {
  if (!f.fix || f.severity !== 'error') return nothing;
  const span = quote(text.slice(f.start, f.end));
  const replacement = f.fix.replacement;
  const label = replacement
    ? i18n.t('policy.lint.fix.apply-replace', { text: span, replacement: quote(replacement) })
    : i18n.t('policy.lint.fix.apply-remove', { text: span });
  return html`<span class="fix">
    <span class="suggestion"
      >${replacement ? i18n.t('policy.lint.fix.replace', { replacement }) : i18n.t('policy.lint.fix.remove')}</span
    >
    <button type="button" class="apply" aria-label=${label} @click=${apply}>${i18n.t('policy.lint.fix.apply')}</button>
  </span>`;
}
