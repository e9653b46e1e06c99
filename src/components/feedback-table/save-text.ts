/**
 * The browser download of the feedback report: loaded with the report writer when the user asks for a report, so
 * it stays out of the element's first load.
 * @internal
 */

/** Offers text as a file download through a Blob URL and a temporary `<a download>`. */
export function saveText(text: string, filename: string, parent: Node): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/tab-separated-values;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
