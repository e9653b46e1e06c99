/**
 * Message linter for review comments, feedback replies and buyer messages. Sources (POLICY.md):
 * - "Product reviews": a public comment may not carry an e-mail address or phone number, may not offer a refund
 *   or anything else; promotions including URLs are grounds for removal; sellers may never ask for a positive
 *   review, ask only happy buyers, ask a buyer to change or remove a review, or offer anything for a review
 *   (refunds and reimbursements included).
 * - "Seller feedback": a seller may tell the buyer that they *can* update their feedback; pressure or incentives
 *   are a violation (the neutral note is for seller feedback only, never for product reviews). The public reply
 *   is not the place to talk to the buyer.
 * - "Buyer-Seller Messaging": under 4,000 characters; no e-mail, no HTML, links only when needed to complete the
 *   order, phone numbers only for warranty/carrier/manufacturer, no emoji, no marketing or opt-out links; no asking for positive feedback or
 *   reviews, no asking to change/remove a review, no incentives.
 *
 * Heuristic and multilingual (en, it, de, fr, es). Nouns follow Amazon's marketplace wording (review /
 * recensione / Rezension / avis, commentaire / reseña, opinión; feedback / Bewertung / évaluation / valoración);
 * in a review comment every such noun refers to the review. Performance: every regex is compiled once, uses
 * bounded quantifiers (no nested unbounded repetition), and the text is scanned a fixed number of times; the
 * sentence-level rules only look at sentences that contain a review/feedback noun or a positive-rating phrase.
 */
import en from '../i18n/en/lint.js';
import { emailMatches, phoneMatches } from './removal.js';

export type LintContext = 'review-comment' | 'feedback-reply' | 'buyer-message';

export interface LintFinding {
  rule: string;
  severity: 'error' | 'warning';
  /** English text (from src/i18n/en/lint.ts). */
  message: string;
  /** i18n key: `policy.lint.<rule>` (or `policy.lint.<rule>-warning` for the warning variant). */
  messageKey: string;
  params?: Record<string, string | number>;
  start: number;
  end: number;
  /** Clause id in POLICY_CLAUSES. */
  policy: string;
}

/**
 * Character limits.
 * - buyer-message 4,000: the Seller Central messaging form (POLICY.md "Buyer-Seller Messaging").
 * - feedback-reply 500: POLICY.md gives no figure; Seller Central's public reply box is short and Amazon's help
 *   says the reply is not the place to talk to the buyer, so the kit allows 500 characters (configurable by
 *   passing text through your own check if your marketplace differs).
 * - review-comment 1,000: POLICY.md gives no figure for Brand Dashboard comments; the kit uses 1,000 as a
 *   conservative bound in line with Amazon's community discussion guidelines.
 */
export const LINT_LIMITS: Record<LintContext, number> = Object.freeze({
  'review-comment': 1000,
  'feedback-reply': 500,
  'buyer-message': 4000,
});

/** Clause id → i18n key of a one-line summary (policy.clause.<id> in src/i18n/<lang>/lint.ts). */
export const POLICY_CLAUSES: Record<string, { titleKey: string; url?: string }> = Object.freeze(
  Object.fromEntries(
    [
      'messaging.length',
      'messaging.no-email',
      'messaging.phone',
      'messaging.links',
      'messaging.no-html',
      'messaging.no-emoji',
      'messaging.no-marketing',
      'reviews.comment-length',
      'reviews.comment-no-contact',
      'reviews.comment-no-promotion',
      'reviews.comment-no-refund',
      'reviews.no-positive-request',
      'reviews.no-change-request',
      'reviews.no-incentives',
      'feedback.reply-length',
      'feedback.reply-public',
      'feedback.no-pressure',
    ].map((id) => [id, { titleKey: `policy.clause.${id}` }]),
  ),
);

type Kind = 'review' | 'feedback';
const L = '\\p{L}';
/**
 * A left word boundary: `before` finds a word character just before a match (tested on the two code units before
 * it: one code point either way); `run` (sticky) skips the run of word characters a rejected match starts in.
 */
interface Boundary {
  before: RegExp;
  run: RegExp;
}
const LETTER_OR_DIGIT: Boundary = { before: /[\p{L}\d]$/u, run: /[\p{L}\d]*/uy };
const LETTER: Boundary = { before: /\p{L}$/u, run: /\p{L}*/uy };

