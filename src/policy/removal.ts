/**
 * Heuristic detectors for feedback removal criteria (POLICY.md "Seller feedback": obscene or profane words,
 * seller-specific personal data, entirely a product review, entirely about an FBA delivery).
 * Internal module: use `removalCandidates` (removal-candidates.ts). Regexes are compiled once and linear.
 */
import type { RemovalReason } from '../data/models.js';

interface Span {
  criterion: RemovalReason;
  confidence: number;
  start: number;
  end: number;
}

/** E-mail address (bounded quantifiers: no catastrophic backtracking). */
export const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;
/**
 * Phone number: optional +country code, then 7–15 digits with one space, dot, dash, slash or bracket between groups,
 * or a spaced dash or slash ("+49 (0)30 / 55789120"); a last group of 6–8 digits after the area code (spaced-out
 * digits are joined by normalisation: "/ 5 5 7 8 9 1 2 0" reads "/55789120"). Digit runs inside longer tokens (order ids like 123-4567890-1234567, dates, prices) are rejected later.
 */
export const PHONE_RE =
  /(?<![\w+\-/.])(?:\+|00)?\(?\d{1,4}\)?(?:(?:[ .\-/]| ?[-/] )?\(?\d{1,5}\)?){2,6}(?:(?: ?[-/] ?| )\d{6,8})?(?![\w\-/])/g;
/**
 * Not phone numbers: order ids (3-7-7 digits), dates (ISO, day-month-year, also before a time: "12/02/2024 15"),
 * year-numbered documents ("2024-117", "2023/0042"), ISBNs (978/979 …).
 */
const NOT_PHONE_RE =
  /^(?:\d{3}-\d{7}-\d{7}|\d{4}([-/.])\d{1,2}\1\d{1,2}|(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|[12]\d|3[01])\2(?:19|20)?\d\d(?: \d{1,4})?|(?:19|20)\d\d[-/]\d{1,6}|97[89][- ]\d[\d -]+)$/;
