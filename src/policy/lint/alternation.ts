/**
 * Regex alternations written for speed (issue 14: the linter runs on every keystroke). Internal to the linter.
 */

/** Whether a pattern has a `|` outside any group or class (then it is more than one alternative). */
export function topLevelBar(p: string): boolean {
  let depth = 0;
  let cls = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (cls) cls = c !== ']';
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Alternatives that begin with the same plain letter are grouped behind it ("s(?:ale…|aldi|oldes)"): the same
 * matches (lookarounds test positions, not groups), but at each position V8 first tries one quick check per letter
 * instead of one per alternative — about twice as fast on the big alternations. Alternatives that begin with a
 * group, a class, an escape or a quantified letter are left as they are.
 */
export function byFirstLetter(list: string[], depth = 0): string[] {
  const groups = new Map<string, string[]>();
  const out: string[] = [];
  for (const p of depth === 0 ? list.flatMap(expandLeading) : list) {
    const c = p[0];
    if (c && /^\p{Ll}$/u.test(c) && !/[?*+{]/.test(p[1] ?? '') && !topLevelBar(p)) {
      const g = groups.get(c);
      if (g) g.push(p.slice(1));
      else {
        groups.set(c, [p.slice(1)]);
        out.push(c);
      }
    } else out.push(p);
  }
  return out.map((p) => {
    const g = p.length === 1 ? groups.get(p) : undefined;
    if (!g) return p;
    if (g.length === 1) return p + g[0];
    // Grouped again on the next letter (three levels: "sa(?:le…|ldi)").
    return `${p}(?:${(depth < 2 ? byFirstLetter(g, depth + 1) : g).join('|')})`;
  });
}

/** A pattern's top-level alternatives ("a|b(?:c|d)|e" → a, b(?:c|d), e). */
export function splitTop(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (cls) cls = c !== ']';
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(p.slice(from, i));
      from = i + 1;
    }
  }
  out.push(p.slice(from));
  return out;
}

/**
 * A leading group of plain words is spelled out ("(?:we|i) will" → "we will", "i will"; "(?:el )?segundo" →
 * "el segundo", "segundo") so that its alternatives can be grouped by first letter too. Same matches.
 */
function expandLeading(p: string): string[] {
  if (!p.startsWith('(?:')) return [p];
  const close = p.indexOf(')');
  const inner = p.slice(3, close);
  if (close < 0 || /[()[\]\\?*+{}.^$]/.test(inner)) return [p];
  const q = p[close + 1];
  if (q === '*' || q === '+' || q === '{') return [p];
  const rest = p.slice(close + (q === '?' ? 2 : 1));
  // A quantified group, or a named group after it (a name may not be repeated), stays as it is.
  if (/^[?*+]/.test(rest) || /\(\?<[a-z]/i.test(rest)) return [p];
  const alts = inner.split('|').map((a) => a + rest);
  return q === '?' ? [...alts, rest] : alts;
}