/**
 * A regex whose left word boundary (no letter, or no letter or digit, just before the match) is checked after each
 * match rather than by a leading lookbehind. Same matches as `(?<![…])(?:…)`, but V8 can then skip ahead on the
 * alternatives' first characters: 3–6× faster over a 4,000-character message. A match that fails the boundary
 * resumes after the run of word characters it started in (every start inside that run, and the one just after it,
 * fails the boundary too), so the scan stays linear however long a word is. Without the `g` flag, every exec
 * starts at 0.
 */
class WordRegExp extends RegExp {
  private readonly single: boolean;

  constructor(
    source: string,
    flags: string,
    private readonly boundary: Boundary = LETTER_OR_DIGIT,
  ) {
    super(source, flags.includes('g') ? flags : `${flags}g`);
    this.single = !flags.includes('g');
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.single) this.lastIndex = 0;
    const { before, run } = this.boundary;
    let m = super.exec(text);
    while (m && m.index > 0 && before.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      run.lastIndex = m.index;
      run.test(text);
      this.lastIndex = Math.max(run.lastIndex, m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1));
      m = super.exec(text);
    }
    if (this.single) this.lastIndex = 0;
    return m;
  }
}

/** Whole-word alternation (Unicode-aware boundaries), case-insensitive, global. */
const words = (list: string[], flags = 'giu') => new WordRegExp(`(?:${list.join('|')})(?![${L}])`, flags);

/**
 * Product-review nouns ("review of your case" is not one; "avis de passage" neither). "review" is also a verb, but
 * only the seller as subject makes it one ("we / I / our team (will | can | are going to) review your order"; "we
 * reviewed" is never matched), and reviewing a document ("review the manual"). After "please / kindly / to / would
 * you / if you" it stays the noun: "Please review our product and we will refund you" is an incentive.
 */
const REVIEW_NOUN = [
  "review(?<!(?:\\bwe|\\bi|\\bteam|\\bstaff)(?:'ll|'re going to|'m going to| will| would| can| could| shall| are going to| am going to| will gladly| will carefully)? review)s?(?!\\s+(?:of\\b|(?:the|this|these|our|your) (?:manual|instructions|guide|steps|attached|attachment|documents?|documentation|details|information|terms|policy)\\b))",
  'recension[ei]',
  '(?:kunden|produkt)?rezension(?:en)?',
  'produktbewertung(?:en)?',
  "avis(?!\\s+d[e'’])",
  'commentaires?',
  'reseñas?',
  'opini[oó]n(?:es)?(?!\\s+(?:de|del)\\b)',
];
/** Seller-feedback nouns. */
const FEEDBACK_NOUN = ['feedback', '(?:verkäufer)?bewertung(?:en)?', 'évaluations?', 'valoraci[oó]n(?:es)?'];
/** Nouns that can mean either: resolved by context. */
const AMBIGUOUS_NOUN = [
  'ratings?',
  'valutazion[ei]',
  'comment[oi]',
  'comentarios?',
  '(?:votre|ta|sa|cette|la)\\s+note',
];
const NOUN_RE = new WordRegExp(
  `(?:(?<r>${REVIEW_NOUN.join('|')})|(?<f>${FEEDBACK_NOUN.join('|')})|(?<a>${AMBIGUOUS_NOUN.join('|')}))(?![${L}])`,
  'giu',
);

