import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** How `run` ended: the value, the failure (also kept as `error(id)`), or `skipped` while the same id was pending. */
export type IntentOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | { ok: false; skipped: true };

/**
 * User intents sent to the adapter (post a comment, mark as done, request a removal), by id:
 *
 * - one request per id at a time: `pending(id)` is true while it runs, and a second `run` is skipped;
 * - the idempotency key: a retry of the **same intent** (same id and same `intent` — the text, the reason)
 *   reuses the key of the failed attempt, so the server applies it at most once; a new text or reason gets a new
 *   key, and so does the next intent once one succeeded;
 * - `error(id)`: the failure of the last attempt, until the next one starts or `clear(id)`;
 * - `announce(text)`: the polite live region (`renderAnnouncer()`), cleared first so that the same message twice
 *   is announced twice.
 */
export class IntentController implements ReactiveController {
  /** The text of the live region. */
  announcement = '';
  private readonly running = new Set<string>();
  private readonly errors = new Map<string, unknown>();
  private readonly keys = new Map<string, { intent: string; key: string }>();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Nothing to set up: the state lives as long as the host. */
  hostConnected(): void {}

  pending(id: string): boolean {
    return this.running.has(id);
  }

  /** The failure of the last attempt for `id`, or undefined. */
  error(id: string): unknown {
    return this.errors.get(id);
  }

  hasError(id: string): boolean {
    return this.errors.has(id);
  }

  /** Records a failure for `id` that did not come from `run` (e.g. a dialog's request that failed after it closed). */
  fail(id: string, error: unknown): void {
    this.errors.set(id, error);
    this.host.requestUpdate();
  }

  /** Forgets `id`'s failure; true when there was one. */
  clear(id: string): boolean {
    const had = this.errors.delete(id);
    if (had) this.host.requestUpdate();
    return had;
  }

  /** Forgets `id`'s key (the draft changed hands or was discarded): the next attempt is a new intent. */
  forget(id: string): void {
    this.keys.delete(id);
  }

  /** The idempotency key for `intent` on `id`: the failed attempt's key when the intent is the same, else a new one. */
  key(id: string, intent: string): string {
    const k = this.keys.get(id);
    if (k && k.intent === intent) return k.key;
    const key = crypto.randomUUID();
    this.keys.set(id, { intent, key });
    return key;
  }

  /** Runs `fn` with the idempotency key of `intent`, unless `id` is pending; the host re-renders before and after. */
  async run<T>(id: string, intent: string, fn: (idempotencyKey: string) => Promise<T>): Promise<IntentOutcome<T>> {
    if (this.running.has(id)) return { ok: false, skipped: true };
    const key = this.key(id, intent);
    this.running.add(id);
    this.errors.delete(id);
    this.host.requestUpdate();
    try {
      const value = await fn(key);
      this.keys.delete(id);
      return { ok: true, value };
    } catch (error) {
      this.errors.set(id, error);
      return { ok: false, error };
    } finally {
      this.running.delete(id);
      this.host.requestUpdate();
    }
  }

  /** Says `text` in the live region; the same text twice is announced twice. */
  announce(text: string): void {
    this.announcement = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.announcement = text;
      this.host.requestUpdate();
    });
  }

  /** The live region (visually hidden); render it once per element, outside anything that re-renders away. */
  renderAnnouncer(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