/** A unit after a number ("190 W", "60 °C", "2000 mAh", "4 h"): a measurement, not a phone number. */
const MEASURE_RE =
  /^\s?(?:°\s?[cf]?|%|mm|cm|dm|km|m[²³2]?|ft|inch(?:es)?|["″]|kg|mg|g|lbs?|oz|ml|cl|dl|l|w|kw|wh|kwh|mah|ah|v|ma|hz|khz|mhz|ghz|db|pa|bar|psi|rpm|lm|lux|min|h|std|ore|heures?|hours?|horas|gb|tb|mb|pcs|stk|stück|pezzi|uds|unidades|€|eur|euros?|\$|£|usd|gbp)(?![\p{L}'’])/iu;
/**
 * A carrier's name right before a number ("GLS 51234567890", "DPD: 01505…"): a tracking number — unless it is
 * written like a phone number (a leading 0 or + and groups: "DHL 0228 4333112").
 */
const CARRIER_CUE_RE =
  /(?<!\p{L})(?:dhl|ups|dpd|gls|hermes|evri|fedex|usps|tnt|seur|correos(?: express)?|mrw|nacex|brt|sda|colissimo|chronopost|poste(?: italiane)?|la poste|postnl|inpost|mondial relay|royal mail|parcelforce|amazon logistics|paack|ctt)(?:[\s.-]{0,3}(?:tracking|track|paket|parcel|colis|pacco|paquete|sendung|number|no|nr|n°|nº|nummer|numero|número|numéro|id|code))?[\s.:#-]{0,4}$/iu;
/** EAN-13 / GTIN-13 with a valid check digit (13 digits in one run). */
function isEan13(raw: string): boolean {
  if (!/^\d{13}$/.test(raw)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(raw[i]) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(raw[12]);
}

/** Two numbers joined by a dash ("2000-3000"): a range only with a cue or when it reads as one (see isRange). */
const RANGE_RE = /^([1-9]\d+)-([1-9]\d+)$/;
/** Dimensions: slashes between short parts with no leading 0 ("120/80/45"; not "0171/234/5678", "+49/171/…"). */
const DIMENSIONS_RE = /^[1-9]\d{0,3}(?:\/[1-9]\d{0,3}){1,3}$/;
/** A unit right after dimensions ("120/80/45 mm"). */
const UNIT_RE = /^\s?(?:mm|cm|m|in|inch(?:es)?|["″]|kg|g|l|ml|cl|w|v|x)(?!\p{L})/iu;
/** Words just before a range or dimensions (up to two words between: "The dimensions are 120/80/45"). */
const SIZE_CUE_RE =
  /(?<!\p{L})(?:sizes?|dimensions?|measures?|range|between|from|pages?|ages?|years?|models?|größen?|grösse|maße|masse|abmessungen|taglie?|dimensioni|misure|tailles?|taille|dimensiones|medidas|tallas?)(?:\s+\p{L}{1,12}){0,2}[\s.:#-]{0,4}$/iu;

/**
 * Whether a dash-joined pair is a range rather than a phone number ("9123-4567" is a phone): after a size cue
 * ("Model 2000-3000", "sizes 3640-4250"), two years ("2019-2023"), or a greater second number with both ending
 * in 0 ("2000-3000").
 */
function isRange(a: string, b: string, before: string): boolean {
  if (SIZE_CUE_RE.test(before)) return true;
  const x = Number(a);
  const y = Number(b);
  if (a.length === 4 && b.length === 4 && x >= 1900 && y <= 2099 && y > x) return true;
  return y > x && a.endsWith('0') && b.endsWith('0');
}
/**
 * The words just before a product, article, order, serial or reference number ("EAN 4006381333931",
 * "prodotto numero 12345678", "Art.-Nr. 4711 0815", "Serial number: 2023 0415 7781").
 */
const NUMBER_CUE_RE =
  /(?<!\p{L})(?:ean|gtin|upc|isbn|sku|asin|model[loe]?|modèle|modelo|art(?:ikel|icle|icolo|ículo)?|item|serial|serien\p{L}*|lot|batch|order|ordine|bestell\p{L}*|commande|pedido|tracking|sendung\p{L}*|ref(?:erence|erenz)?|référence|riferimento|referencia|invoice|fattura|rechnung\p{L}*|facture|factura|part|prod[ou]\p{L}*|report|rapport|rapporto|informe|bericht|prüfbericht|protokoll|ticket|case|caso|dossier|expediente|pratica|rma|receipt|ricevuta|recibo|quittung|beleg|albarán|lieferschein|ddt|iban|bic|swift)(?:[\s.-]{0,3}(?:number|no|nr|n°|nº|nummer|numero|número|numéro|id|code))?[\s.:#-]{0,4}$/iu;

export function phoneMatches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    let raw = m[0];
    let index = m.index;
    // An unbalanced bracket at either end belongs to the sentence ("(rapport du 12/02/2024)").
    if (raw.endsWith(')') && raw.split('(').length < raw.split(')').length) raw = raw.slice(0, -1);
    if (raw.startsWith('(') && raw.split('(').length > raw.split(')').length) {
      raw = raw.slice(1);
      index++;
    }
    const digits = raw.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || NOT_PHONE_RE.test(raw) || isEan13(raw)) continue;
    const after = text.slice(index + raw.length, index + raw.length + 8);
    if (!/^[+0(]/.test(raw) && MEASURE_RE.test(after)) continue;
    const before = text.slice(Math.max(0, index - 40), index);
    const range = RANGE_RE.exec(raw);
    if (range && isRange(range[1]!, range[2]!, before)) continue;
    if (DIMENSIONS_RE.test(raw) && (UNIT_RE.test(after) || SIZE_CUE_RE.test(before))) continue;
    if (raw[0] !== '+' && NUMBER_CUE_RE.test(before)) continue;
    if (CARRIER_CUE_RE.test(before) && !/^[+0(]\S*[\s.\-/]/.test(raw)) continue;
    out.push({ start: index, end: index + raw.length });
  }
  return out;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const EMAIL_AT_RE = new RegExp(EMAIL_RE.source, 'y');

/**
 * The matches of EMAIL_RE, found from each `@` instead of by trying the pattern at every position (which scans up
 * to 64 characters each time): the leftmost start is the beginning of the run of local-part characters before the
 * `@` (at most 64, never before the end of the previous match), and the domain decides whether it matches.
 */
export function emailMatches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    EMAIL_AT_RE.lastIndex = start;
    const m = EMAIL_AT_RE.exec(text);
    if (m) {
      from = start + m[0].length;
      out.push({ start, end: from });
    }
  }
  return out;
}

/** "My name is X" in the five languages, followed by a capitalised name. */
const NAME_RE =
  /\b(?:my name is|i am called|mi chiamo|il mio nome è|ich heiße|ich heisse|mein name ist|je m'appelle|je m’appelle|mon nom est|me llamo|mi nombre es)\s+\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]{1,30})?/giu;
/** Seller-side names: "the seller John Smith", "ask for Maria Rossi" — two capitalised words after a cue. */
const CONTACT_NAME_RE =
  /\b(?:seller|owner|manager|agent|rep|venditore|verkäufer|vendeur|vendedor)\s+(?:named\s+|called\s+)?\p{Lu}\p{Ll}{1,20}\s+\p{Lu}\p{Ll}{1,20}\b/gu;

export function findPersonalData(text: string): Span[] {
  const out: Span[] = [];
  for (const m of emailMatches(text)) out.push({ criterion: 'personal-data', confidence: 0.95, ...m });
  for (const m of phoneMatches(text)) out.push({ criterion: 'personal-data', confidence: 0.85, ...m });
  for (const re of [NAME_RE, CONTACT_NAME_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({
        criterion: 'personal-data',
        confidence: re === NAME_RE ? 0.8 : 0.6,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out;
}

/** Profanity in en, it, de, fr, es (stems; whole words). */
const OBSCENE_RE = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      // en
      'fuck\\p{L}*',
      'motherfuck\\p{L}*',
      'shit\\p{L}*',
      'bullshit',
      'bitch\\p{L}*',
      'asshole\\p{L}*',
      'arsehole\\p{L}*',
      'bastards?',
      'cunts?',
      'dickhead\\p{L}*',
      'wankers?',
      'piss off',
      'pissed',
      // it
      'cazz[oi]',
      'merd[ae]',
      'stronz[oiae]',
      'vaffanculo',
      'fanculo',
      'coglion[eia]',
      'puttan[ae]',
      'minchi[ae]',
      'porca puttana',
      // de
      'schei(?:ß|ss)e\\p{L}*',
      'arschl[oö]ch\\p{L}*',
      'fick\\p{L}*',
      'wichser',
      'hurensohn',
      'fotze',
      'mistst[üu]ck',
      // fr
      'merde\\p{L}*',
      'putain',
      'connard\\p{L}*',
      'connasse',
      'salope',
      'encul[ée]\\p{L}*',
      'niqu\\p{L}+',
      'bordel de merde',
      // es
      'mierda',
      'put[ao]s?',
      'joder',
      'jodid[oa]s?',
      'cabr[oó]n\\p{L}*',
      'gilipollas',
      'coño',
      'pendej[oa]s?',
      'hijo de puta',
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);

export function findObscene(text: string): Span[] {
  const out: Span[] = [];
  OBSCENE_RE.lastIndex = 0;
  for (let m = OBSCENE_RE.exec(text); m; m = OBSCENE_RE.exec(text)) {
    out.push({ criterion: 'obscene', confidence: 0.9, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const words = (list: string[]) => new RegExp(`(?<![\\p{L}])(?:${list.join('|')})(?![\\p{L}])`, 'giu');

/** Words about the product itself. */
const PRODUCT_RE = words([
  'product\\p{L}*',
  'item\\p{L}*',
  'quality',
  'size[sd]?',
  'fits?',
  'fitting',
  'colou?rs?',
  'material\\p{L}*',
  'works?',
  'worked',
  'working',
  'broke',
  'broken',
  'batter(?:y|ies)',
  'design',
  'cheap(?:ly)?',
  'flims(?:y|ier)',
  'sturdy',
  'comfortable',
  'smells?',
  'taste\\p{L}*',
  'stopped working',
  'instructions',
  'screen',
  'fabric',
  'sound',
  'prodott\\p{L}*',
  'articolo',
  'qualità',
  'taglia',
  'colore',
  'funziona\\p{L}*',
  'materiale',
  'produkt\\p{L}*',
  'artikel',
  'qualität',
  'größe',
  'farbe',
  'funktioniert\\p{L}*',
  'material',
  'produit\\p{L}*',
  'article',
  'qualité',
  'taille',
  'couleur',
  'fonctionne\\p{L}*',
  'matériau\\p{L}*',
  'producto\\p{L}*',
  'artículo',
  'calidad',
  'talla',
  'funciona\\p{L}*',
]);
/** Words about the seller or service (a comment mixing product and service is kept). */
const SERVICE_RE = words([
  'sellers?',
  'vendors?',
  'service',
  'customer service',
  'support',
  'refund\\p{L}*',
  'returns?',
  'returned',
  'respon\\p{L}+',
  'repl(?:y|ied|ies)',
  'answer\\p{L}*',
  'communication',
  'contact\\p{L}*',
  'rude',
  'helpful',
  'store',
  'shop',
  'venditore',
  'servizio',
  'rimborso',
  'risposta',
  'verkäufer\\p{L}*',
  'service',
  'erstattung',
  'antwort\\p{L}*',
  'vendeur',
  'remboursement',
  'réponse',
  'vendedor',
  'servicio',
  'reembolso',
  'respuesta',
]);
/** Words about delivery and shipping. */
const DELIVERY_RE = words([
  'deliver\\p{L}*',
  'shipping',
  'shipped',
  'shipment',
  'ship',
  'arriv\\p{L}+',
  'late',
  'on time',
  'package',
  'parcel',
  'packaging',
  'box',
  'courier',
  'carrier',
  'tracking',
  'never received',
  'received',
  'days',
  'weeks?',
  'fast',
  'quick(?:ly)?',
  'slow',
  'postage',
  'dispatch\\p{L}*',
  'consegn\\p{L}+',
  'spedizione',
  'arrivat[oa]',
  'pacco',
  'corriere',
  'in ritardo',
  'lieferung',
  'geliefert',
  'versand',
  'paket',
  'angekommen',
  'zu spät',
  'spät',
  'livraison',
  'livré\\p{L}*',
  'colis',
  'arrivé\\p{L}*',
  'en retard',
  'expédition',
  'entrega',
  'entregad[oa]',
  'envío',
  'paquete',
  'llegó',
  'tarde',
]);

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Confidence (0 = no) that the comment is entirely about the product: product words, no service or delivery words. */
export function isEntirelyProduct(text: string): number {
  const p = count(PRODUCT_RE, text);
  if (!p || count(SERVICE_RE, text) || count(DELIVERY_RE, text)) return 0;
  return Math.min(0.9, 0.55 + 0.15 * p);
}

/** Confidence (0 = no) that the comment is entirely about delivery: delivery words, no product or seller words. */
export function isEntirelyDelivery(text: string): number {
  const d = count(DELIVERY_RE, text);
  if (!d || count(PRODUCT_RE, text) || count(SERVICE_RE, text)) return 0;
  return Math.min(0.9, 0.55 + 0.15 * d);
}
