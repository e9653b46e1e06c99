/* global window, document, Node, ErrorEvent, HTMLInputElement */
/**
 * Served by scripts/static-server.mjs as /__srk-probe.js and put first into every HTML page the page checks
 * open (stories, examples, the strict-CSP page), in every engine:
 * - records uncaught errors, unhandled rejections and console.error calls in window.__probeLog (read in WebKit,
 *   whose WebDriver has no log events; Chromium and Firefox report the same natively);
 * - hears Storybook's channel (window.__storyOutcome: rendered, errored, play-failed…);
 * - offers window.__probe, small shadow-DOM-piercing queries by CSS and by role and name, so that the page
 *   checks find, click and read elements the same way in Chromium, Firefox and WebKit.
 * No inline code, no eval, no Trusted Types sink: it runs under the strict CSP unchanged.
 */
(() => {
  const log = [];
  window.__probeLog = log;
  const text = (v) => {
    if (v instanceof Error) return v.stack?.includes(v.message) ? v.message : `${v.name}: ${v.message}`;
    if (typeof v === 'object' && v !== null) {
      try {
        return JSON.stringify(v);
      } catch {
        return String(v);
      }
    }
    return String(v);
  };
  window.addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) log.push({ kind: 'pageerror', text: e.error ? text(e.error) : e.message });
  });
  window.addEventListener('unhandledrejection', (e) => log.push({ kind: 'pageerror', text: text(e.reason) }));
  const error = console.error.bind(console);
  console.error = (...args) => {
    log.push({ kind: 'console', text: args.map(text).join(' ') });
    error(...args);
  };

  // Storybook's channel is assigned to window early; trap the assignment to hear render outcomes.
  window.__storyOutcome = null;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(v) {
      channel = v;
      const done = (kind) => (detail) => {
        if (!window.__storyOutcome || kind !== 'rendered')
          window.__storyOutcome = { kind, detail: String(detail?.description ?? detail?.message ?? detail ?? '') };
      };
      v.on('storyRendered', done('rendered'));
      v.on('storyErrored', done('errored'));
      v.on('storyThrewException', done('exception'));
      v.on('playFunctionThrewException', done('play-failed'));
      v.on('storyMissing', done('missing'));
    },
  });

  /** Every element under `root` (its light tree and every open shadow root below) matching `selector`. */
  const deepAll = (root, selector) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.matches(selector)) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  };
  const visible = (el) =>
    el.getClientRects().length > 0 &&
    (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true }));
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const ROLES = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    article: 'article, [role=article]',
  };
  const accessibleName = (el) => {
    const root = el.getRootNode();
    if (el.hasAttribute('aria-labelledby'))
      return norm(
        el
          .getAttribute('aria-labelledby')
          .split(/\s+/)
          .map((id) => root.getElementById?.(id)?.textContent ?? '')
          .join(' '),
      );
    if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels?.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    if (el instanceof HTMLInputElement) return norm(el.value);
    return norm(el.textContent);
  };
  /** `chain`: CSS selectors, each searched (piercing shadow roots) under the matches of the one before. */
  const find = (chain) => {
    let found = [document];
    for (const selector of chain) {
      const next = [];
      for (const ctx of found) {
        const roots = ctx.nodeType === Node.ELEMENT_NODE && ctx.shadowRoot ? [ctx, ctx.shadowRoot] : [ctx];
        for (const r of roots) for (const el of deepAll(r, selector)) if (!next.includes(el)) next.push(el);
      }
      found = next;
    }
    return found;
  };
  /** Like Playwright's getByRole: `name` a string (exact, or a case-insensitive part) or { source, flags }. */
  const byRole = (chain, role, name, exact = false) =>
    find([...chain, ROLES[role] ?? `[role=${role}]`]).filter((el) => {
      if (!visible(el) && !(el instanceof HTMLInputElement && el.labels?.length)) return false;
      if (name === undefined) return true;
      const n = accessibleName(el);
      if (typeof name === 'object') return new RegExp(name.source, name.flags).test(n);
      return exact ? n === name : n.toLowerCase().includes(name.toLowerCase());
    });
  /** Scrolls `el` into view and returns the viewport point a user would click: its centre (or its label's). */
  const point = (el) => {
    let target = el;
    if (el instanceof HTMLInputElement && !visible(el) && el.labels?.length) target = el.labels[0];
    target.scrollIntoView({ block: 'center', inline: 'center' });
    const r = target.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  };
  window.__probe = { find, byRole, point, visible, accessibleName };
})();
