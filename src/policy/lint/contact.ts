/**
 * Contact data and web addresses, found on normalised text (normalize.ts): e-mail addresses in every spelling
 * (`a@b.com`, `a at b dot com`, `a[at]b[dot]com`, `a (chiocciola) b (punto) it`, `a ät b.de`, `a arobase b point
 * fr`, `a arroba b punto es`), web addresses with or without `http`/`www` (bare domains, short links, storefront
 * links, spelled-out `dot`/`slash`), social handles (`@brand.home`), and phone-number candidates.
 *
 * Bare domains need a known top-level domain (TLD_LIST): a hand-written list of the generic TLDs and the country
 * codes of Amazon's marketplaces and of link shorteners. It costs about 0.3 KB gzip, against 9.9 KB for
 * `linkify-it` with the `tlds` package (4.4 KB without it) — measured for issue 14 — and it never mistakes a
 * dotted date, a version (`3.1.4`) or a section number (`4.2`) for a domain, since those have no letters.
 */
import { byFirstLetter, splitTop } from './alternation.js';

/** Generic TLDs and the country codes sellers' texts use (marketplaces, shorteners: bit.ly, amzn.to, t.co, linktr.ee …). */
const TLD_LIST =
  'com|net|org|info|biz|shop|store|online|site|website|link|app|io|co|me|ly|to|gl|gd|li|cc|tv|eu|uk|us|ca|mx|br|de|at|ch|fr|be|lu|it|es|pt|nl|se|pl|jp|au|in|ie|dk|no|fi|cz|sk|hu|ro|gr|tr|ae|sa|eg|sg|cn|ru|page|club|online|xyz|top|live|email|help|social|news|blog|art|design|ee|kw|qa|bh';

/**
 * At words nobody uses otherwise: "ät", "chiocciola", "arobase", "arroba"; issue 20: "apenstaartje" (nl), "snabel-a"
 * (sv), "małpa" (pl), "あっと"/"アット"/"アットマーク" (ja), "ات" (ar "آت" after normalisation); round 2: "kukac" is
 * not needed, but the mark names are: "アットマーク", "atmark", "at-tecken", "at işareti", "علامه ات"; round 4: the
 * variants "apestaartje" (nl) and "małpka" (pl).
 */
const AT_WORDS =
  'ät|chiocciola|arobase|arroba|apenstaartje|apestaartje|snabel-?a|at-tecken|małpka|małpa|at işareti|kuyruklu a|アットマーク|あっとまーく|あっと|アット|atmark|علامه ات|ات';
/**
 * Unambiguous at signs and words: "@", "(at)", "[at]" and AT_WORDS; round 5: the bracketed French and Turkish "[et]",
 * and Turkish "kuyruklu a".
 */
const AT_STRONG = String.raw`(?:\s?@\s?|\s?[([{<]\s?(?:at|et|@|${AT_WORDS}|a)\s?[)\]}>]\s?|\s(?:${AT_WORDS})\s)`;
/**
 * " at " is an ordinary English word (and " et " a French and Turkish one): it makes an address only with a spelled
 * dot ("care at lumora dot com", "destek et evimshop nokta com").
 */
const AT_ANY = String.raw`(?:${AT_STRONG}|\s(?:at|et)\s)`;
/**
 * Dot words: "dot", "punto", "punkt", "point"; issue 20: "punt" (nl), "kropka" (pl), "nokta" (tr), "ponto" (pt),
 * "どっと"/"ドット" (ja), "دوت" (ar); round 2: "نقطة" (ar, "نقطه" after normalisation), "ピリオド" (ja).
 */
const DOT_WORDS = 'dot|punto|punkt|point|punt|kropka|nokta|ponto|どっと|ドット|ピリオド|دوت|نقطه';
/** A dot as a word or in brackets: "(dot)", "[.]", "(punkt)" and DOT_WORDS. */
const DOT_WORD = String.raw`(?:\s?[([{<]\s?(?:${DOT_WORDS}|\.)\s?[)\]}>]\s?|\s(?:${DOT_WORDS})\s)`;
const DOT_ANY = String.raw`(?:\.|${DOT_WORD})`;
const LABEL = '[a-z0-9](?:[a-z0-9_-]{0,62})';
/** A domain label spelled with spaces inside ("lumora home dot com"): up to three words, only with a dot word. */
const SPELLED_LABEL = '[a-z0-9][a-z0-9_-]{0,40}(?: [a-z0-9][a-z0-9_-]{0,40}){0,2}';
/** A known TLD; "كوم" and "نت" are .com and .net spelled in Arabic (after a dot word). */
const TLD = `(?:${TLD_LIST}|كوم|نت)(?![a-z0-9_-])`;

