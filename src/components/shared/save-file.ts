/**
 * The browser download of text the kit builds (the feedback report, the activity log's evidence pack and CSV): one
 * copy, loaded with the code that builds the file when the user asks for it, so it is in no element's first load.
 * @internal
 */

/** Offers text as a file download through a Blob URL and a temporary `<a download>` appended to `parent`. */
export function saveFile(text: string, filename: string, type: string, parent: Node): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
