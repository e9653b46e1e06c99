/**
 * The browser download of the feedback report: loaded with the report writer when the user asks for a report, so
 * it stays out of the element's first load.
 * @internal
 */
import { saveFile } from '../shared/save-file.js';

/** Offers text as a file download through a Blob URL and a temporary `<a download>`. */
export function saveText(text: string, filename: string, parent: Node): void {
  saveFile(text, filename, 'text/tab-separated-values;charset=utf-8', parent);
}
