/**
 * seller-review-kit in a React 19 app. React 19 sets props on custom elements as properties when the element has
 * them (so the elements are registered first) and `on<event-name>` props listen to the kit's events.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from 'seller-review-kit';
import 'seller-review-kit/define.js';
// JSX types for the kit's tags, generated from custom-elements.json.
import type {} from 'seller-review-kit/react';

// Created once, outside the component: a new object or array on every render would reset the element.
const adapter = createMemoryAdapter({ seed: 1 });
const initialRatings = [1, 2];

function App() {
  const [changes, setChanges] = useState<number[][]>([]);
  const last = changes.at(-1);
  return (
    <main>
      <h1>Seller dashboard (React)</h1>
      <p id="last-event" role="status">
        {last ? `review-filter-change #${changes.length}: ratings ${JSON.stringify(last)}` : 'No filter change yet'}
      </p>
      <review-kit-provider adapter={adapter}>
        <account-health-tiles></account-health-tiles>
        <review-list
          ratings={initialRatings}
          page-size={20}
          onreview-filter-change={(event) => setChanges((list) => [...list, event.filter.ratings])}
        ></review-list>
      </review-kit-provider>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