/** Verbs of changing, updating or removing (base forms, imperatives, gerunds, infinitives). */
const CHANGE_RE = words([
  'chang(?:e|ing)',
  'updat(?:e|ing)',
  'edit(?:ing)?',
  'modif(?:y|ying)',
  'remov(?:e|ing)',
  'delet(?:e|ing)',
  'revis(?:e|ing)',
  'withdraw(?:ing)?',
  'tak(?:e|ing) (?:it )?down',
  'reconsider(?:ing)?',
  'amend(?:ing)?',
  'retract(?:ing)?',
  `modific${L}*`,
  `aggiorn${L}*`,
  `rimuov${L}*`,
  `elimin${L}*`,
  `cancell${L}*`,
  // "in cambio" / "a cambio" / "en cambio" (in exchange, instead) are not verbs; "Podría cambiar" is.
  `(?<!(?<![${L}])(?:in|a|en) )cambi${L}*`,
  `ritir${L}*`,
  `toglie${L}*`,
  'tolga',
  `änder${L}*`,
  `aktualisier${L}*`,
  `entfern${L}*`,
  `lösch${L}*`,
  `überarbeit${L}*`,
  `zurückzu?zieh${L}*`,
  `anpass${L}*`,
  `modifi${L}*`,
  `met(?:tre|tez|tiez) à jour`,
  'mis à jour',
  `supprim${L}*`,
  `retir${L}*`,
  `chang${L}*`,
  'réviser',
  'revoir',
  'enlever',
  'effacer',
  `actualiz${L}*`,
  `actualic${L}*`,
  `borr${L}*`,
  `quit${L}*`,
  `edit${L}*`,
]);
/**
 * Past participles report what the seller did ("we changed the supplier", "abbiamo cambiato", "nous avons
 * changé", "hemos actualizado", "wurde aktualisiert"): not a request to the buyer.
 */
const PAST_RE = /^(?!updat)\p{L}*(?:ed|at[oaie]|ad[oa]s?|iert|ierte|é|ée|és|ées|fernt|öscht)$/iu;
/** "You can / may …": the neutral note allowed for feedback (POLICY.md). */
const NEUTRAL_RE = words([
  'you (?:can|may|are welcome to|are free to)',
  'feel free to',
  'può',
  'puoi',
  'potrà',
  'können sie',
  'sie können',
  'kannst du',
  'vous pouvez',
  'vous pourrez',
  'libre à vous',
  'puede',
  'puedes',
  'podrá',
]);
/** Request markers: turn a "you can" into a request. */
const REQUEST_RE = words([
  'please',
  'kindly',
  'would you',
  'could you',
  'can you',
  'will you',
  'we ask',
  "(?:we'd|we would) (?:appreciate|be grateful)",
  'per favore',
  'la preghiamo',
  'la prego',
  'potrebbe',
  'bitte',
  'könnten sie',
  'würden sie',
  'merci de',
  'veuillez',
  'pourriez-vous',
  "s'il vous plaît",
  'por favor',
  'le rogamos',
  'podría',
]);
/** Things of value (present/future/offer forms; past "refunded" is a report, not an offer). */
const VALUE_RE = words([
  'gift ?cards?',
  'vouchers?',
  'coupons?',
  `discount${L}*`,
  '\\d{1,3} ?% off',
  `(?<!feel )free(?! to\\b)(?: ${L}{1,20})?`,
  'freebies?',
  'cash',
  'money back',
  'refunds?',
  'refunding',
  'reimburs(?:e|ing|ement)',
  `reward${L}*`,
  'bonus(?: \\p{L}{1,20})?',
  'buon[oi] (?:regalo|sconto)',
  `scont[oi]`,
  'omaggio',
  'gratis',
  'gratuit[oa]',
  'regal(?:o|iamo|eremo|are)',
  `rimbors(?:o|eremo|iamo|erò|are)`,
  `gutschein${L}*`,
  'rabatt(?:code)?',
  `gratis${L}*`,
  `kostenlos${L}*`,
  `geschenk${L}*`,
  'erstatten',
  'erstatte',
  `(?:rück)?erstattung`,
  'geld zurück',
  'cartes? cadeaux?',
  "bons? d['’]achat",
  'réduction',
  'remise',
  'offert(?:e|s|es)?',
  `gratuit${L}*`,
  'cadeaux?',
  'rembours(?:er|erons|erai|ement|ons)',
  'tarjetas? (?:de )?regalo',
  'cheques? regalo',
  `descuento${L}*`,
  'cupón',
  'cupones',
  'gratuit[oa]s?',
  'regal(?:amos|aremos|ar)',
  'reembols(?:o|aremos|aré|ar)',
  '[$€£] ?\\d{1,6}',
  '\\d{1,6} ?[$€£]',
]);
/** Positive-rating phrases. */
const POSITIVE_RE = words([
  '(?:positive|good|great|glowing|excellent|5[- ]star|five[- ]star) (?:feedback|reviews?|ratings?)',
  '(?:5|five|4|four)[- ]stars?',
  'feedback positiv[oi]',
  'recension[ei] positiv[ea]',
  'valutazion[ei] positiv[ea]',
  '(?:5|cinque) stell(?:e|ine)',
  'positiv(?:e|es|en) (?:feedback|bewertung|rezension)',
  '(?:5|fünf)[- ]sterne' + `${L}*`,
  '(?:évaluations?|avis|commentaires?|notes?) positi(?:f|ve|fs|ves)',
  '(?:5|cinq) étoiles',
  '(?:valoraci[oó]n|reseña|opini[oó]n|comentario)(?:es|s)? positiv[oa]s?',
  '(?:5|cinco) estrellas',
  'buena (?:reseña|valoración)',
]);
/** Thanking for a rating is not asking for one. */
const THANKS_RE = words([
  'thank you for',
  'thanks for',
  'grazie (?:per|del|della)',
  'danke für',
  'vielen dank für',
  'merci (?:beaucoup )?pour',
  'gracias por',
]);
/** Asking only happy buyers. */
const HAPPY_RE = words([
  "if you(?:'re| are) (?:happy|satisfied|pleased|delighted)",
  'if you (?:loved|liked|enjoyed|love|like|enjoy) (?:it|the)',
  'only (?:leave|write|post)',
  'se (?:è|sei) soddisfatt[oa]',
  'wenn sie zufrieden sind',
  'si vous êtes satisfaite?',
  'si (?:usted )?está satisfech[oa]',
]);
/**
 * A refund or anything else offered (POLICY.md: a public comment "may not offer a refund or anything else"):
 * future/offer forms of refunding and sending a replacement are offers by themselves; free products, discounts,
 * coupons, vouchers, gift cards (group `v`) only when OFFER_CUE_RE finds the seller offering them earlier in the
 * sentence ("we will send you a free replacement", not "shipping was free of charge" or "the coupon you used").
 */