/** Plain e-mail address (the domain may use any TLD of 2–24 letters). */
const EMAIL_PLAIN = String.raw`[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}(?![a-z0-9-])`;
/** Spelled e-mail addresses: an at word and a known TLD; spaces inside the domain only with dot words. */
const EMAIL_SPELLED = `[a-z0-9._%+-]{1,64}(?:${AT_STRONG}(?:${LABEL}${DOT_ANY}){1,4}|${AT_ANY}(?:${SPELLED_LABEL}${DOT_WORD}){1,4})${TLD}`;
const EMAIL_AT_RE = new RegExp(`(?:${EMAIL_PLAIN}|${EMAIL_SPELLED})`, 'uy');
/** Where an address can have its at sign: "@", "(at)", " at ", " chiocciola " … */
const AT_FIND_RE = new RegExp(AT_ANY, 'gu');
const LOCAL_CHAR = /[a-z0-9._%+-]/i;

export interface Hit {
  start: number;
  end: number;
}

/**
 * E-mail addresses in every spelling (in lower-cased text), found from each at sign or at word rather than by trying the pattern at
 * every position: the start is the beginning of the run of local-part characters before it (at most 64).
 */
export function findEmails(t: string): Hit[] {
  const out: Hit[] = [];
  let from = 0;
  AT_FIND_RE.lastIndex = 0;
  for (let m = AT_FIND_RE.exec(t); m; m = AT_FIND_RE.exec(t)) {
    let start = m.index;
    while (start > from && m.index - start < 64 && LOCAL_CHAR.test(t[start - 1]!)) start--;
    if (start === m.index) continue;
    EMAIL_AT_RE.lastIndex = start;
    const e = EMAIL_AT_RE.exec(t);
    if (e) {
      from = start + e[0].length;
      out.push({ start, end: from });
      AT_FIND_RE.lastIndex = from;
    }
  }
  return out;
}

/** A web address with a scheme or www. */
const URL_SCHEME = String.raw`(?:https?:\/\/|www\.)[^\s<>"'()]{1,2048}`;
/** A bare domain with a known TLD and an optional path. */
const BARE = `(?:${LABEL}(?:\\.|\\s?[[(](?:\\.|dot|punto|punkt|point)[\\])]\\s?)){1,4}${TLD}(?:[/?#][^\\s<>"'()]{0,2048})?`;
/**
 * A domain spelled out: "lumora home dot com slash returns". With "punto / punkt / point" only a generic TLD counts
 * ("el punto de recogida", "au point de vente" are not addresses); issue 20 round 4: with "punt / kropka / nokta /
 * ponto" a generic TLD or the country code of the seven languages' stores ("lampenhuis punt nl"; not "ponto de
 * coleta": .de is not among them; "ponto com" only before "ponto br": "com" is Portuguese for "with").
 */
const SPELLED_URL = `${SPELLED_LABEL}\\s(?:dot\\s${TLD}|(?:punto|punkt|point)\\s(?:com|net|org|info|biz|shop|store|eu)(?![a-z0-9_-])|(?:punt|kropka|nokta)\\s(?:com|net|org|info|shop|store|eu|nl|be|se|pl|tr)(?![a-z0-9_-])|ponto\\s(?:com\\sponto\\sbr|br|net|org|shop|store)(?![a-z0-9_-]))(?:\\s(?:slash|barra|schrägstrich|ukośnik|eğik çizgi)\\s[a-z0-9_-]{1,40})*`;
const LINK_AT_RE = new RegExp(`(?:${URL_SCHEME}|${BARE}|${SPELLED_URL})`, 'uy');
/** What every web address contains: a dot between letters or digits, a bracketed or spelled dot, a scheme, www. */
const LINK_CUE_RE =
  /[a-z0-9](?:\.|\s?[[(](?:\.|dot|punto|punkt|point)[\])]\s?)[a-z]|https?:\/\/|www\.|\s(?:dot|punto|punkt|point|punt|kropka|nokta|ponto)\s/gu;
const LINK_CHAR = /[a-z0-9@._%+-]/i;
const LABEL_CHAR = /[a-z0-9_-]/i;

/**
 * Web addresses (in lower-cased text), found from each cue (LINK_CUE_RE) rather than by trying the pattern at every position: the
 * candidate starts are the beginning of the cue's word and, for spelled-out domains, up to two words before it.
 */
