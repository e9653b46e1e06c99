/**
 * The language of a seller's message, among the linter's twelve languages, from its script (Japanese kana and
 * kanji, Arabic letters), frequent function words and a few letters only some languages use. Used when
 * `lintMessage` is called without `options.lang`: the rules of issue 20's languages run for the message's language,
 * and fix suggestions are written in it. Text with too little evidence (a few words, digits, an address) gives the
 * caller's hint (the UI language) when it names one of the twelve, else English; so does a tie with the hint.
 */
export type LintLang = 'en' | 'it' | 'de' | 'fr' | 'es' | 'ja' | 'nl' | 'sv' | 'pl' | 'tr' | 'pt' | 'ar';
export const LINT_LANGS: readonly LintLang[] = Object.freeze([
  'en',
  'it',
  'de',
  'fr',
  'es',
  'ja',
  'nl',
  'sv',
  'pl',
  'tr',
  'pt',
  'ar',
]);

/** Function words of the languages written in Latin letters (ja and ar are told by their script). */
const WORDS: Partial<Record<LintLang, string>> = {
  en: 'the|and|you|your|we|our|for|is|are|to|of|with|this|it|please|thank|thanks|have|will|not|be|on|that',
  it: 'il|lo|la|gli|le|di|che|per|con|è|non|ci|un|una|sua|suo|grazie|della|del|sono|abbiamo|questo|anche|più|ha|a|e|da|o',
  de: 'der|die|das|und|ist|sie|ihre|ihr|wir|nicht|mit|für|ein|eine|bitte|danke|uns|zu|den|dem|auf|haben|wird|ich|bei|zur|zum|im|sich|oder|auch|noch|gerne|ihnen|alle',
  fr: 'le|la|les|et|est|vous|votre|nous|pour|avec|une|des|du|que|merci|pas|ce|sur|au|aux|sont|avons|qui|vos|de|à|en',
  es: 'el|la|los|las|y|es|su|sus|usted|nosotros|para|con|una|del|que|gracias|por|le|les|hemos|muy|está|pedido|lo|de|en|a|no|un|al|o|antes',
  nl: 'de|het|een|en|je|jij|u|uw|wij|we|ons|onze|niet|met|voor|van|is|zijn|dat|dit|op|bij|graag|bedankt|dank|hebben|heeft|naar|ook|als|kunt|wilt|wordt',
  sv: 'och|att|det|du|din|ditt|dina|vi|oss|vår|inte|med|för|är|en|ett|på|till|av|som|har|kan|tack|hej|om|så|vill|den|gärna',
  pl: 'i|w|z|na|nie|się|jest|pan|pani|prosimy|dziękujemy|do|że|za|o|to|czy|jak|przez|od|dla|jeśli|oraz|bardzo|nam|już|został|została',
  tr: 've|bir|bu|için|ile|siz|size|sizin|biz|bize|lütfen|teşekkür|teşekkürler|ederiz|olarak|çok|daha|gibi|ama|mı|mi|değil|var|yok|siparişiniz|ürün|ürünü',
  pt: 'o|a|os|as|e|é|de|do|da|dos|das|um|uma|você|seu|sua|seus|suas|para|pra|com|não|que|obrigado|obrigada|pelo|pela|nos|no|na|foi|muito|já|em|gente|isso|mas|conosco|nosso|nossa|ao|aos|qualquer|antes',
};
/**
 * Letters and letter groups only some languages use (each counts twice). The sample is lower case: no `i` flag (a
 * case-insensitive Unicode class is several times slower to scan).
 */
const LETTERS: Partial<Record<LintLang, RegExp>> = {
  it: /[ìòù]|\b(?:perché|però|così)\b|\b(?:dell|all|nell|sull|dall|un)['’]/gu,
  de: /[äöüß]/gu,
  fr: /[çœêëâîû]|\b(?:d|j|qu|n|s|c)['’]/gu,
  es: /[ñ¿¡]|ción\b/gu,
  nl: /ij/gu,
  sv: /[åäö]/gu,
  pl: /[ąćęłńśźż]/gu,
  tr: /[ğışçöü]/gu,
  pt: /[ãõ]/gu,
};
/** Each function word → the indexes (in LINT_LANGS) of the languages that use it: one lookup per word. */
const WORD_LANGS = new Map<string, number[]>();
LINT_LANGS.forEach((lang, i) => {
  for (const w of WORDS[lang]?.split('|') ?? []) {
    const l = WORD_LANGS.get(w);
    if (l) l.push(i);
    else WORD_LANGS.set(w, [i]);
  }
});
const WORD_SPLIT_RE = /\p{L}+/gu;
/**
 * Not evidence of a language: HTML tags, addresses and links (anything with @ . / or : inside a word), spaced-out
 * letters ("s u p p o r t") and spelled dots ("dot com").
 */
const NOISE_RE =
  /<[^<>]{0,200}>|[a-z0-9_.%+-]*[@./:][a-z0-9_.%+\-/@?=&#]+|(?:(?<!\S)\S ){3,}\S(?!\S)|\b(?:dot|punto|punkt|point|punt|ponto|kropka|nokta) \p{L}+/gu;
/** Hiragana, katakana (with the long-vowel mark) and kanji. */
const JA_RE = /[\u3040-\u30ff\u4e00-\u9fff]/gu;
const AR_RE = /[\u0600-\u06ff]/gu;
const LATIN_RE = /[a-z\u00c0-\u024f]/gu;
/** Below this score (two function words, or one letter only its language uses) the text is too short to tell. */
const EVIDENCE = 2;

const count = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

/** The LintLang a language tag names (`pt-BR` → `pt`), or undefined. */
export function lintLangOf(tag: string | null | undefined): LintLang | undefined {
  const l = tag?.toLowerCase().split(/[-_]/)[0];
  return l && (LINT_LANGS as readonly string[]).includes(l) ? (l as LintLang) : undefined;
}

/**
 * The message's language. `hint` (a language tag, usually the UI language) decides when the text has too little
 * evidence or ties between the hint and another language; without a usable hint, English.
 */
export function detectLang(text: string, hint?: string | null): LintLang {
  const sample = (text.length > 600 ? text.slice(0, 600) : text).toLowerCase().replace(NOISE_RE, ' ');
  const fallback = lintLangOf(hint);
  // Script first: Japanese and Arabic letters outnumbering (a third of) the Latin ones.
  const latin = count(LATIN_RE, sample);
  const ja = count(JA_RE, sample);
  if (ja >= 2 && ja * 3 >= latin) return 'ja';
  const ar = count(AR_RE, sample);
  if (ar >= 2 && ar * 3 >= latin) return 'ar';
  const scores = LINT_LANGS.map(() => 0);
  WORD_SPLIT_RE.lastIndex = 0;
  for (let m = WORD_SPLIT_RE.exec(sample); m; m = WORD_SPLIT_RE.exec(sample)) {
    const langs = m[0].length <= 12 ? WORD_LANGS.get(m[0]) : undefined;
    if (langs) for (const i of langs) scores[i]!++;
  }
  let best: LintLang = fallback ?? 'en';
  let bestScore = 0;
  LINT_LANGS.forEach((lang, i) => {
    const letters = LETTERS[lang];
    scores[i]! += letters ? 2 * count(letters, sample) : 0;
  });
  const hinted = fallback ? scores[LINT_LANGS.indexOf(fallback)]! : -1;
  LINT_LANGS.forEach((lang, i) => {
    if (scores[i]! > bestScore) {
      best = lang;
      bestScore = scores[i]!;
    }
  });
  if (fallback && (bestScore < EVIDENCE || hinted === bestScore)) return fallback;
  return best;
}