const REFUND_OFFER_RE = words([
  `(?:we|i)(?:'ll| will| would| can|'d be happy to| are happy to| offer(?: you)?) (?:gladly )?(?:send you |give you |issue |offer you )?(?:a )?(?:full )?refund`,
  '(?:happy|glad) to (?:issue |offer |give you |send you )?(?:you )?(?:a )?(?:full )?refund',
  'issue (?:you )?a (?:full )?refund',
  'refund (?:you|the difference|your)',
  'full refund',
  'money back',
  'reimburse you',
  `(?:send|ship|give|offer) (?:you )?(?:a |an )?(?:replacement|new one|new (?:unit|item|product)|another one)`,
  'rimborser(?:emo|ò)',
  'rimborsiamo',
  'rimborso (?:completo|totale|integrale)',
  'offriamo un rimborso',
  'erstatten',
  '(?:volle|vollständige) rückerstattung',
  'geld zurück',
  'rembours(?:ons|erons|erai)',
  'remboursement (?:complet|intégral|total)',
  'reembols(?:aremos|aré)',
  'reembolso (?:completo|total|íntegro)',
  `devolve(?:mos|remos) (?:el|su) dinero`,
  `(?<v>${[
    '(?:free|complimentary) (?:replacement|product|item|unit|sample|gift|one|of charge)',
    'at no (?:cost|charge)',
    'discount(?:s| code)?',
    'coupons?',
    'vouchers?',
    'gift ?cards?',
    'promo(?:tional)? codes?',
    'gratuitamente',
    // "prodotto sostitutivo gratuito", "remplacement gratuit", "reemplazo gratuito" (not "consegna gratuita").
    `gratuit${L}*(?<=(?:prodott${L}*|articolo|sostitut${L}*|ricambio|remplacement|produit|article|échantillon|échange|reemplazo|producto|artículo|repuesto|cambio) gratuit${L}*)`,
    'in omaggio',
    '(?:buon[oi]|codice) (?:sconto|regalo)',
    'sconto',
    `kostenlos${L}*`,
    `gutschein${L}*`,
    'rabatt(?:code)?',
    'gratuitement',
    "bons? d['’]achat",
    'codes? promo',
    'réduction',
    'à titre gracieux',
    'gratis',
    `descuento${L}*`,
    `cup[oó]n${L}*`,
    'sin (?:coste|costo|cargo)',
  ].join('|')})`,
]);
/**
 * The seller offering something, looked for before a thing of value in the same sentence: the seller as subject
 * of a future or offer form ("we will", "we'd like to", "wir", "nous") or an offer verb ("send / give / offer
 * you", "le enviaremos", "invieremo", "schicken", "vous offrons"). Past reports ("we shipped it free of charge")
 * and descriptions ("the discount was applied") have none.
 */
