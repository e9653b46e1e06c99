import type { ReportAdapter } from '../../importers/report-adapter.js';

/** A new adapter was built from the dropped report files (or null after a reset). */
export class ReportAdapterChangeEvent extends Event {
  static readonly type = 'report-adapter-change';
  constructor(readonly adapter: ReportAdapter | null) {
    super(ReportAdapterChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'report-adapter-change': ReportAdapterChangeEvent;
  }
  interface DocumentEventMap {
    'report-adapter-change': ReportAdapterChangeEvent;
  }
}
