/**
 * seller-review-kit in an Angular app, compiled just in time (the compiler is imported first). Angular needs
 * CUSTOM_ELEMENTS_SCHEMA to accept the kit's tags; `[prop]` bindings set properties and `(event)` bindings
 * listen to the kit's events. Zoneless change detection: signals update the view.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { createMemoryAdapter } from 'seller-review-kit';
import 'seller-review-kit/define.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Seller dashboard (Angular)</h1>
      <p id="last-event" role="status">
        @if (changes().length) {
          review-filter-change #{{ changes().length }}: ratings {{ stringify(changes()[changes().length - 1]) }}
        } @else {
          No filter change yet
        }
      </p>
      <review-kit-provider [adapter]="adapter">
        <account-health-tiles></account-health-tiles>
        <review-list [ratings]="ratings" page-size="20" (review-filter-change)="onFilterChange($event)"></review-list>
      </review-kit-provider>
    </main>
  `,
})
class AppComponent {
  readonly adapter = createMemoryAdapter({ seed: 1 });
  readonly ratings = [1, 2];
  readonly changes = signal<number[][]>([]);
  readonly stringify = JSON.stringify;

  // Angular types `$event` loosely for unknown elements; the kit's event map gives the real type.
  onFilterChange(event: Event): void {
    const { filter } = event as HTMLElementEventMap['review-filter-change'];
    this.changes.update((list) => [...list, filter.ratings]);
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) =>
  console.error(error),
);