const OFFER_CUE_RE = new RegExp(
  `(?<![${L}])(?:${[
    "(?:we|i)(?:['’](?:ll|d)| will| would| can| could| shall| are (?:happy|glad|pleased) to| am (?:happy|glad|pleased) to)",
    'send',
    'give',
    'offer',
    'ship',
    'provide',
    'issue',
    'replace',
    'repair',
    "you(?:['’]ll| will) (?:get|receive)",
    "here(?: is|['’]s)",
    'invi(?:amo|eremo|erò)',
    'mand(?:iamo|eremo|erò)',
    'offr(?:iamo|iremo|o)',
    'regal(?:iamo|eremo)',
    'sped(?:iamo|iremo)',
    'riceverà',
    'wir',
    'send(?:en|e)',
    'schick(?:en|e)',
    'geben',
    'gebe',
    'biete[nt]?',
    'erhalten sie',
    'bekommen sie',
    'nous',
    'envo(?:yons|ie)',
    'enverr(?:ons|ai)',
    'offr(?:ons|irons|e)',
    'propos(?:ons|erons)',
    'recevrez',
    'le (?:enviamos|enviaremos|ofrecemos|ofreceremos|regalamos|daremos|damos)',
    'recibirá',
  ].join('|')})(?![${L}])`,
  'iu',
);
/** Up to two words (adjectives: "our new summer collection"). */
const W2 = `(?:${L}{1,15} ){0,2}`;
/** Social networks: "follow us" is marketing only towards one ("Follow us through these steps" is not). */
const SOCIAL =
  '(?:instagram|facebook|tiktok|twitter|x|youtube|pinterest|linkedin|snapchat|threads|social(?: media| networks?)?|(?:den )?sozialen (?:medien|netzwerken)|(?:les )?réseaux sociaux|(?:los |las )?redes sociales|(?:i )?social(?: network)?)';
/** What an opt-out is from: marketing messages, not a delivery or Subscribe & Save. */
const OPT_OUT_OBJECT = `(?:these |our |this |future |further |all |marketing |promotional )${W2}(?:messages|e-?mails|offers|newsletters?|communications?|marketing|mailing list|list)`;
/**
 * Marketing and opt-out (POLICY.md "Buyer-Seller Messaging": no marketing, no opt-out links; "Product reviews":
 * promotions are grounds for removal): invitations to browse the seller's range, follow it on a social network,
 * subscribe to its newsletter, unsubscribe from its messages. Not: "find us on the order page", "unsubscribe from
 * Subscribe & Save", "die Lieferung abbestellen", "Folgen Sie uns Schritt für Schritt", "the newsletter setting",
 * "a special offer price from Amazon".
 */
