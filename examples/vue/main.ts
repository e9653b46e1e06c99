/**
 * seller-review-kit in a Vue 3 app (full build, string template: no SFC compiler needed). Vue is told that tags
 * with a dash are custom elements; bindings set properties when the element has them (registered first), and
 * `@review-filter-change` listens to the kit's event.
 */
import { createApp, defineComponent, markRaw, ref } from 'vue';
import { createMemoryAdapter } from 'seller-review-kit';
import 'seller-review-kit/define.js';
// Template types for the kit's tags (Volar / vue-tsc), generated from custom-elements.json.
import type { ReviewListVueProps } from 'seller-review-kit/vue';

type FilterListener = NonNullable<ReviewListVueProps['onReviewFilterChange']>;

const App = defineComponent({
  setup() {
    // markRaw: the adapter is a service, not state; Vue must not wrap it in a reactive proxy.
    const adapter = markRaw(createMemoryAdapter({ seed: 1 }));
    const ratings = [1, 2];
    const changes = ref<number[][]>([]);
    const onFilterChange: FilterListener = (event) => {
      changes.value = [...changes.value, event.filter.ratings];
    };
    return { adapter, ratings, changes, onFilterChange, stringify: JSON.stringify };
  },
  template: `
    <main>
      <h1>Seller dashboard (Vue)</h1>
      <p id="last-event" role="status">
        <template v-if="changes.length">
          review-filter-change #{{ changes.length }}: ratings {{ stringify(changes[changes.length - 1]) }}
        </template>
        <template v-else>No filter change yet</template>
      </p>
      <review-kit-provider :adapter="adapter">
        <account-health-tiles></account-health-tiles>
        <review-list :ratings="ratings" page-size="20" @review-filter-change="onFilterChange"></review-list>
      </review-kit-provider>
    </main>`,
});

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
app.mount('#app');
