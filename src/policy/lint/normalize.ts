/**
 * Text normalisation before matching (issue 14): contact data and words written to dodge filters become plain
 * text, and every character of the result remembers where it came from, so a finding on the normalised text
 * points at the original text's span.
 *
 * - full-width forms (`ｗａｒｒａｎｔｙ＠…．ｃｏｍ`) become ASCII; ideographic space becomes a space;
 * - look-alike letters (Cyrillic and Greek letters that look Latin: `а е о р с х у і ј ѕ ο α`) become Latin;
 * - zero-width characters, soft hyphens and BOMs are dropped;
 * - Arabic (issue 20): Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits become ASCII digits; diacritics and
 *   tatweel are dropped; hamza forms of alef, alef maqsura and taa marbuta become ا, ي and ه; ؟ ، ؛ ٪ become ? , ; %;
 * - runs of at least five single characters separated by single spaces (digit runs and letter runs apart) (`s u p p o r t @ k e s t r e l`,
 *   `0 3 0 - 2 2 4 5`) are joined.
 * At/dot words (`at`, `(at)`, `chiocciola`, `ät`, `arobase`, `arroba`, `dot`, `punto`, `punkt`, `point`) are
 * not rewritten here (`at` and `point` are ordinary words): the contact patterns accept them where an e-mail
 * address or a domain needs them (contact.ts).
 */

/**
 * Normalised text and, for each of its UTF-16 units, the original unit it came from (every unit comes from one
 * original unit: the changes are unit for unit, or drop units).
 */
export interface Normalized {
  text: string;
  /** Original index of unit i; null when the text did not change (identity). */
  starts: Int32Array | null;
}

const LOOK_ALIKE: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ο: 'o',
  α: 'a',
  ε: 'e',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  Ο: 'O',
  '\u2024': '.',
  // Hyphens that are not U+002D (round 2 of issue 20: "0120‐318‐552"): hyphen, non-breaking hyphen, figure dash,
  // horizontal bar, minus sign. En and em dashes stay: they separate ranges and clauses.
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uff61': '.',
  '\u3002': '.',
  '\u2022': '.',
  '\uff20': '@',
  '\u3000': ' ',
  '\u00a0': ' ',
  // Arabic (issue 20): the question mark, comma, semicolon and percent sign; hamza forms of alef, alef maqsura and
  // taa marbuta spelled the plain way, as Arabic search engines do (أ إ آ ٱ → ا, ى → ي, ة → ه).
  '\u061f': '?',
  '\u060c': ',',
  '\u061b': ';',
  '\u066a': '%',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
};
/** Anything the slow path changes: zero-width, full-width, look-alikes, Arabic forms and digits, spaced-out runs. */
const NEEDS_WORK_RE =
  /[\u00a0\u00ad\u200b-\u200f\u2010-\u2012\u2015\u2212\u2024\u2022\u2060\ufeff\uff01-\uff5e\uff61\u3000\u3002\u0391-\u03c9\u0400-\u04ff\u0501\u0600-\u06ff]|\ufe0f|\u20e3|\d\u30fc\d/u;
/** A spaced-out run of five single characters (checked after a cheap test for " x " somewhere). */
const SPACED_CHECK_RE = /(?:^|\s)(?:\S ){4}\S(?=\s|$)/u;
const SPACED_DOT_CHECK_RE = /[\p{L}\d] \. [\p{L}\d]/u;
/**
 * Dropped: zero-width characters, soft hyphens, BOMs, emoji variation selectors and keycaps (6️⃣ is 6); Arabic
 * diacritics (harakat, tanwin, shadda, sukun, superscript alef) and the tatweel that stretches a word.
 */
const DROP_RE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640]|\ufe0f|\u20e3/;
/** Arabic diacritics (U+064B–U+0652, U+0670), by code: combining marks cannot sit in a regex class. */
const isArabicMark = (code: number) => (code >= 0x064b && code <= 0x0652) || code === 0x0670;
/**
 * Joined: five or more single characters separated by single spaces, as a whole run: digits (with + - ( ) . /) or
 * not; and a dot with a space on each side between letters or digits ("shop . de", "01 . 23 . 45").
 */
const SPACED_RE =
  /(?<=^|\s)(?:(?:[\d()+\-./] ){4,}[\d)]|(?:[^\s\d] ){4,}[^\s\d])(?=\s|$)|(?<=[\p{L}\d]) \. (?=[\p{L}\d])/gu;

export function normalize(text: string): Normalized {
  if (
    !NEEDS_WORK_RE.test(text) &&
    !(text.includes(' . ') && SPACED_DOT_CHECK_RE.test(text)) &&
    !SPACED_CHECK_RE.test(text)
  )
    return { text, starts: null };
  const chars: string[] = [];
  const starts = new Int32Array(text.length);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (DROP_RE.test(ch) || isArabicMark(code)) continue;
    chars.push(
      code >= 0xff01 && code <= 0xff5e
        ? String.fromCharCode(code - 0xfee0)
        : code >= 0x0660 && code <= 0x0669 // Arabic-Indic digits ٠-٩
          ? String.fromCharCode(code - 0x0630)
          : code >= 0x06f0 && code <= 0x06f9 // Eastern Arabic-Indic digits ۰-۹
            ? String.fromCharCode(code - 0x06c0)
            : code === 0x30fc &&
                /[\d\uff10-\uff19]/.test(text[i - 1] ?? '') &&
                /[\d\uff10-\uff19]/.test(text[i + 1] ?? '')
              ? '-' // the katakana long-vowel mark between digits is a dash ("03ー5544ー1234")
              : (LOOK_ALIKE[ch] ?? ch),
    );
    starts[k++] = i;
  }
  const out = chars.join('');
  // Join spaced-out runs: drop the single spaces inside them.
  const kept: string[] = [];
  const map = new Int32Array(out.length);
  let n = 0;
  let last = 0;
  const keep = (from: number, to: number, spaces: boolean) => {
    for (let i = from; i < to; i++) {
      if (!spaces && out[i] === ' ') continue;
      kept.push(out[i]!);
      map[n++] = starts[i]!;
    }
  };
  SPACED_RE.lastIndex = 0;
  for (let m = SPACED_RE.exec(out); m; m = SPACED_RE.exec(out)) {
    keep(last, m.index, true);
    keep(m.index, m.index + m[0].length, false);
    last = m.index + m[0].length;
  }
  keep(last, out.length, true);
  return { text: kept.join(''), starts: map.subarray(0, n) };
}

/** The original span of the normalised span [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (!n.starts) return { start, end };
  if (end <= start) {
    const at = start < n.starts.length ? n.starts[start]! : n.starts.length ? n.starts[n.starts.length - 1]! + 1 : 0;
    return { start: at, end: at };
  }
  return { start: n.starts[start]!, end: n.starts[end - 1]! + 1 };
}
