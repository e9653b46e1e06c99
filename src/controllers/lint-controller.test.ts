import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SellerKitError } from '../data/errors.js';
import { LINT_LIMITS } from '../policy/lint.js';
import { LintController, loadLinter, type LinterLoader } from './lint-controller.js';

/** A tiny host: counts its renders. */
class LintHost extends LitElement {
  lint = new LintController(this, 'review-comment');
  updates = 0;
  protected override updated(): void {
    this.updates++;
  }
  protected override render() {
    return html`<textarea></textarea>`;
  }
}
customElements.define('lint-host', LintHost);

/** The real linter through a loader of its own, so each test starts from a linter that has not loaded. */
const realLoader = (): LinterLoader => () =>
  Promise.all([import('../policy/lint.js'), import('../i18n/en/lint.js')] as const);

async function mountHost(load: LinterLoader): Promise<LintHost> {
  const el = document.createElement('lint-host') as LintHost;
  el.lint.useLoader(load);
  return fixture<LintHost>(html`<div>${el}</div>`).then(async (div) => {
    const host = div.querySelector<LintHost>('lint-host')!;
    await host.updateComplete;
    return host;
  });
}

describe('LintController', () => {
  it("passes the host's UI language as the linter's hint (text too short to tell its language)", async () => {
    const host = await mountHost(realLoader());
    let ui = 'nl-NL';
    const reply = new LintController(host, 'feedback-reply', { hint: () => ui });
    // "Feedback aanpassen?" has no word that tells its language: the hint decides which language's rules run.
    await loadLinter();
    reply.load();
    const f = reply.findings('Feedback aanpassen?')!.find((x) => x.severity === 'error');
    expect(f?.rule).to.equal('feedback-pressure');
    expect(f?.fix?.replacement).to.equal('Als u wilt, kunt u uw feedback bijwerken.');
    ui = 'sv';
    expect(reply.findings('Feedback aanpassen?')).to.deep.equal([]);
  });

  it('blocks while loading, re-renders the host once loaded, then lints', async () => {
    const host = await mountHost(realLoader());
    const lint = host.lint;
    expect(lint.status, 'nothing loads before first use').to.equal('idle');
    const first = lint.findings('Mail me at help@example.com');
    expect(first, 'not loaded yet').to.equal(null);
    expect(lint.limit, 'limit unknown until loaded').to.equal(null);
    expect(lint.blocked(first), 'unlinted text is never sendable').to.equal(true);
    const before = host.updates;
    lint.load();
    expect(lint.status).to.equal('loading');
    await waitUntil(() => host.updates > before, 'host asked to re-render');
    expect(lint.status).to.equal('ready');
    const findings = lint.findings('Mail me at help@example.com')!;
    expect(findings.some((f) => f.severity === 'error')).to.equal(true);
    expect(lint.blocked(findings)).to.equal(true);
    const clean = lint.findings('Thank you for the review.')!;
    expect(clean).to.deep.equal([]);
    expect(lint.blocked(clean)).to.equal(false);
    expect(await loadLinter()).to.have.property('lintMessage');
    const reply = new LintController(host, 'feedback-reply', { load: undefined });
    reply.load();
    expect(reply.status, 'the default import has loaded: ready at once').to.equal('ready');
    expect(reply.limit).to.equal(LINT_LIMITS['feedback-reply']);
  });

  it('reports a network error, blocks sending, does not retry on every render, and loads on retry', async () => {
    let attempts = 0;
    let fail = true;
    const real = realLoader();
    const load: LinterLoader = () => {
      attempts++;
      return fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
    };
    const host = await mountHost(load);
    const lint = host.lint;
    lint.load();
    expect(lint.findings('Thank you.')).to.equal(null);
    await waitUntil(() => lint.status === 'failed', 'host re-rendered when the load failed');
    const failure = lint.failure;
    expect(failure).to.be.instanceOf(SellerKitError);
    expect(failure!.code).to.equal('network');
    expect(lint.blocked(lint.findings('Thank you.')), 'still never sent unlinted').to.equal(true);
    host.requestUpdate();
    await host.updateComplete;
    lint.load();
    lint.findings('Thank you again.');
    expect(attempts, 'renders after a failure do not hammer the network').to.equal(1);

    // A second element showing the failure (say feedback-table beside review-list) must follow the retry.
    const other = await mountHost(load);
    other.lint.load();
    expect(other.lint.findings('Hi')).to.equal(null);
    expect(other.lint.status, 'the failure is shared: no new attempt').to.equal('failed');
    const otherBefore = other.updates;
    fail = false;
    const before = host.updates;
    const textarea = () => host.renderRoot.querySelector('textarea');
    lint.retry(textarea);
    expect(lint.failure, 'the failure is forgotten while retrying').to.equal(undefined);
    expect(lint.status).to.equal('loading');
    await host.updateComplete;
    expect(host.updates, 'host re-renders at once to show loading').to.be.greaterThan(before);
    await waitUntil(() => other.updates > otherBefore && other.lint.status === 'ready', 'the other element followed');
    await waitUntil(() => lint.findings('Mail me at a@b.co') !== null, 'linter loaded on retry');
    expect(host.shadowRoot!.activeElement, 'focus back in the text').to.equal(textarea());
    expect(lint.blocked(lint.findings('Mail me at a@b.co'))).to.equal(true);
    expect(lint.findings('Thank you.')).to.deep.equal([]);
    expect(attempts).to.equal(2);
  });

  it('leaves a host that never asked idle when another retries, and stops following once disconnected', async () => {
    let fail = true;
    const real = realLoader();
    const load: LinterLoader = () => (fail ? Promise.reject(new TypeError('offline')) : real());
    const a = await mountHost(load);
    const idle = await mountHost(load);
    const gone = await mountHost(load);
    a.lint.load();
    gone.lint.load();
    await waitUntil(() => a.lint.status === 'failed' && gone.lint.status === 'failed');
    gone.remove();
    fail = false;
    a.lint.retry();
    await waitUntil(() => a.lint.status === 'ready');
    expect(idle.lint.status).to.equal('idle');
    expect(gone.lint.status, 'a host off the page is not told').to.equal('failed');
    idle.lint.load();
    expect(idle.lint.status, 'the shared import has loaded: ready at once').to.equal('ready');
  });
});