export function findLinks(t: string): Hit[] {
  const out: Hit[] = [];
  let from = 0;
  let lastCue = -1;
  let lastWord = -1;
  LINK_CUE_RE.lastIndex = 0;
  for (let m = LINK_CUE_RE.exec(t); m; m = LINK_CUE_RE.exec(t)) {
    if (m.index < from) continue;
    // A host name is at most 253 characters: the walk back is bounded, so the scan stays linear.
    // A cue in the same word as the last one (b.b.b…) has the same start, already tried: skip it.
    let word = m.index;
    const limit = Math.max(from, m.index - 256);
    while (word > limit && word !== lastCue && LINK_CHAR.test(t[word - 1]!) && t[word - 1] !== '@') word--;
    if (word === lastCue) word = lastWord;
    lastCue = m.index;
    if (word === lastWord) continue;
    lastWord = word;
    if (word > 0 && t[word - 1] === '@') continue;
    const starts = [word];
    for (let k = 0, w = word; k < 2 && w > from + 1 && t[w - 1] === ' '; k++) {
      let p = w - 1;
      while (p > from && LABEL_CHAR.test(t[p - 1]!)) p--;
      if (p === w - 1) break;
      starts.unshift(p);
      w = p;
    }
    for (const start of starts) {
      if (start > 0 && LINK_CHAR.test(t[start - 1]!)) continue;
      LINK_AT_RE.lastIndex = start;
      const e = LINK_AT_RE.exec(t);
      if (e && start + e[0].length > m.index) {
        from = start + e[0].length;
        out.push({ start, end: from });
        LINK_CUE_RE.lastIndex = from;
        break;
      }
    }
  }
  return out;
}

/** Social handle: "@brand.home", "(@brand)" — not an e-mail address (nothing before the @). */
export const HANDLE_RE =
  /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}@])/gu;

/** Phone-number candidates: digits with separators, optional + or (area code). */
export const PHONE_CANDIDATE_RE = /(?<![\p{L}\d+\-/.,])(?:\+|00)?\(?\d[\d\s().\-/]{5,22}\d(?![\p{L}\d\-/])/gu;

/**
 * Carrier, Amazon and tracking links (needed to complete the order: only a warning in a buyer message). Issue 20 round
 * 2: the carriers of the seven added marketplaces (PostNord, Bring, InPost, Yurtiçi, Aras, Correios, Aramex, SMSA …).
 */
export const ORDER_LINK_RE =
  /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:dhl|ups|fedex|usps|dpd|gls(?:-group|-italy|-spain|-france)?|hermes(?:world)?|myhermes|evri|royalmail|parcelforce|postnl|poste(?:italiane)?|brt|sda|laposte|colissimo|chronopost|correos|seur|mrw|nacex|tnt|canadapost|postescanada|auspost|bpost|deutschepost|swisspost|post|amazon|sellercentral\.amazon|japanpost|yamato|kuronekoyamato|sagawa(?:-exp)?|postnord|bring|budbee|instabox|inpost|pocztapolska|poczta-polska|dhlparcel|yurticikargo|yurtici|araskargo|mngkargo|suratkargo|pttkargo|ptt|correios|jadlog|loggi|aramex|smsaexpress|smsa|naqelexpress|naqel|splonline|emiratespost|egyptpost|fetchr|jtexpress|jet)\.[a-z.]{2,12}(?:\/|$|\?)/i;
/** Amazon storefront and search links are marketing even on Amazon's domain; short links hide their target. */
export const MARKETING_LINK_RE =
  /(?:\/stores?\/|\/shops?\/|\/s\?|\/b\?|amzn\.to|bit\.ly|tinyurl|goo\.gl|t\.co\/|ow\.ly)/i;
/** Amazon's own domain named without a path ("über amazon.de"): the site, not a link. */
export const AMAZON_SITE_RE =
  /^(?:www\.)?amazon\.(?:com|co\.uk|de|fr|it|es|ca|com\.mx|com\.br|nl|se|pl|co\.jp|com\.au|in)\/?$/i;

/**
 * Number words of the five languages (German, Italian and Spanish compounds as one word: "dreiundzwanzig",
 * "trentaquattro", "veintitrés"; French and English ones are split on hyphens).
 */