const MARKETING_RE = words([
  `(?:check out|discover|browse|shop|explore|visit) our ${W2}(?:collections?|range|catalog(?:ue)?|store|shop|web ?site|products|line|deals|offers|sale)`,
  `(?:follow|like|find) us (?:on|at) ${SOCIAL}`,
  // Lookbehinds rather than leading words: the scan only stops at "newsletter" / "exclusive", not at every "our".
  `newsletters?(?<=(?:our|my|nostra|notre|unser(?:en|em)?|nuestr[oa]|(?:sign(?:ing)? up|subscrib(?:e|ing)|register|join)(?: for| to)?(?: our| the| a)?) newsletters?)`,
  `(?:exclusive|special) (?:offers?|deals?|discounts?|promotions?)(?:(?<=(?:our|your|get|receive|enjoy) (?:${L}{1,15} )?(?:exclusive|special) ${L}+)| (?:for (?:you|our)|just for|only for))`,
  `unsubscrib(?:e|ing)(?: from ${OPT_OUT_OBJECT}| here| below| at any time|,? (?:reply|click|text|send|write|tap|respond))`,
  `opt(?:ing)?[- ]out (?:of|from) ${OPT_OUT_OBJECT}`,
  `stop receiving (?:(?:these |our |this |future |further |all |marketing |promotional )${W2})?(?:messages|e-?mails|offers|newsletters?|communications?|marketing|mailing list)`,
  `scopr(?:a|i|ite) (?:la nostra|il nostro|i nostri|le nostre) ${W2}(?:collezione|gamma|negozio|prodotti|offerte|sito)`,
  `segui(?:teci|ci) (?:su|sul|sui|on) ${SOCIAL}`,
  `boletín(?<=(?:nuestro|suscr${L}* al?) boletín)`,
  'offerte esclusive',
  `disiscriv${L}*`,
  "annull(?:a|are) l['’]iscrizione",
  'non ricevere più (?:messaggi|e-?mail|offerte|comunicazioni)',
  `entdecken sie unser(?:e|en)? ${W2}(?:kollektion|sortiment|produkte|shop|angebote|webseite|website)`,
  `folgen sie uns (?:auf|bei|in) ${SOCIAL}`,
  'exklusive angebote',
  `(?:abbestell|abzubestell)${L}*(?:(?<=(?:newsletter|nachrichten|e-?mails|werbung|mitteilungen|benachrichtigungen) ${W2}${L}+|(?:zum|zur) ${L}+)| (?:sie )?(?:diese|unsere|den|die) (?:${L}{1,15} )?(?:newsletter|nachrichten|e-?mails|werbung|mitteilungen))`,
  `découvrez (?:notre|nos) ${W2}(?:collection|gamme|boutique|produits|offres|site)`,
  `suivez-nous (?:sur|on) ${SOCIAL}`,
  'offres? exclusives?',
  `(?:vous )?désabonn${L}*`,
  `désinscri${L}*`,
  'ne plus recevoir (?:nos |ces |de )?(?:messages|e-?mails|offres)',
  `descubr(?:a|e|an) (?:nuestra|nuestro|nuestros|nuestras) ${W2}(?:colección|gama|tienda|productos|ofertas|web)`,
  `síg(?:anos|uenos) (?:en|por) ${SOCIAL}`,
  'ofertas? exclusivas?',
  'da(?:r|te|se) de baja',
  'dejar de recibir (?:estos |nuestros )?(?:mensajes|correos|ofertas)',
]);
/** Warranty, carrier or manufacturer numbers are allowed in buyer messages (stems). */
const PHONE_OK_RE = new WordRegExp(
  `(?:warrant|guarantee|manufacturer|carrier|courier|garanzi|produttor|corrier|garantie|hersteller|spediteur|zusteller|paketdienst|fabricant|transporteur|garantía|fabricante|transportista|mensajer)`,
  'iu',
  LETTER,
);
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()]{1,2048}/gi;
const HTML_RE = /<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?>|&(?:[a-z]{2,8}|#\d{1,6});/gi;
const EMOJI_RE =
  /(?:(?![©®™‼⁉])\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u200d|\ufe0f|\p{Emoji_Modifier}|(?![©®™])\p{Extended_Pictographic}|\p{Regional_Indicator}){0,20}/gu;
const SENTENCE_END_RE = /[.!?;:\n]/g;

interface Hit {
  start: number;
  end: number;
}

function all(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function first(re: RegExp, text: string, from = 0): Hit | null {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (s, k: string) => (k in params ? String(params[k]) : s));
}

function finding(
  rule: string,
  severity: 'error' | 'warning',
  policy: string,
  start: number,
  end: number,
  params?: Record<string, string | number>,
): LintFinding {
  const messageKey = `policy.lint.${rule}${severity === 'warning' ? '-warning' : ''}`;
  const tpl = (en as Record<string, unknown>)[messageKey];
  const message = typeof tpl === 'string' ? interpolate(tpl, params ?? {}) : messageKey;
  const f: LintFinding = { rule, severity, message, messageKey, start, end, policy };
  if (params) f.params = params;
  return f;
}

/** Sentences as [start, end) with their terminator. */
function sentences(text: string): { start: number; end: number; term: string }[] {
  const out: { start: number; end: number; term: string }[] = [];
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m; m = SENTENCE_END_RE.exec(text)) {
    out.push({ start, end: m.index + 1, term: m[0] });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ start, end: text.length, term: '' });
  return out;
}

