/**
 * The language of a seller's message, among the linter's languages (en, it, de, fr, es), from frequent function
 * words and a few letters only one language uses. Used when `lintMessage` is called without `options.lang`:
 * fix suggestions are written in the message's language. Ties and text with no evidence give English.
 */
export type LintLang = 'en' | 'it' | 'de' | 'fr' | 'es';
export const LINT_LANGS: readonly LintLang[] = Object.freeze(['en', 'it', 'de', 'fr', 'es']);

const WORDS: Record<LintLang, string> = {
  en: 'the|and|you|your|we|our|for|is|are|to|of|with|this|it|please|thank|thanks|have|will|not|be|on|that',
  it: 'il|lo|la|gli|le|di|che|per|con|è|non|ci|un|una|sua|suo|grazie|della|del|sono|abbiamo|questo|anche|più|ha',
  de: 'der|die|das|und|ist|sie|ihre|ihr|wir|nicht|mit|für|ein|eine|bitte|danke|uns|zu|den|dem|auf|haben|wird|ich',
  fr: 'le|la|les|et|est|vous|votre|nous|pour|avec|une|des|du|que|merci|pas|ce|sur|au|aux|sont|avons|qui|vos',
  es: 'el|la|los|las|y|es|su|sus|usted|nosotros|para|con|una|del|que|gracias|por|le|les|hemos|muy|está|pedido|lo',
};
/** Each function word → the indexes (in LINT_LANGS) of the languages that use it: one lookup per word. */
const WORD_LANGS = new Map<string, number[]>();
LINT_LANGS.forEach((lang, i) => {
  for (const w of WORDS[lang].split('|')) {
    const l = WORD_LANGS.get(w);
    if (l) l.push(i);
    else WORD_LANGS.set(w, [i]);
  }
});
const WORD_SPLIT_RE = /\p{L}+/gu;
const LETTERS: Record<LintLang, RegExp> = {
  en: /(?!)/g,
  it: /[ìòù]|\b(?:perché|però|così)\b/giu,
  de: /[äöüß]/giu,
  fr: /[çœêëâîû]|\b(?:d|l|j|qu)['’]/giu,
  es: /[ñ¿¡]|ción\b/giu,
};

const count = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

export function detectLang(text: string): LintLang {
  const sample = (text.length > 600 ? text.slice(0, 600) : text).toLowerCase();
  const scores = [0, 0, 0, 0, 0];
  WORD_SPLIT_RE.lastIndex = 0;
  for (let m = WORD_SPLIT_RE.exec(sample); m; m = WORD_SPLIT_RE.exec(sample)) {
    const langs = m[0].length <= 8 ? WORD_LANGS.get(m[0]) : undefined;
    if (langs) for (const i of langs) scores[i]!++;
  }
  let best: LintLang = 'en';
  let bestScore = 0;
  LINT_LANGS.forEach((lang, i) => {
    const score = scores[i]! + 2 * count(LETTERS[lang], sample);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  });
  return best;
}
