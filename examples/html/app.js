/* global document */
// Importing the CDN module registers the elements; the adapter and rich properties are set from script.
import { createMemoryAdapter } from '../../dist/cdn/seller-review-kit.js';
import { routeAlerts } from './alert-routing.js';

const provider = document.querySelector('review-kit-provider');
const list = document.querySelector('review-list');
const status = document.querySelector('#last-event');

provider.adapter = createMemoryAdapter({ seed: 1 });
// Arrays and objects are properties; `ratings="1,2"` in the markup above is the attribute form of the same thing.
list.ratings = [1, 2];

let count = 0;
list.addEventListener('review-filter-change', (event) => {
  count += 1;
  status.textContent = `review-filter-change #${count}: ratings ${JSON.stringify(event.filter.ratings)}`;
});

// Alerts (README "Alerts"): every kit-alert to the host's own webhook, once per id. The endpoint comes from the
// page (`data-alert-webhook` on <main>); without one, the example only says what it would send.
const alertStatus = document.querySelector('#last-alert');
routeAlerts({
  endpoint: document.querySelector('main').dataset.alertWebhook ?? null,
  report: (text) => (alertStatus.textContent = text),
});