function sentenceAt(list: { start: number; end: number; term: string }[], pos: number) {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return list[lo]!;
}

/** Maximum gap between a change verb and the review/feedback noun it applies to. */
const VERB_NOUN_GAP = 60;

/**
 * Lint one message. Findings are sorted by start (then rule). Errors block sending; warnings ask the user to
 * check (e.g. a phone number that must be a warranty/carrier/manufacturer number).
 */
export function lintMessage(text: string, context: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const bm = context === 'buyer-message';
  const rc = context === 'review-comment';
  const limit = LINT_LIMITS[context];

  if (text.length > limit) {
    const policy = bm ? 'messaging.length' : rc ? 'reviews.comment-length' : 'feedback.reply-length';
    out.push(finding('length', 'error', policy, limit, text.length, { length: text.length, limit }));
  }

  const contactPolicy = bm ? null : rc ? 'reviews.comment-no-contact' : 'feedback.reply-public';
  if (text.includes('@')) {
    for (const h of emailMatches(text))
      out.push(finding('email', 'error', contactPolicy ?? 'messaging.no-email', h.start, h.end));
  }
  for (const h of phoneMatches(text)) {
    if (bm) {
      const s = text.slice(Math.max(0, h.start - 120), Math.min(text.length, h.end + 60));
      const ok = PHONE_OK_RE.test(s);
      out.push(finding('phone', ok ? 'warning' : 'error', 'messaging.phone', h.start, h.end));
    } else {
      out.push(finding('phone', 'error', contactPolicy!, h.start, h.end));
    }
  }
  for (const h of all(URL_RE, text)) {
    // Trailing punctuation is not part of the link.
    let end = h.end;
    while (end > h.start && /[.,;:!?]/.test(text[end - 1]!)) end--;
    if (bm) out.push(finding('url', 'warning', 'messaging.links', h.start, end));
    else out.push(finding('url', 'error', rc ? 'reviews.comment-no-promotion' : 'feedback.reply-public', h.start, end));
  }
  if (text.includes('<') || text.includes('&')) {
    for (const h of all(HTML_RE, text)) {
      out.push(finding('html', 'error', bm ? 'messaging.no-html' : contactPolicy!, h.start, h.end));
    }
  }
  if (bm)
    for (const h of all(EMOJI_RE, text)) out.push(finding('emoji', 'error', 'messaging.no-emoji', h.start, h.end));
  for (const h of all(MARKETING_RE, text)) {
    const policy = bm ? 'messaging.no-marketing' : rc ? 'reviews.comment-no-promotion' : 'feedback.reply-public';
    out.push(finding('marketing', 'error', policy, h.start, h.end));
  }

  if (!bm) {
    // One finding per run of offers in a sentence ("send you a new one free of charge").
    let prev: LintFinding | undefined;
    REFUND_OFFER_RE.lastIndex = 0;
    for (let m = REFUND_OFFER_RE.exec(text); m; m = REFUND_OFFER_RE.exec(text)) {
      const h = { start: m.index, end: m.index + m[0].length };
      if (m.groups!.v) {
        const before = text.slice(Math.max(0, h.start - 80), h.start);
        SENTENCE_END_RE.lastIndex = 0;
        let from = 0;
        for (let e = SENTENCE_END_RE.exec(before); e; e = SENTENCE_END_RE.exec(before)) from = e.index + 1;
        if (!OFFER_CUE_RE.test(before.slice(from))) continue;
      }
      if (prev && !/[.!?;:\n]/.test(text.slice(prev.end, h.start))) {
        prev.end = h.end;
        continue;
      }
      out.push(
        (prev = rc
          ? finding('refund-offer', 'error', 'reviews.comment-no-refund', h.start, h.end)
          : finding('refund-offer', 'warning', 'feedback.reply-public', h.start, h.end)),
      );
    }
  }

  // Sentence-level rules: only sentences with a rating noun or a positive-rating phrase are examined.
  NOUN_RE.lastIndex = 0;
  const nouns: (Hit & { kind: Kind })[] = [];
  for (let m = NOUN_RE.exec(text); m; m = NOUN_RE.exec(text)) {
    const g = m.groups!;
    let kind: Kind = g.r ? 'review' : g.f ? 'feedback' : context === 'feedback-reply' ? 'feedback' : 'review';
    if (rc) kind = 'review';
    nouns.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  const positives = all(POSITIVE_RE, text);
  if (nouns.length || positives.length) {
    sentenceRules(text, nouns, positives, out);
    // An offer already reported as an incentive for a review is not reported twice.
    const incentives = out.filter((f) => f.rule === 'incentive');
    if (incentives.length)
      for (let i = out.length - 1; i >= 0; i--) {
        const f = out[i]!;
        if (f.rule === 'refund-offer' && incentives.some((g) => g.start < f.end && f.start < g.end)) out.splice(i, 1);
      }
  }

  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function sentenceRules(text: string, nouns: (Hit & { kind: Kind })[], positives: Hit[], out: LintFinding[]): void {
  const list = sentences(text);
  const seen = new Set<string>();
  const once = (key: string, f: () => LintFinding) => {
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f());
    }
  };

  for (const p of positives) {
    const s = sentenceAt(list, p.start);
    const thanks = first(THANKS_RE, text.slice(s.start, p.start));
    if (!thanks)
      once(`ask-positive@${s.start}`, () =>
        finding('ask-positive', 'error', 'reviews.no-positive-request', p.start, p.end),
      );
  }

  const bySentence = new Map<number, (Hit & { kind: Kind })[]>();
  for (const n of nouns) {
    const s = sentenceAt(list, n.start);
    const arr = bySentence.get(s.start);
    if (arr) arr.push(n);
    else bySentence.set(s.start, [n]);
  }
  for (const [sStart, ns] of bySentence) {
    const s = sentenceAt(list, sStart);
    const body = text.slice(s.start, s.end);
    const verbs = all(CHANGE_RE, body)
      .filter((v) => !PAST_RE.test(body.slice(v.start, v.end)))
      .map((v) => ({ start: v.start + s.start, end: v.end + s.start }));
    for (const n of ns) {
      for (const v of verbs) {
        const gap = v.start > n.end ? v.start - n.end : n.start - v.end;
        if (gap > VERB_NOUN_GAP) continue;
        const start = Math.min(n.start, v.start);
        const end = Math.max(n.end, v.end);
        if (n.kind === 'review') {
          once(`review-change@${s.start}`, () =>
            finding('review-change', 'error', 'reviews.no-change-request', start, end),
          );
        } else {
          const before = text.slice(s.start, v.start);
          const neutral = first(NEUTRAL_RE, before) && !first(REQUEST_RE, body) && s.term !== '?';
          if (!neutral)
            once(`feedback-pressure@${s.start}`, () =>
              finding('feedback-pressure', 'error', 'feedback.no-pressure', start, end),
            );
        }
      }
    }
    const value = first(VALUE_RE, body);
    if (value) {
      const n = ns[0]!;
      const vs = value.start + s.start;
      once(`incentive@${s.start}`, () =>
        finding(
          'incentive',
          'error',
          'reviews.no-incentives',
          Math.min(vs, n.start),
          Math.max(value.end + s.start, n.end),
        ),
      );
    }
    const happy = first(HAPPY_RE, body);
    if (happy) {
      once(`ask-positive@${s.start}`, () =>
        finding('ask-positive', 'error', 'reviews.no-positive-request', happy.start + s.start, happy.end + s.start),
      );
    }
  }
  // A positive-rating phrase also counts as a rating noun for incentives ("5 stars and we'll send a free sample").
  for (const p of positives) {
    const s = sentenceAt(list, p.start);
    if (seen.has(`incentive@${s.start}`)) continue;
    const value = first(VALUE_RE, text.slice(s.start, s.end));
    if (value) {
      const vs = value.start + s.start;
      once(`incentive@${s.start}`, () =>
        finding(
          'incentive',
          'error',
          'reviews.no-incentives',
          Math.min(vs, p.start),
          Math.max(value.end + s.start, p.end),
        ),
      );
    }
  }
}

/** True when any finding is an error (errors block sending). */
export function hasBlockingFindings(findings: LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
