import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateFormatOptions } from '../data/dates.js';
import {
  formatTag,
  isLocaleLoaded,
  loadLocale,
  localeDirection,
  resolveLocale,
  translate,
  type Locale,
  type MessageKeyArg,
  type Params,
} from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement & { localeOverride(): string | null };

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function watchLangAttributes(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    // A host's own `dir` decides whether its container follows the locale (KitElement): re-render on a change.
    const dir = records.some((r) => r.attributeName === 'dir');
    hosts.forEach((h) => {
      if (dir) h.requestHostUpdate();
      h.refresh();
    });
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Gives an element its locale — the provider's, else the nearest `lang` attribute (across shadow roots),
 * else English — and formats text, dates and numbers for it. Loads a locale's strings lazily and re-renders
 * the host when they arrive.
 */
export class LocalizeController implements ReactiveController {
  locale: Locale = 'en';
  /**
   * The full BCP 47 tag, for Intl formatting ('de-DE' formats differently from 'de-AT'); an Arabic tag gets Western
   * digits (`-u-nu-latn`) unless it names a numbering system (see `formatTag`).
   */
  tag = 'en';
  /** The tag as the provider or `lang` attribute gave it. */
  private sourceTag = 'en';
  private cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchLangAttributes();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Re-reads the locale; called on connect, on provider change and when a `lang` attribute changes. */
  refresh(): void {
    const tag = this.host.localeOverride() ?? nearestLang(this.host) ?? 'en';
    const locale = resolveLocale(tag);
    if (tag === this.sourceTag && locale === this.locale) return;
    this.sourceTag = tag;
    this.tag = formatTag(tag, locale);
    this.locale = locale;
    this.cache.clear();
    if (!isLocaleLoaded(locale)) {
      void loadLocale(locale).then(
        () => this.host.requestUpdate(),
        () => undefined,
      );
    }
    this.host.requestUpdate();
  }

  /** Asks the host to render again (a `dir` attribute changed). */
  requestHostUpdate(): void {
    this.host.requestUpdate();
  }

  /** The writing direction of the host's locale (`'rtl'` for Arabic). */
  get dir(): 'ltr' | 'rtl' {
    return localeDirection(this.locale);
  }

  /** The message for `key` in the host's locale (English when the locale lacks it). */
  t<K extends string>(key: MessageKeyArg<K>, params?: Params): string {
    return translate(this.locale, key, params);
  }

  private fmt<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
    id: string,
    make: () => T,
  ): T {
    let f = this.cache.get(id) as T | undefined;
    if (!f) this.cache.set(id, (f = make()));
    return f;
  }

  number(n: number, opts?: Intl.NumberFormatOptions): string {
    return this.fmt(`n${JSON.stringify(opts ?? {})}`, () => new Intl.NumberFormat(this.tag, opts)).format(n);
  }

  /** A fraction as a percentage: 0.009 → "0.9%". */
  percent(fraction: number, maxDigits = 2): string {
    return this.number(fraction, { style: 'percent', maximumFractionDigits: maxDigits });
  }

  /**
   * A date in the user's locale. A date-only string (`2025-05-06`, as report files give) is a calendar day,
   * not an instant: it is shown as that day everywhere, never shifted by the user's time zone.
   */
  date(iso: string | Date, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const d = typeof iso === 'string' ? new Date(iso) : iso;
    if (Number.isNaN(d.getTime())) return String(iso);
    const o = dateFormatOptions(iso, opts);
    return this.fmt(`d${JSON.stringify(o)}`, () => new Intl.DateTimeFormat(this.tag, o)).format(d);
  }

  /** "3 days ago", "yesterday", relative to `now`. */
  relative(iso: string | Date, now: Date): string {
    const d = typeof iso === 'string' ? new Date(iso) : iso;
    const diff = d.getTime() - now.getTime();
    const rtf = this.fmt('rel', () => new Intl.RelativeTimeFormat(this.tag, { numeric: 'auto' }));
    const abs = Math.abs(diff);
    const HOUR = 3_600_000;
    const DAY = 24 * HOUR;
    if (abs < HOUR) return rtf.format(Math.round(diff / 60_000), 'minute');
    if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
    if (abs < 30 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
    if (abs < 365 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
    return rtf.format(Math.round(diff / (365 * DAY)), 'year');
  }
}

/** The nearest `lang` attribute, walking out through shadow roots. */
export function nearestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const found = node.closest('[lang]');
      if (found) return found.getAttribute('lang') || null;
    }
    const root: Node = (node as Element).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
