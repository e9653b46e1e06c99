/* global document, fetch, sessionStorage */
/**
 * Routing the kit's alerts (SPEC §8) to e-mail or chat: one `kit-alert` listener on the document hears every
 * element (the event bubbles and is composed). Each alert is POSTed once to the host's OWN webhook endpoint — a
 * route on your server that holds the e-mail or chat credentials (never put a Slack/Teams/SMTP secret in the page)
 * and turns the alert into a message. `alert.id` is stable, so the same alert is sent once: the kit fires it once
 * per page, and this listener also remembers the ids it sent for the browser session (a reload, a second tab).
 *
 * @param {object} options
 * @param {string | null} options.endpoint Your webhook URL, e.g. '/api/kit-alerts'; null: only report locally.
 * @param {(alert: object) => boolean} [options.filter] Which alerts to route (default: warning and critical).
 * @param {(text: string) => void} [options.report] Where to say what happened (a status line).
 */
export function routeAlerts({ endpoint, filter = (a) => a.severity !== 'info', report = () => {} }) {
  const KEY = 'example:kit-alerts-sent';
  const sent = new Set(JSON.parse(sessionStorage.getItem(KEY) ?? '[]'));
  document.addEventListener('kit-alert', async (event) => {
    const { alert } = event.detail;
    if (!filter(alert) || sent.has(alert.id)) return;
    sent.add(alert.id);
    sessionStorage.setItem(KEY, JSON.stringify([...sent]));
    if (!endpoint) {
      report(`kit-alert ${alert.kind} (${alert.severity}) would be sent: ${alert.id}`);
      return;
    }
    try {
      // The server side de-duplicates by `Idempotency-Key` too: two tabs may send the same id at once.
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': alert.id },
        body: JSON.stringify({ alert, page: document.location.pathname, at: new Date().toISOString() }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      report(`kit-alert ${alert.kind} sent: ${alert.id}`);
    } catch (e) {
      sent.delete(alert.id); // not delivered: the next page load may try again
      sessionStorage.setItem(KEY, JSON.stringify([...sent]));
      report(`kit-alert ${alert.kind} not sent (${e.message}): ${alert.id}`);
    }
  });
}
