/* global window, document, customElements */
/**
 * The strict-CSP page's own script (same origin, no inline code): records every CSP violation, loads the CDN
 * module and gives the standalone contact dialog a critical review from the demo data.
 */
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({
    directive: e.violatedDirective,
    effective: e.effectiveDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
  });
});

await import('./seller-review-kit.js');
await customElements.whenDefined('review-kit-provider');
const provider = document.querySelector('review-kit-provider');
await provider.updateComplete;
const page = await provider.activeAdapter.listReviews({ ratings: [1, 2], limit: 1 });
window.__criticalReview = page.items[0] ?? null;
window.__ready = true;
