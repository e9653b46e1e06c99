/* global document */
// Importing the CDN module registers the elements; the adapter and rich properties are set from script.
import { createMemoryAdapter } from '../../dist/cdn/seller-review-kit.js';

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
