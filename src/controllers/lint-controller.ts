import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCode } from '../data/lazy-adapter.js';
import type { SellerKitError } from '../data/errors.js';
import { addEnglish, type Strings } from '../i18n/index.js';
import type * as Lint from '../policy/lint.js';

export type { LintContext, LintFinding } from '../policy/lint.js';

/** The linter's code: the policy module and its English strings. */
export type LinterLoader = () => Promise<readonly [typeof Lint, { default: Strings }]>;

/** Where a host's linter stands: not asked for yet, loading, ready, or its code could not load. */
export type LintStatus = 'idle' | 'loading' | 'ready' | 'failed';

type Host = ReactiveControllerHost & HTMLElement;

const defaultLoader: LinterLoader = () =>
  Promise.all([import('../policy/lint.js'), import('../i18n/en/lint.js')] as const);

/**
 * One import of the linter's code, shared by every host that uses the same loader: started once, forgotten after a
 * failure (the next attempt fetches again) and announced (`attempt`) so that hosts showing the failure follow a
 * retry started by another host.
 */
class SharedImport extends EventTarget {
  linter?: typeof Lint;
  pending?: Promise<typeof Lint>;

  constructor(private readonly loader: LinterLoader) {
    super();
  }

  /** Why the last attempt failed, until the next one starts. */
  failure?: SellerKitError;

  /** The current attempt, or a new one when none is under way (`again`: also after a failure). */
  get(again = true): Promise<typeof Lint> | undefined {
    if (this.pending) return this.pending;
    if (this.failure && !again) return undefined;
    this.failure = undefined;
    this.pending = loadCode(this.loader()).then(
      ([m, strings]) => {
        addEnglish(strings.default);
        return (this.linter = m);
      },
      (e: SellerKitError) => {
        this.pending = undefined;
        this.failure = e;
        throw e;
      },
    );
    this.dispatchEvent(new Event('attempt'));
    return this.pending;
  }
}

/** The only module-level state: the shared import of each loader (in practice, the default one). */
const imports = new WeakMap<LinterLoader, SharedImport>();
const shared = (loader: LinterLoader) => {
  let s = imports.get(loader);
  if (!s) imports.set(loader, (s = new SharedImport(loader)));
  return s;
};

/** Loads the linter with the default loader (once per page); tests await it before checking a linted text. */
export const loadLinter = (): Promise<typeof Lint> => shared(defaultLoader).get()!;

/**
 * The compliance linter (`src/policy/lint.ts`, the biggest policy module) for one host and one lint context,
 * loaded on demand so an element entry only pays for it when a composer opens.
 *
 * - `load()` starts loading; call it from the event handler that opens a composer (or from `willUpdate`), never
 *   from `render`. The host re-renders when the load settles.
 * - `findings(text)` is null until the linter is `ready`, and `blocked(null)` is true: text is never sent
 *   unlinted.
 * - When the code cannot load (offline, a deploy that removed the chunk), `status` is `failed` and `failure` says
 *   why (a `network` SellerKitError). It is not retried by rendering, only by `retry()`; every host showing the
 *   failure follows a retry started by another.
 *
 * `{ hint }` gives the host's UI language (the composers pass their `LocalizeController`'s tag): the linter
 * detects the message's language and falls back on it for a text too short to tell.
 *
 * The loader is injectable (`{ load }`) so tests can simulate a chunk that cannot load without touching the
 * default import other tests share.
 */
export class LintController implements ReactiveController {
  status: LintStatus = 'idle';
  failure?: SellerKitError;
  private linter?: typeof Lint;
  private source: SharedImport;
  /** The attempt this host follows (one settle handler per attempt). */
  private following?: Promise<typeof Lint>;
  /** The UI language (a BCP 47 tag), passed to the linter as its language hint for text too short to tell. */
  private readonly hint?: () => string | null | undefined;

  constructor(
    private readonly host: Host,
    readonly context: Lint.LintContext,
    options: { load?: LinterLoader; hint?: () => string | null | undefined } = {},
  ) {
    this.source = shared(options.load ?? defaultLoader);
    this.hint = options.hint;
    host.addController(this);
  }

  /** Uses another loader from now on (tests: a chunk that cannot load, then the real one). @internal */
  useLoader(load: LinterLoader = defaultLoader): void {
    this.source.removeEventListener('attempt', this.onAttempt);
    this.source = shared(load);
    if (this.host.isConnected) this.source.addEventListener('attempt', this.onAttempt);
    this.following = undefined;
    this.linter = this.source.linter;
    this.status = this.linter ? 'ready' : 'idle';
    this.failure = undefined;
  }

  hostConnected(): void {
    this.source.addEventListener('attempt', this.onAttempt);
    if (this.source.linter) this.adopt(this.source.linter);
  }

  hostDisconnected(): void {
    this.source.removeEventListener('attempt', this.onAttempt);
  }

  /**
   * Starts loading unless the linter is loading, loaded or failed: a failure (this host's, or the shared import's
   * when another host saw it) waits for `retry`.
   */
  load(): void {
    if (this.status !== 'idle') return;
    if (this.source.linter) return this.adopt(this.source.linter);
    const attempt = this.source.get(false);
    if (attempt) return this.follow(attempt);
    this.status = 'failed';
    this.failure = this.source.failure;
  }

  /**
   * Forgets a failed load and tries again: the host re-renders now ("Loading…"), and every host that showed the
   * failure re-renders when the load settles. The Retry button goes away with that render, so `focusTarget` (the
   * text being checked) gets the focus once the host has re-rendered, never the page body.
   */
  retry(focusTarget?: () => HTMLElement | null): void {
    this.failure = undefined;
    this.follow(this.source.get()!);
    this.host.requestUpdate();
    if (focusTarget) void this.host.updateComplete.then(() => focusTarget()?.focus());
  }

  /**
   * Findings for `text`, or null until the linter is ready. The message's language is detected; the host's UI
   * language (`hint`) decides when the text is too short to tell.
   */
  findings(text: string): Lint.LintFinding[] | null {
    const hint = this.hint?.() ?? undefined;
    return this.linter ? this.linter.lintMessage(text, this.context, hint ? { hint } : {}) : null;
  }

  /** True when sending must be blocked: the linter has not run yet, or a finding blocks. */
  blocked(findings: Lint.LintFinding[] | null): boolean {
    return !findings || !this.linter || this.linter.hasBlockingFindings(findings);
  }

  /** The character limit of this context (`LINT_LIMITS`), or null until the linter is ready. */
  get limit(): number | null {
    return this.linter?.LINT_LIMITS[this.context] ?? null;
  }

  private readonly onAttempt = (): void => {
    // Another host retried: a host showing the failure follows (one that never asked stays idle).
    if (this.status === 'failed' && this.source.pending) {
      this.failure = undefined;
      this.follow(this.source.pending);
      this.host.requestUpdate();
    }
  };

  private adopt(linter: typeof Lint): void {
    this.linter = linter;
    this.status = 'ready';
    this.failure = undefined;
  }

  private follow(attempt: Promise<typeof Lint>): void {
    this.status = 'loading';
    if (this.following === attempt) return;
    this.following = attempt;
    attempt.then(
      (m) => {
        if (this.following !== attempt) return;
        this.adopt(m);
        this.host.requestUpdate();
      },
      (e: SellerKitError) => {
        if (this.following !== attempt) return;
        this.status = 'failed';
        this.failure = e;
        this.host.requestUpdate();
      },
    );
  }
}