const UNIT_WORD =
  'zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|double|triple|' +
  'uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[aie]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)?|cento|doppio|' +
  'zéro|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|' +
  'cero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci[a-zé]{3,6}|veinte|veinti[a-zéú]{2,6}|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doble|triple|' +
  'doppel|dreifach|(?:null|eins?|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|und|zehn)+|' +
  // Issue 20, round 3: Swedish (compounds as one word: "fyrtiofem"), Turkish, Dutch, Polish, Portuguese.
  'noll|en|ett|två|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|(?:tret|fjor|fem|sex|sjut|ar|nit)ton|(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?|(?:ett|två|tre|fyra|fem|sex|sju|åtta|nio)?(?:hundra|tusen)|' +
  'sıfır|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin|' +
  // Round 4: the Dutch, Polish and Portuguese teens and hundreds ("dertien", "sześćset", "quinhentos"), Brazil's
  // "meia" (six, read out in phone numbers), Arabic's short and dialect forms ("خمس", "تلاته").
  'nul|een|één|twee|drie|vier|vijf|zes|zeven|negen|tien|twaalf|(?:der|veer|vijf|zes|zeven|acht|negen)tien|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?(?:honderd|duizend)|' +
  'zero|jeden|jedna|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|(?:jede|dwa|trzy|czter|pięt|szes|siedem|osiem|dziewięt)naście|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt|sto|dwieście|trzysta|czterysta|(?:pięć|sześć|siedem|osiem|dziewięć)set|tysiąc|' +
  'um|dois|duas|três|quatro|sete|oito|nove|dez|meia|doze|treze|catorze|dezesseis|dezessete|dezoito|dezenove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|(?:duz|trez|quatroc|quinh|seisc|setec|oitoc|novec)entos|mil|' +
  // Arabic, in the normalised spelling (ة → ه, أ → ا).
  'صفر|واحد|واحده|اثنين|اثنان|اتنين|ثلاثه|ثلاث|تلاته|تلات|اربعه|اربع|خمسه|خمس|سته|ست|سبعه|سبع|ثمانيه|ثمان|تمانيه|تمنيه|تسعه|تسع|عشره|عشر|احد|اثنا|اثني|عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|مئه|ميه|مئتين|ميتين|الف';
/** "et" / "y" / "und" inside a number ("vingt et un", "treinta y cuatro"). */
const NUMBER_TOKEN = `(?:${byFirstLetter(splitTop(UNIT_WORD)).join('|')})(?![\\p{L}])`;
/**
 * Five or more number words in a row, separated by spaces, commas, hyphens, dashes, dots or slashes
 * ("null-eins-fünf-sieben / drei-acht …"): a phone number spelled out.
 */
const SPELLED_NUMBER_RE = new RegExp(
  `${NUMBER_TOKEN}(?:[\\s,.\\-–—/|·_;]{1,3}(?:(?:et|y|e|and|och|ve|i)\\s|و)?${NUMBER_TOKEN}){4,}`,
  'gu',
);
const LETTER_BEFORE_RE = /\p{L}/u;
/** A zero word that starts a spelled phone number ("zéro six …", "null drei null …", "noll sjuttio …", "sıfır beş …"). */
const ZERO_START_RE = /^(?:zero|oh|zéro|cero|null|noll|nul|sıfır|صفر)/;
/** A phone number in kanji digits ("〇九〇・一二三四・五六七八"): ten or eleven digits in three groups. */
const KANJI_PHONE_RE =
  /[〇零][一二三四五六七八九〇]{1,4}[・\-－ー\s]?[一二三四五六七八九〇]{2,4}[・\-－ー\s]?[一二三四五六七八九〇]{4}/gu;

/**
 * Phone numbers written in words ("zéro six, douze, trente-quatre …", "zero seven seven nine …", "null drei null
 * …"): six number words in a row, or five starting with a zero word.
 */
export function findSpelledNumbers(t: string): Hit[] {
  const out: Hit[] = [];
  SPELLED_NUMBER_RE.lastIndex = 0;
  for (let m = SPELLED_NUMBER_RE.exec(t); m; m = SPELLED_NUMBER_RE.exec(t)) {
    // The left word boundary, checked after the match (a leading lookbehind would be tried at every position).
    if (m.index > 0 && LETTER_BEFORE_RE.test(t[m.index - 1]!)) {
      SPELLED_NUMBER_RE.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].split(/[\s,.\-–—/|·_;]+/).length >= 6 || ZERO_START_RE.test(m[0]))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  KANJI_PHONE_RE.lastIndex = 0;
  for (let m = KANJI_PHONE_RE.exec(t); m; m = KANJI_PHONE_RE.exec(t))
    if (m[0].replace(/[^一二三四五六七八九〇零]/gu, '').length >= 10)
      out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
