/**
 * The tag registry (src/elements.ts) for node scripts: rollup.config.mjs, check-size.mjs and new-element.mjs read the
 * tags from that one file, so adding an element never means editing a second list.
 */
import { readFileSync } from 'node:fs';

const REGISTRY = new URL('../src/elements.ts', import.meta.url);

/** The tags of `src/elements.ts` (or of the registry text given), in order. */
export function readElementTags(text = readFileSync(REGISTRY, 'utf8')) {
  const list = /ELEMENT_TAGS\s*=\s*\[([^\]]*)\]/.exec(text);
  if (!list) throw new Error('src/elements.ts: no ELEMENT_TAGS array');
  return [...list[1].matchAll(/'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)].map((m) => m[1]);
}

export const ELEMENT_TAGS = readElementTags();
