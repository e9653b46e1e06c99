import type { EvidencePack } from '../../data/evidence.js';

/**
 * Fired by `<activity-log>` when **Download evidence** has built its files, before they are saved: `detail.pack`
 * (the JSON evidence pack, digest included), `detail.json` (its text as saved), `detail.csv` (the same rows as
 * CSV) and `detail.filenames`. Cancelable: `preventDefault()` keeps the browser from saving them (a host that
 * stores evidence on its server). Bubbles and is composed, like every kit event.
 */
export class ActivityEvidenceDownloadEvent extends Event {
  static readonly eventName = 'activity-evidence-download';
  readonly detail: { pack: EvidencePack; json: string; csv: string; filenames: { json: string; csv: string } };
  constructor(detail: ActivityEvidenceDownloadEvent['detail']) {
    super(ActivityEvidenceDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'activity-evidence-download': ActivityEvidenceDownloadEvent;
  }
}
