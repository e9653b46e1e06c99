/**
 * The sentence rules of issue 20's languages (ja, nl, sv, pl, tr, pt, ar): per language, the words that name a
 * product review or seller feedback, ask to change or remove one, offer something of value, ask for a positive
 * rating, divert unhappy buyers, offer a refund in public, market, or say the neutral "you can update". The rules
 * that use them are in lint.ts (`langRules`); they run for the message's language only (`options.lang`, else
 * detected, with the UI language as the hint), on lower-cased, normalised text (normalize.ts: full-width forms,
 * Arabic digits and letter forms already undone, so the Arabic patterns below are written in the normalised
 * spelling: ا for أ إ آ, ي for ى, ه for ة).
 *
 * Japanese has no spaces and Arabic attaches prefixes (و, ب, ل, ال): their patterns match anywhere. The other five
 * need a word start (no letter or digit before); stems end in \p{L}* where the ending varies.
 *
 * Written for issue 20 from the dev half of its corpus (test/lint-corpus/sourced/dev-langs.jsonl) and the Amazon
 * help pages it cites; never from the held-out half.
 */
import type { LintLang } from './lang.js';

export type ExtraLang = 'ja' | 'nl' | 'sv' | 'pl' | 'tr' | 'pt' | 'ar';

export interface LangRules {
  /** Product-review nouns (a review whatever the context). */
  review: RegExp;
  /** Seller-feedback nouns. */
  feedback: RegExp;
  /** Either, by context (a feedback reply: feedback; otherwise the product review). */
  ambiguous: RegExp;
  /** A star count ("1 star", "星1つ", "نجمتين"): a rating noun. */
  stars: RegExp;
  /** Verbs of changing, raising, withdrawing or removing (requests; past forms are filtered by `past`). */
  change: RegExp;
  /** A change verb (the whole match) that only reports what the seller did ("we updated", "güncelledik"). */
  past?: RegExp;
  /** Words just before a change verb that make it a report ("قمنا بتحديث", "تم حذف"). */
  reported?: RegExp;
  /**
   * The start of a clause whose subject is the seller ("we gaan onze verpakking herzien", "vi ska ändra", "vamos
   * rever"): a change verb in it is the seller's own plan, unless the clause asks (`request`).
   */
  self?: RegExp;
  /** Round 4: the buyer as a subject ("om du vill revidera", "als u … herziet"): a clause with it is not the seller's plan. */
  you?: RegExp;
  /** Things of value (gift cards, discounts, refunds, money, free products). */
  value: RegExp;
  /** A positive or five-star rating asked for. */
  positive: RegExp;
  /** "If you are satisfied": asking only happy buyers (with a rating noun in the sentence or the next). */
  happy: RegExp;
  /**
   * Round 4: a hope ("we hope you are satisfied", "hopelijk bevalt het", "umarız memnun kalırsınız") is not a
   * condition: a `happy` sentence with a hope and no conditional word (`cond`), and no "if so" (`ifSo`) in the next
   * sentence, does not ask only happy buyers.
   */
  hope?: RegExp;
  cond?: RegExp;
  ifSo?: RegExp;
  /** "Contact us" … */
  contact: RegExp;
  /** … "first / before / instead of" (with a rating noun in the sentence): diverting unhappy buyers. */
  before: RegExp;
  /** A refund or replacement offered (public text: not the place). */
  refund: RegExp;
  /** Promotions: follow us, coupons, sales, new collections. */
  marketing: RegExp;
  /** Off-platform channels (LINE, WhatsApp, Telegram, WeChat, in the language's spelling). */
  offPlatform?: RegExp;
  /**
   * Paying or buying outside Amazon (round 2): bank transfers and account numbers, the country's payment apps
   * (Swish, BLIK, Pix, Tikkie, iDEAL, Papara, PayPay …), "outside Amazon", "order directly from us".
   */
  payment?: RegExp;
  /**
   * Round 4: putting Amazon aside ("in plaats van Amazon", "zamiast przez Amazon", "بدل امازون") or paying the
   * seller's own courier in cash: off-Amazon payment even where the sentence names Amazon.
   */
  bypass?: RegExp;
  /** "You can …": the neutral note about seller feedback (round 4: and "the decision is yours"). */
  neutral: RegExp;
  /**
   * Round 4: a review asked for whatever its verdict ("positive or negative", "goed of slecht", "良くても悪くても",
   * "ايجابي او سلبي"): the request is neutral, not a positive one, and not asked only of happy buyers.
   */
  balanced?: RegExp;
  /** Request markers: turn "you can" into a request. */
  request: RegExp;
  /** Thanking for a rating is not asking for one. */
  thanks: RegExp;
  /**
   * Round 3: a reminder or a rating not yet received ("herinnering", "påminnelse", "nadal czekamy", "henüz",
   * "ainda não", "تذكير", "まだレビュー"): with a rating noun in a buyer message, a second request.
   */
  reminder?: RegExp;
  /** Object pronouns ("deze", "det", "ją", "onu", "isso"): a change verb whose object is a rating named just before. */
  pronoun?: RegExp;
}

/**
 * A payment or refund that goes through Amazon ("via Amazon", "pela Amazon", "Amazon üzerinden", "عبر امازون",
 * "Amazonを通じて"; not after a negation, "nie przez Amazon", "Amazonではなく"): not a payment outside Amazon, whatever
 * the method's name (Amazon.com.br takes Pix, .co.jp PayPay).
 */
export const VIA_AMAZON_RE =
  /(?<!(?:not|niet|inte|nie|não|sem|بدون|وليس|ليس) )(?:via|through|przez|över|genom|pela|pelo|na|da|door|bij|عبر|من خلال|في) ?(?:amazon|امازون)(?!\p{L})|amazon ?(?:üzerinden(?! değil)|aracılığıyla|tarafından|経由|を通じ|を通し|で(?!はな)|が|から)|アマゾン(?:経由|を通じ|で(?!はな))/u;

/**
 * Proof of a posted review asked for (round 2): a screenshot, in the seven languages. With a thing of value in the
 * sentence and a rating noun in it or the two before, the value pays for the review.
 */
export const PROOF_RE =
  /screenshot|schermafbeelding|skärmdump|skärmbild|zrzut\p{L}* ekranu|ekran görüntü\p{L}*|captura de tela|print(?:screen)?(?!\p{L})|لقطه شاشه|سكرين ?شوت|スクリーンショット|スクショ|画面キャプチャ/u;

/** A Latin-script alternation with a word start: no letter or digit before. */
const w = (alts: string) => new RegExp(`(?<![\\p{L}\\d])(?:${alts})`, 'gu');
/** A pattern that matches anywhere (ja; ar after normalisation). */
const any = (alts: string) => new RegExp(`(?:${alts})`, 'gu');
/** Arabic in the normalised spelling (the same mapping as normalize.ts). */
const ar = (alts: string) =>
  any(
    alts
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064a')
      .replace(/\u0629/g, '\u0647'),
  );

const RULES: Record<ExtraLang, LangRules> = {
  ja: {
    review: any('レビュー|口コミ|クチコミ|カスタマーレビュー'),
    feedback: any('出品者評価|ストア評価|フィードバック|出品者への評価'),
    ambiguous: any('評価'),
    stars: any('星\\s?[1-5一二三四五]つ?|[★☆]\\s?[1-5]|[1-5一二三四五]\\s?つ星|星の数|星の評価|星評価|評価の星'),
    change: any(
      '(?:削除|取り消|取消|撤回|変更|修正|書き換え|書き直|編集|更新|訂正)(?!しました|いたしました|致しました|済)|消して|上げて|引き上げ|見直していただ|見直しを(?:ご検討|ご一考|お願い|して(?:いただ|頂|くださ)|いただ|頂)|再評価(?:を(?:ご検討|お願い)|して(?:いただ|頂|くださ))|(?:評価|レビュー)の(?:見直し|再検討)|取り下げ(?!ました|られ)|取下げ(?!ました|られ)',
    ),
    value: any(
      'ギフト券|ギフトカード|商品券|amazonギフト|クーポン|割引|値引|無料|返金|ポイント|プレゼント|特典|謝礼|キャッシュバック|抽選|当選|\\d+\\s?円|\\d+\\s?%\\s?(?:オフ|off)',
    ),
    positive: any('星\\s?5|[★☆]\\s?5|5\\s?つ星|高評価|良い評価|いい評価|好評価|良いレビュー|高い評価|満点'),
    happy: any(
      'ご?満足いただけ(?:ました|た)(?:ら|なら)|気に入っていただけ(?:ました|た)(?:ら|なら)|ご満足の(?:方|場合)|(?:満足|気に入)(?:され|し|いただけ|頂け|って(?:いただけ|頂け|くださ)っ)た(?:方|お客様)',
    ),
    contact: any('ご連絡|お問い合わせ|連絡して|ご相談|お知らせください'),
    before: any('前に|まず|先に|代わりに'),
    refund: any(
      '返金(?:させていただ|いたします|致します|します|に応じ|対応)|全額返金|(?:無償|無料)(?:で|にて)?(?:の)?(?:お?取り?替え|交換|再送|再発送|お送り|送付|発送|ご提供|提供|お届け)|お?取り?替え(?:させていただ|いたします|致します|します)|(?:ギフト券|ギフトカード|商品券|クーポン|割引券|割引コード|ポイント|お詫びの品|粗品|代替品|交換品)を?(?:お送り|進呈|差し上げ|プレゼント|お渡し|ご用意|発行|付与|贈呈|送らせ)|(?:クーポン|ギフト券|割引券)を?(?:お送り|進呈|差し上げ|プレゼント)|交換(?:させていただ|いたします|致します|します|に応じ|対応)|無料で(?:お送り|送|交換|お届け|発送|再送)|新しい商品を(?:お送り|お届け|発送)|(?:代替品|交換品)を(?:お送り|お届け|発送)|代金を?(?:全額)?(?:お返し|返金|ご返金)|返金(?:処理|手続き)を?(?:いたします|致します|させていただ|行います|進めます)|再(?:送|発送)(?:いたします|致します|させていただ|します)|(?:新品|良品|新しいもの)(?:と|に)(?:交換|お取り替え)|全額ご返金|ご返金(?:いたします|致します|させていただ|します|に応じ)|返金の(?:手続き|処理)を?(?:いたします|致します|させていただ|行い|進め)',
    ),
    marketing: any(
      'クーポン|セール|キャンペーン|新商品|新作|新発売|全品|ブラックフライデー|サイバーマンデー|フォローして|友だち追加|友達追加|インスタ(?:グラム)?|フェイスブック|ツイッター|ティックトック|ユーチューブ|メルマガ|メールマガジン|ニュースレター|(?:他|その他|ほか)の(?:商品|製品|アイテム)|姉妹品|ストアページ|ショップページ',
    ),
    offPlatform: any(
      'whatsapp|telegram|wechat|viber|line(?:公式|\\s?id|アカウント)|line(?![a-z])(?:で|にて|から|まで|へ|の(?:id|アカウント|トーク))|(?<![ァ-ヶー])ライン(?![ァ-ヶー])|微信|お電話(?:ください|いたします|します)|インスタ(?:グラム)?の?(?:dm|ダイレクトメッセージ)|(?:dm|ダイレクトメッセージ)(?:で|にて|まで|を(?:ください|お送り))|ショートメール|カカオトーク',
    ),
    payment: any(
      '楽天|ヤフーショッピング|yahoo!?ショッピング|メルカリ|自社(?:サイト|通販)|銀行振込|お振込|振り込み|振込先|口座番号|paypay|amazon外|アマゾン外|amazonを(?:通さ|介さ)|直接(?:ご)?(?:注文|購入|お取引|取引|お支払)|(?:当店|弊社)の?(?:公式)?(?:サイト|ホームページ|ネットショップ)(?:から|で)(?:ご|お)?(?:注文|購入|買い)|(?:当店|弊社)の?公式(?:サイト|ホームページ|ショップ|ストア|通販)|自社(?:ec|ショップ|オンラインショップ)|(?:当店|弊社)の?(?:ネットショップ|オンラインショップ|通販サイト|ウェブサイト)|ヤフオク|ペイペイフリマ|ラクマ|base(?:で|の)ショップ',
    ),
    bypass: any(
      'amazonではなく|アマゾンではなく|amazonを通さず|アマゾンを通さず|(?:配達員|ドライバー|配送員)に(?:直接)?(?:現金|代金)|amazon以外の(?:当店|弊社|自社|公式)|アマゾン以外の(?:当店|弊社|自社|公式)',
    ),
    neutral: any(
      'ていただけます(?=[。.、,!！\\s]|$)|お任せします|こともできます|ことができます|ことも可能|ことが可能|ことも出来|ことが出来|することも可能|ご判断にお任せ|お客様のご判断|ご自由に|任意です',
    ),
    balanced: any(
      '良い(?:評価)?(?:も|でも)悪い|良くても悪くても|良し悪しに(?:かかわらず|関わらず)|(?:ポジティブ|肯定的)(?:な(?:もの|評価|ご意見)?)?(?:でも|も|・|、)(?:ネガティブ|否定的)|どのような(?:評価|ご意見|内容)でも',
    ),
    request: any('ください|下さい|お願い|いただけ(?:ます|ません)か|ませんか|ないでしょうか'),
    thanks: any('ありがとう|感謝'),
    reminder: any('リマインド|再度のご案内|改めてのお願い|まだ(?:レビュー|評価)|(?:レビュー|評価)(?:を|が|は)?まだ'),
  },
  nl: {
    review: w(
      '\\p{L}{0,14}?(?:reviews?|recensies?)(?!\\p{L})|(?:product|klant)?reviews?|(?:product|klant)?recensies?|recenseer\\p{L}*|recenseren',
    ),
    feedback: w('(?:verkopers)?feedback|verkopersbeoordeling\\p{L}*'),
    ambiguous: w('beoordeling(?:en)?|waardering(?:en)?|sterrenbeoordeling\\p{L}*'),
    stars: w(
      '(?:[1-5]|een|één|twee|drie|vier|vijf)[- ]?(?:sterretjes|sterretje|sterr?(?:en)?)(?!\\p{L})|vijfsterren\\p{L}*|(?:de|het aantal) sterren(?!\\p{L})',
    ),
    change: w(
      'aanpass\\p{L}*|aan te passen|herzie(?:t|n)?(?!\\p{L})|pas\\p{L}* .{0,30}aan|verwijder(?:en|t)?(?!\\p{L})|te verwijderen|wijzig(?:en|t)?(?!\\p{L})|verander(?:en|t)?(?!\\p{L})|intrek\\p{L}*|trek\\p{L}* .{0,30}in(?!\\p{L})|bijwerk\\p{L}*|bij te werken|werk\\p{L}* .{0,20}bij(?!\\p{L})|herzien|heroverweg\\p{L}*|in te trekken|bij te stellen|bijstell\\p{L}*|verhog\\p{L}*|weghalen|weg te halen|haal\\p{L}* .{0,20}weg',
    ),
    self: /^\s*(?:en |maar |dus )?(?:we|wij|ik) (?!vragen|verzoeken|zouden|willen u|willen je|hopen)/u,
    you: w('(?:u|je|jij)(?!\\p{L})'),
    value: w(
      'cadeaubon\\p{L}*|tegoedbon\\p{L}*|waardebon\\p{L}*|korting\\p{L}*|gratis|verloting\\p{L}*|winactie\\p{L}*|maak\\p{L}* kans|kosteloos|terugbetal\\p{L}*|betalen .{0,40}terug|geld terug|krijg\\p{L}* .{0,30}terug|\\d+\\s?(?:euro|eur)(?!\\p{L})|€\\s?\\d+|vergoeding\\p{L}*|bedankje|cadeautje',
    ),
    positive: w(
      'positieve (?:review|recensie|beoordeling|feedback)|(?:5|vijf)[- ]?sterren|vijfsterren\\p{L}*|goede (?:review|recensie|beoordeling)',
    ),
    happy: w('tevreden(?! of)|blij met|(?<!hoe )bevalt (?:het|de|u|je)(?!\\p{L})'),
    hope: w('hoop|hopen|hopelijk'),
    cond: w('als|indien|wanneer|mocht|bent u|ben je'),
    ifSo: w('zo ja|in dat geval|als dat zo is|is dat zo'),
    contact: w(
      'neem\\p{L}* .{0,20}contact|contact .{0,20}op(?!\\p{L})|mail ons|stuur ons|laat (?:het |dat )?ons (?:dat |het )?weten',
    ),
    before: w('eerst|voordat|in plaats van|alvorens'),
    refund: w(
      '(?:stuur|sturen|zend|zenden)\\p{L}* .{0,40}(?:gratis|kosteloos|nieuw)|(?:gratis|kosteloos) .{0,30}(?:nieuw|vervang)|betalen .{0,30}terug|terugbetalen|storten .{0,20}terug|vergoeden|bieden .{0,30}(?:terugbetaling|vergoeding|vervang\\p{L}*|nieuw\\p{L}*|korting\\p{L}*|tegoedbon\\p{L}*|waardebon\\p{L}*|cadeaubon\\p{L}*)|(?:volledige |gehele )?terugbetaling aan|(?:geld|aankoopbedrag|bedrag) terug(?!\\p{L})|crediteren|terugstorten|compenser\\p{L}*|(?:geven|sturen|schenken|ontvangt|krijgt|geef|stuur)\\p{L}* .{0,40}(?:cadeaubon|tegoedbon|waardebon|kortingscode|kortingsbon|tegoed|compensatie|vergoeding)\\p{L}*|(?:cadeaubon|tegoedbon|waardebon|kortingscode|kortingsbon|compensatie)\\p{L}* (?:[\\p{L}\\d]+ ){0,5}(?:sturen|geven|aanbieden|toesturen|schenken|ontvangen|krijgen)(?!\\p{L})|(?:regelen|zorgen voor|krijg\\p{L}*) .{0,30}(?:terugbetaling|vervanging|vervangend\\p{L}*|nieuw exemplaar)',
    ),
    marketing: w(
      'nieuwe collectie|kortingscode\\p{L}*|volg ons|black (?:week|friday)|cyber monday|\\d+\\s?% korting|aanbieding(?:en)?|uitverkoop|nieuwsbrief|schrijf (?:u|je) in|(?:onze|ons) andere (?:producten|artikelen)|bekijk (?:ook )?(?:ons|onze) (?:\\p{L}+ )?(?:assortiment|aanbod|producten|winkel)',
    ),
    payment: w(
      '(?:in|bij|via) onze (?:eigen )?(?:webshop|webwinkel|online ?winkel)|bol\\.com|marktplaats|tikkie|betaalverzoek|overmaken|overboeken|overschrijv\\p{L}*|rekeningnummer|bankrekening|iban|ideal(?!\\p{L})|buiten amazon|rechtstreeks (?:bij|via|van) ons|direct bij ons (?:bestellen|kopen|betalen)|(?:direct|rechtstreeks|contant) aan ons|(?:bestel|koop|bestellen|kopen)\\p{L}* .{0,30}(?:via|op|in) onze (?:eigen )?(?:webshop|website|webwinkel)|coolblue|fonq',
    ),
    offPlatform: w(
      'stuur (?:ons |me |mij )?een (?:appje|dm|privébericht)|app (?:ons|me|mij)(?!\\p{L})|(?:via|op) (?:signal|messenger|instagram|insta|facebook|tiktok|snapchat)(?!\\p{L})|dm (?:ons|me)(?!\\p{L})',
    ),
    bypass: w(
      'in plaats van (?:via |bij |op )?amazon|zonder (?:tussenkomst van )?amazon|(?:contant|cash) .{0,30}(?:aan|bij) (?:onze|de|ons) (?:koerier|bezorger|chauffeur)|(?:aan|bij) onze (?:koerier|bezorger|chauffeur) (?:betalen|afrekenen)',
    ),
    neutral: w(
      'kunt u|u kunt|kun je|je kunt|indien gewenst|het staat (?:u|je) vrij|als u wilt|de keuze is aan (?:u|jou)|het is aan (?:u|jou)|de beslissing (?:ligt bij|is aan) (?:u|jou)',
    ),
    balanced: w(
      'positie(?:f|ve) of negatie(?:f|ve)|goed(?:e)? of slecht(?:e)?|ongeacht (?:uw|je) (?:ervaring|oordeel|mening)|wat (?:uw|je) ervaring ook (?:is|was)',
    ),
    request: w('alstublieft|alsjeblieft|graag|verzoek\\p{L}*|vragen (?:u|je)|wilt u|wil je|zou u|zou je'),
    thanks: w('bedankt|dank (?:u|je|voor)'),
    pronoun: w('deze|dit|hem|die'),
    reminder: w(
      'herinnering\\p{L}*|nogmaals|nog (?:geen|niet) (?:\\p{L}+ ){0,3}(?:ontvangen|geschreven|achtergelaten|gegeven|geplaatst)',
    ),
  },
  sv: {
    review: w('\\p{L}{0,14}?recension\\p{L}*|recensera\\p{L}*|betygsätt\\p{L}*'),
    feedback: w('(?:säljar)?omdöme\\p{L}*|feedback'),
    ambiguous: w('betyg\\p{L}*|stjärnbetyg\\p{L}*'),
    stars: w('(?:[1-5]|en|ett|två|tre|fyra|fem)[- ]?stjärn\\p{L}*|femstjärni\\p{L}*|stjärn(?:or|orna)(?!\\p{L})'),
    change: w(
      '(?:ändra|uppdatera|radera|justera|revidera)(?:r|s)?(?!\\p{L})|om (?:du|ni) (?:\\p{L}+ )?(?:ändrade|uppdaterade|raderade|justerade|reviderade|höjde|tog bort|drog tillbaka)|ta(?:r|s)? bort|höja|höj(?!\\p{L})|dra\\p{L}* tillbaka|återkalla(?:r)?(?!\\p{L})',
    ),
    self: /^\s*(?:och |men )?(?:vi|jag) (?!ber|undrar|vill be|hoppas|skulle)/u,
    you: w('(?:du|ni)(?!\\p{L})'),
    value: w(
      'presentkort\\p{L}*|rabatt\\p{L}*|gratis|utlottning\\p{L}*|tävling\\p{L}*|dragning\\p{L}*|kostnadsfri\\p{L}*|återbetal\\p{L}*|betala\\p{L}* .{0,30}tillbaka|pengar(?:na)? tillbaka|\\d+\\s?(?:kr|kronor|sek)(?!\\p{L})|ersättning|belöning|present(?!\\p{L})',
    ),
    positive: w(
      'positiv\\p{L}* (?:recension|omdöme|betyg)\\p{L}*|(?:5|fem)[- ]?stjärn\\p{L}*|femstjärni\\p{L}*|bra (?:recension|omdöme|betyg)\\p{L}*|högsta betyg',
    ),
    happy: w('nöjd(?:a)?(?!\\p{L})|gillar|gillade'),
    hope: w('hoppas'),
    cond: w('om|ifall|är du|är ni'),
    ifSo: w('i så fall|om så är fallet|om ja'),
    contact: w('kontakta\\p{L}*|hör av dig|mejla|skriv till oss|meddela oss'),
    before: w('först|innan|i stället för|istället för'),
    refund: w(
      'betala\\p{L}* .{0,30}tillbaka|återbetala(?:r)?(?!\\p{L})|skicka\\p{L}* .{0,40}(?:gratis|kostnadsfritt|ny)|ersätta(?!\\p{L})|ersätter|erbjud\\p{L}* .{0,30}(?:återbetalning|ersättning|kostnadsfri\\p{L}*|byte|ny\\p{L}*|rabatt\\p{L}*|presentkort\\p{L}*)|full återbetalning|pengarna tillbaka|kreditera\\p{L}*|(?:ordna|fixa)\\p{L}* .{0,30}(?:återbetalning|ersättning|ny\\p{L}*)|(?:du|ni) får .{0,30}(?:återbetalning|pengarna tillbaka|en ny)|(?:ger|ge) (?:dig|er) .{0,30}(?:ny\\p{L}*|återbetalning|ersättning|pengarna)|(?:ny\\p{L}*|produkt\\p{L}*|ersättning\\p{L}*) utan kostnad|ersättningsprodukt\\p{L}*|står för (?:hela )?kostnaden|kompensera\\p{L}*|(?:ge|ger|skicka|skickar|bjuda|bjuder|erbjuda|erbjuder|ordnar|fixar) (?:\\p{L}+ ){0,3}(?:ett |en )?(?:presentkort|rabattkod|värdecheck|tillgodokvitto|tillgodo|kupong|kompensation|ersättning)\\p{L}*|(?:presentkort|rabattkod|värdecheck|kupong)\\p{L}* (?:på|värt) \\d+|(?:vi|jag) (?:\\p{L}+ )?bjuder (?:dig |er )?på|(?:ingen|utan) kostnad för (?:dig|er)(?!\\p{L})',
    ),
    marketing: w(
      'följ oss|erbjudand\\p{L}*|kampanj\\p{L}*|black (?:week|friday)|cyber monday|(?:mellandags)?rea(?!\\p{L})|\\d+\\s?% (?:på|rabatt)|(?:besök|kika in i|titta in i) vår (?:butik|webbutik|webshop)|rabattkod\\p{L}*|nyhetsbrev\\p{L}*|prenumerera|(?:våra|vårt) (?:andra|övriga) (?:produkter|artiklar|sortiment)|(?:kolla|titta) in (?:vår|våra|vårt)|hela vårt sortiment',
    ),
    payment: w(
      'handla\\p{L}* direkt|(?:i|från|på) vår (?:egen )?(?:webbutik|webbshop|nätbutik)|tradera|cdon|swish\\p{L}*|bankgiro\\p{L}*|plusgiro\\p{L}*|banköverföring\\p{L}*|kontonummer|clearingnummer|iban|utanför amazon|direkt (?:av|från|hos|via|till) oss|köp\\p{L}* direkt|beställ\\p{L}* direkt|blocket|fyndiq',
    ),
    offPlatform: w(
      '(?:via|på|i) (?:messenger|instagram|insta|facebook|signal|snapchat|dm)(?!\\p{L})|sms:a (?:oss|mig)|skicka (?:oss )?(?:ett )?sms|dm:a (?:oss|mig)',
    ),
    bypass: w(
      '(?:i ?stället|istället) för (?:via |på |genom )?amazon|utan (?:att gå (?:via|genom) )?amazon|kontant\\p{L}* .{0,30}(?:till|åt|hos) (?:vårt|vår|våra) (?:bud|chaufför|förare)|betala\\p{L}* .{0,30}(?:till|åt|hos) (?:vårt|vår) (?:bud|chaufför|förare)',
    ),
    neutral: w(
      'kan du|du kan|om du vill|det står (?:dig|er) fritt|ni kan|om du önskar|det är upp till dig|valet är ditt|beslutet är ditt',
    ),
    balanced: w(
      'positiv\\p{L}* eller negativ\\p{L}*|bra eller dålig\\p{L}*|oavsett (?:om|vad|hur)|vad (?:du|ni) än (?:tyckte|tycker)',
    ),
    request: w('vänligen|snälla|ber dig|ber er|vill att du|skulle du kunna'),
    thanks: w('tack'),
    pronoun: w('den|det|denna|detta'),
    reminder: w('påminn\\p{L}*|ännu inte|(?:inte|ej) (?:\\p{L}+ ){0,3}(?:fått|skrivit|lämnat)'),
  },
  pl: {
    review: w('recenzj\\p{L}*|recenzja|opini\\p{L}* o produkcie|oceń(?!\\p{L})|zrecenzuj\\p{L}*'),
    feedback: w('opini\\p{L}* o sprzedawcy|ocen\\p{L}*|feedback'),
    ambiguous: w('opini\\p{L}*|komentarz\\p{L}*'),
    stars: w('(?:[1-5]|jedn\\p{L}*|dw\\p{L}*|trzy|trzech|czter\\p{L}*|pięć|pięciu)[- ]?gwiazd\\p{L}*|gwiazdk\\p{L}*'),
    change: w(
      'zmieni\\p{L}*|zmień|(?:o|na) (?:zmianę|aktualizację|korektę|podwyższenie|poprawienie)|usun\\p{L}*|usuń|usunięci\\p{L}*|wycofa\\p{L}*|wycofani\\p{L}*|edytow\\p{L}*|zaktualizow\\p{L}*|aktualizow\\p{L}*|podwyższ\\p{L}*|podnie\\p{L}*|popraw\\p{L}*|skasow\\p{L}*',
    ),
    // Past forms, and (round 2) the seller's own plans in the first person plural ("poprawimy", "zmieniamy").
    past: /(?:liśmy|łyśmy|łem|łam|ił|iła|iło|ili|ony|ona|one|ano|ęto|imy|emy|amy|ymy)$/u,
    value: w(
      'bon\\p{L}*|kod\\p{L}* rabatow\\p{L}*|losowani\\p{L}*|konkurs\\p{L}*|loteri\\p{L}*|rabat\\p{L}*|zniżk\\p{L}*|gratis|darmow\\p{L}*|bezpłatn\\p{L}*|zwróc\\p{L}*|zwrot\\p{L}*|przelej\\p{L}*|\\d+\\s?(?:zł|pln)(?!\\p{L})|prezent\\p{L}*|nagrod\\p{L}*|-?\\d+\\s?%',
    ),
    positive: w(
      'pozytywn\\p{L}* (?:opini|recenzj|ocen)\\p{L}*|(?:5|pięć|pięciu)[- ]?gwiazd\\p{L}*|pięciogwiazdkow\\p{L}*|dobr\\p{L}* (?:opini|recenzj|ocen)\\p{L}*|najwyższ\\p{L}* ocen\\p{L}*',
    ),
    happy: w('zadowolon\\p{L}*|podoba (?:się|ci|panu|pani)'),
    hope: w('nadziej\\p{L}*|liczymy'),
    cond: w('jeśli|jeżeli|gdy|czy|o ile'),
    ifSo: w('jeśli tak|jeżeli tak|w takim (?:razie|przypadku)'),
    contact: w('kontakt\\p{L}*|napisz\\p{L}*|skontaktuj\\p{L}*|daj\\p{L}* znać'),
    before: w('najpierw|zanim|przed wystawieniem|zamiast'),
    refund: w(
      'zwrócimy|oddamy|wyślemy .{0,40}(?:gratis|bezpłatnie|nowy|now\\p{L}*)|zwrot pieniędzy|przelejemy|zwrócimy .{0,30}pieniądze|(?:oferujemy|proponujemy|przyznamy|przyznajemy) .{0,30}(?:zwrot|wymian\\p{L}*|now\\p{L}*|rekompensat\\p{L}*|bon\\p{L}*|kod\\p{L}* rabatow\\p{L}*|rabat\\p{L}*|zniżk\\p{L}*)|pełny zwrot|zwrot (?:całej |pełnej )?kwoty|wymienimy|(?:wyślemy|prześlemy|damy) .{0,40}(?:za darmo|gratis|bezpłatnie)|zwracamy (?:pieniądze|koszt\\p{L}*|pełn\\p{L}*|cał\\p{L}*|środki|kwot\\p{L}*)|oddajemy (?:pieniądze|środki)|(?:otrzyma|dostanie)\\p{L}* .{0,30}(?:zwrot|now\\p{L}*|pieniądze)|(?:zrobimy|zorganizujemy|wykonamy) .{0,20}(?:zwrot|wymian\\p{L}*)|(?:wyślemy|prześlemy|damy|dajemy|przekażemy|przyślemy|podarujemy|chcemy (?:zaoferować|przekazać|dać|podarować|wysłać)|otrzyma(?:sz| pan| pani)|dostaniesz|dostanie (?:pan|pani)) .{0,40}(?:bon\\p{L}*|voucher\\p{L}*|kupon\\p{L}*|kod\\p{L}* rabatow\\p{L}*|rekompensat\\p{L}*|rabat\\p{L}*|zniżk\\p{L}*|upominek|upominku|prezent\\p{L}*|gratis|now\\p{L}* (?:egzemplarz|produkt|sztuk)\\p{L}*)|(?:przyznaliśmy|wysłaliśmy|przekazaliśmy|daliśmy|przesłaliśmy) .{0,30}(?:bon\\p{L}*|voucher\\p{L}*|kupon\\p{L}*|kod\\p{L}* rabatow\\p{L}*|rabat\\p{L}*|zniżk\\p{L}*|rekompensat\\p{L}*|upominek|prezent\\p{L}*)',
    ),
    marketing: w(
      'obserwuj\\p{L}*|promocj\\p{L}*|(?:sprawdź|zobacz|poznaj)\\p{L}* (?:też |także |również )?nasz\\p{L}* (?:nowości|now\\p{L}* (?:produkt|kolekcj|model)\\p{L}*|sklep\\p{L}*|ofert\\p{L}*)|black (?:week|friday)|cyber monday|kod\\p{L}* rabatow\\p{L}*|nowa kolekcja|taniej|newsletter\\p{L}*|zapisz\\p{L}* się|subskryb\\p{L}*|zapraszamy do (?:naszego sklepu|zakupów|odwiedzenia)|nasz\\p{L}* (?:inn\\p{L}*|pozostał\\p{L}*) (?:produkt\\p{L}*|artykuł\\p{L}*)',
    ),
    payment: w(
      'allegro\\p{L}*|olx|blik(?:iem|a|u)?(?!\\p{L})|przelew\\p{L}*|przelać|przelac|numer(?:u)? konta|nr konta|na (?:nasze |następujące |poniższe )?konto(?: bankowe)?(?= \\d)|kont\\p{L}* bankow\\p{L}*|poza amazon\\p{L}*|bezpośrednio (?:u nas|od nas|przez nas|w naszym|na nasze)|zamów\\p{L}* (?:w|przez|na) nasz\\p{L}* (?:sklep\\p{L}*|stron\\p{L}*)|empik ?place|erli(?!\\p{L})',
    ),
    offPlatform: w(
      '(?:na|przez|po|w) (?:whats ?app\\p{L}*|telegram\\p{L}*|viber\\p{L}*|wa)(?!\\p{L})|(?:na|przez) (?:messenger\\p{L}*|instagram\\p{L}*|facebook\\p{L}*|fb|insta|signal\\p{L}*|priv|priva)(?!\\p{L})|(?:wyślij|wyślijcie|napisz)\\p{L}* (?:do nas )?(?:sms|smsa|esemesa)',
    ),
    bypass: w(
      'zamiast (?:przez |na |w )?amazon\\p{L}*|z pominięciem amazon\\p{L}*|gotówk\\p{L}* .{0,30}(?:naszemu|naszym) (?:kurier\\p{L}*|dostawc\\p{L}*|kierowc\\p{L}*)|(?:zapła\\p{L}*|płać|płac\\p{L}*) .{0,30}(?:naszemu|bezpośrednio) (?:kurierowi|dostawcy|kierowcy)',
    ),
    neutral: w(
      'może pan|może pani|możesz|można|mogą państwo|jeśli chcesz|decyzja należy do (?:pana|pani|ciebie|państwa)|decyzja jest (?:pana|pani|twoja)',
    ),
    balanced: w(
      'pozytywn\\p{L}* (?:czy|lub|albo|i) negatywn\\p{L}*|dobr\\p{L}* (?:czy|lub|albo) zł\\p{L}*|niezależnie od',
    ),
    request: w('prosimy|proszę|uprzejmie|czy może|czy mógłby|czy mogłaby|czy mogliby'),
    thanks: w('dziękuj\\p{L}*|dzięki'),
    pronoun: w('ją|go|to|tę'),
    reminder: w('przypom\\p{L}*|(?:nadal|wciąż|ciągle) czekamy|jeszcze nie'),
  },
  tr: {
    review: w('(?:ürün )?yorum\\p{L}*|inceleme\\p{L}*|puanlay\\p{L}*|yorumlay\\p{L}*'),
    feedback: w('geri bildirim\\p{L}*|satıcı (?:değerlendirme|puan)\\p{L}*|feedback'),
    ambiguous: w('değerlendirme\\p{L}*|puan\\p{L}*'),
    stars: w('(?:[1-5]|bir|iki|üç|dört|beş)\\s?yıldız\\p{L}*|yıldız(?:ı|ları|larınızı|ınızı|lar|ınız)(?!\\p{L})'),
    change: w(
      'kaldır\\p{L}*|sil(?:in|iniz|mek|me\\p{L}*|er\\p{L}*|ebilir\\p{L}*|ip)?(?!\\p{L})|değiştir\\p{L}*|güncelle\\p{L}*|düzelt\\p{L}*|geri çek\\p{L}*|yükselt\\p{L}*|artır\\p{L}*|revize|gözden geçir\\p{L}*|yeniden değerlendir\\p{L}*|tekrar değerlendir\\p{L}*',
    ),
    // Past forms, and (round 2) the seller's own plans in the first person plural ("gözden geçireceğiz").
    past: /(?:dık|dik|duk|dük|tık|tik|tuk|tük|dı|di|du|dü|tı|ti|tu|tü|ıldı|ildi|uldu|üldü|lendi|landı|eceğiz|acağız|iyoruz|ıyoruz|uyoruz|üyoruz|eriz|arız|ırız|iriz|uruz|ürüz)$/u,
    value: w(
      'hediye\\p{L}*|indirim\\p{L}*|kupon\\p{L}*|çekiliş\\p{L}*|ücretsiz|bedava|iade\\p{L}*|geri öde\\p{L}*|\\d+\\s?(?:tl|₺)(?!\\p{L})|₺\\s?\\d+|para(?!\\p{L})|parası\\p{L}*|%\\s?\\d+|bedel\\p{L}*',
    ),
    positive: w(
      'olumlu (?:yorum|değerlendirme|puan)\\p{L}*|(?:5|beş)\\s?yıldız\\p{L}*|tam puan|iyi (?:yorum|puan)\\p{L}*',
    ),
    happy: w('memnun kald\\p{L}*|memnun iseniz|memnunsanız|beğendiyseniz|beğendiniz'),
    hope: w('umar\\p{L}*|umuyor\\p{L}*|diler\\p{L}*|temenni\\p{L}*'),
    cond: w('eğer|\\p{L}+(?:ysanız|yseniz|sanız|seniz)|iseniz|mısınız|misiniz'),
    ifSo: w('öyleyse|o halde|eğer öyle'),
    contact: w('bize ulaş\\p{L}*|iletişime geç\\p{L}*|bize yaz\\p{L}*|bizimle iletişim\\p{L}*'),
    before: w('önce|yerine|ilk olarak'),
    refund: w(
      'iade ed(?:elim|eceğiz|eriz|iyoruz)|geri öde(?:yelim|yeceğiz|riz)|ücretsiz(?! kargo) .{0,30}gönder\\p{L}*|yenisini gönder(?:elim|eceğiz|iriz)|(?:iade|para iadesi|geri ödeme|değişim)\\p{L}* (?:teklif ediyoruz|sunuyoruz|yapabiliriz|yapacağız|yaparız|yapıyoruz)|paranızı (?:iade|geri)\\p{L}*|(?:indirim|kupon|hediye çeki)\\p{L}* (?:veriyoruz|vereceğiz|sunuyoruz|tanımlayacağız|tanımlıyoruz|gönderiyoruz|göndereceğiz)|ücretinizi iade\\p{L}*|(?:yenisiyle|ücretsiz(?: olarak)?) değiştir(?:eceğiz|elim|iriz|ebiliriz)|iade edil(?:ecek|ecektir)|(?:iadeniz|iadesi) (?:yapılacak(?:tır)?|gerçekleştirilecek(?:tir)?)|ücret\\p{L}* iade (?:ed|yap)\\p{L}*|yenisi(?:ni|yle) (?:göndereceğiz|göndeririz|değiştireceğiz|değiştiririz)|(?:yeni|başka) (?:bir )?(?:ürün|tane|adet)\\p{L}* (?:gönder|yolla)(?:elim|eceğiz|iriz|ebiliriz)|(?:hediye çek|hediye kart|hediye kod|indirim kod|indirim çek|alışveriş çek|kupon|telafi|ücretsiz(?! kargo)|bedava(?! kargo)|hediye(?! ?paket)|yenisi|para iade)\\p{L}* (?:\\p{L}+ ){0,3}(?:tanımla|gönder|ver|sun|yolla|hediye ed|ilet|öner|yap|ikram ed)\\p{L}*(?:(?<![nN])[ıiuü]z|yoruz| (?:istiyoruz|isteriz|istiyorum))(?!\\p{L})',
    ),
    marketing: w(
      'takip edin|kampanya\\p{L}*|yeni ürünlerimiz\\p{L}*|yeni koleksiyon\\p{L}*|(?:ürünlerimiz|mağazamız|koleksiyonumuz)\\p{L}* (?:de |da )?göz at\\p{L}*|black friday|efsane cuma|%\\s?\\d+ indirim\\p{L}*|indirim kodu\\p{L}*|fırsat\\p{L}*|bülten\\p{L}*|abone ol\\p{L}*|diğer ürünlerimiz\\p{L}*|mağazamızı ziyaret\\p{L}*|ürün yelpazemiz\\p{L}*',
    ),
    payment: w(
      "trendyol\\p{L}*|hepsiburada\\p{L}*|n11(?!\\d)|havale\\p{L}*|eft(?!\\p{L})|iban\\p{L}*|papara|hesap numara\\p{L}*|hesabımıza|banka hesab\\p{L}*|amazon dışında|amazon['’]?(?:u|a)? (?:kullanmadan|aracı olmadan)|doğrudan (?:bizden|bize)|bize doğrudan|(?:web )?sitemizden (?:sipariş|satın)\\p{L}*|çiçeksepeti|gittigidiyor|pazarama",
    ),
    offPlatform: w(
      "whatsapp hatt\\p{L}*|wp (?:hatt\\p{L}*|üzerinden|numara\\p{L}*)|(?:instagram|insta|facebook|telegram)(?:['’]?(?:dan|tan|den|ten|a|e))? (?:yaz\\p{L}*|ulaş\\p{L}*|mesaj\\p{L}*|dm)|dm(?:['’]?den)? (?:atın|yazın|ulaşın|gönderin)|sms (?:atın|gönderin)",
    ),
    bypass: w(
      "amazon['’]?(?:u|a|ın|dan)? yerine|amazon['’]?(?:u|ı)? atlayarak|(?:nakit|elden) .{0,30}(?:kurye|kargocu|görevli)\\p{L}*|(?:kuryemize|kuryeye|kargocumuza) (?:nakit|elden|öde\\p{L}*)",
    ),
    neutral: w(
      'dilerseniz|isterseniz|\\p{L}+(?:ebilirsiniz|abilirsiniz)(?!\\p{L})|karar (?:tamamen )?sizin|size kalmış|tercih sizin',
    ),
    balanced: w('olumlu (?:ya da|veya|ve|yahut) olumsuz|iyi (?:ya da|veya) kötü|ne olursa olsun'),
    request: w('lütfen|rica|misiniz|mısınız|bekliyoruz'),
    thanks: w('teşekkür\\p{L}*|sağ ?olun'),
    pronoun: w('onu|bunu|şunu'),
    reminder: w('hatırlat\\p{L}*|henüz|hala bekl\\p{L}*|hâlâ bekl\\p{L}*'),
  },
  pt: {
    review: w('resenha\\p{L}*|avaliaç(?:ão|ões) (?:do|de) produto'),
    feedback: w(
      'feedback|avaliaç(?:ão|ões) (?:d[oe]|ao|para o|sobre o) vendedor|avaliaç(?:ão|ões) d[ao] (?:loja|venda)',
    ),
    ambiguous: w('avali\\p{L}*|nota(?! fiscal)(?!\\p{L})|comentário\\p{L}*'),
    stars: w(
      '(?:[1-5]|uma|duas|três|quatro|cinco)\\s?estrel(?:as?|inhas?)(?!\\p{L})|(?:as|das|nas) estrel(?:as|inhas)',
    ),
    change: w(
      'alter\\p{L}*|remov\\p{L}*|exclu\\p{L}*|apag\\p{L}*|retir\\p{L}*|mud\\p{L}*|atualiz\\p{L}*|edit\\p{L}*|aument\\p{L}*|revis(?:ar|e)(?!\\p{L})|rever(?!\\p{L})|reconsider\\p{L}*|reavali\\p{L}*',
    ),
    past: /(?:amos|ado|ada|ados|adas|ido|ida|idos|idas|ou|eu|iu)$/u,
    self: /^\s*(?:e |mas |então )?(?:nós |eu )?(?:vamos|iremos|vou|já|estamos|estou)(?!\p{L})/u,
    you: w('(?:você|o senhor|a senhora)(?!\\p{L})'),
    value: w(
      'cupo(?:m|ns)|desconto\\p{L}*|sorteio\\p{L}*|vale-?presente|cart(?:ão|ões)-?presente|brinde\\p{L}*|grátis|gratuit\\p{L}*|reembols\\p{L}*|devolv\\p{L}* o valor|valor total|r\\$\\s?\\d+|\\d+\\s?reais|estorn\\p{L}*|dinheiro|transferi\\p{L}*|pix(?!\\p{L})',
    ),
    positive: w(
      'avaliaç\\p{L}* positiva\\p{L}*|(?:5|cinco)\\s?estrel(?:as|inhas)|nota (?:máxima|10|dez|5|cinco)(?!\\p{L})|boa avaliação',
    ),
    happy: w('se (?:você )?gostou|satisfeit\\p{L}*|se (?:você )?curtiu|(?:tenha|ter) gostado'),
    hope: w('esper(?:amos|o)|tomara|desejamos'),
    cond: w('se|caso|está satisfeit\\p{L}*\\?'),
    ifSo: w('se sim|nesse caso|se for o caso|em caso afirmativo'),
    contact: w(
      'fale conosco|entre em contato|nos chame|chame a gente|fal[ae] com a gente|nos avise|escreva para nós|fale com a gente',
    ),
    before: w('antes de|primeiro|em vez de|ao invés de'),
    refund: w(
      'vamos reembols\\p{L}*|reembolsaremos|devolveremos|vamos devolver|enviaremos .{0,30}(?:novo|grátis)|vamos enviar .{0,30}(?:novo|grátis)|estornaremos|vamos estornar|(?<!já )(?:devolvemos (?:o |seu |todo o )?(?:seu )?dinheiro|reembolsamos|estornamos)|oferecemos .{0,30}(?:reembolso|troca|devolução|novo|cupom|desconto|vale)|(?<!já )trocamos (?:o seu|a sua|seu|sua|o produto|o item|a unidade|a peça|por (?:um|uma) nov[oa])(?!\\p{L})|(?:podemos|posso|queremos|gostaríamos de|conseguimos|vamos|iremos) (?:te |lhe )?(?:devolver|reembolsar|estornar|mandar|enviar|trocar|oferecer|dar|presentear|liberar)(?!\\p{L}).{0,40}(?:dinheiro|valor|reembolso|estorno|outr[oa]|nov[oa]|troca|cupo[mn]|vale|desconto|brinde|grátis|sem custo|crédito|presente)|(?:outr[oa]|nov[oa]|troca|reposição|substituição)(?: \\p{L}+){0,2} (?:sem (?:nenhum )?custo|de graça|grátis|gratuitamente)|(?:vale-?compras?|vale-?presente|cartão-?presente|crédito na loja|cupom de r\\$)|(?:troca|substituição) (?:gratuita|sem custo)|dinheiro de volta|(?:faremos|vamos fazer|podemos fazer|realizaremos|vamos realizar|providenciaremos|vamos providenciar|iremos fazer) (?:o |a |um |uma |seu |sua )?(?:reembolso|estorno|troca|devolução do (?:valor|dinheiro)|reenvio|envio de (?:um|outro) (?:novo|produto))|(?:você|o senhor|a senhora) (?:receberá|vai receber) .{0,25}(?:reembolso|estorno|dinheiro|valor|novo|nova|outro)|(?:mandaremos|vamos mandar) .{0,30}(?:novo|nova|outro|grátis)|(?<!já )(?:mandamos|enviamos) (?:outro|outra|um novo|uma nova)|(?<!já )devolvemos .{0,15}(?:valor|dinheiro)|(?:outro|outra|novo|nova|troca) sem (?:nenhum )?custo',
    ),
    marketing: w(
      'sig(?:a|am) (?:a gente|nos)|siga-nos|segue (?:a gente|nos)(?!\\p{L})|(?:segue|siga) (?:nosso|nossa|a) (?:perfil|insta\\p{L}*|página|canal|conta|loja)(?!\\p{L})|promoç\\p{L}*|black friday|\\d+\\s?% (?:de desconto|off)|cupom de desconto|aproveite|newsletter|assine (?:a |nossa )|(?:nossos|nossas) outr[oa]s (?:produtos|itens|modelos)|(?:conheça|confira|visite) (?:também )?(?:a |nossa |nosso |nossos |nossas )(?:loja|linha|catálogo|produtos)',
    ),
    payment: w(
      'mercado ?livre|shopee|magalu|pix(?!\\p{L})|transferência bancária|ted(?!\\p{L})|depósito (?:bancário|na conta)|picpay|mercado ?pago|conta bancária|fora da amazon|direto com a gente|diretamente (?:conosco|com a gente|com nós|no nosso)|(?:compr|pag|peç|pe[cç])\\p{L}* direto|direto (?:no|pelo) nosso|americanas|casas bahia|olx(?!\\p{L})',
    ),
    offPlatform: w(
      'zap(?:zap)?(?!\\p{L})|whats(?!\\p{L})|wpp|(?:no|pelo|via|por) (?:direct|insta|instagram|telegram|facebook|messenger|inbox|dm)(?!\\p{L})',
    ),
    bypass: w(
      '(?:em vez|ao invés|no lugar) da amazon|sem passar pela amazon|por fora da amazon|(?:em dinheiro|em espécie|pix) .{0,30}(?:ao|para o|pro) (?:nosso )?(?:entregador|motoboy|motorista)|(?:pag\\p{L}*|acert\\p{L}*) .{0,30}(?:ao|para o|pro|direto (?:ao|com o)) nosso (?:entregador|motoboy|motorista)',
    ),
    neutral: w(
      'você pode|pode (?:atualizar|alterar)|se quiser|caso queira|se desejar|a decisão é (?:sua|toda sua|totalmente sua)|(?:fica|é|está) (?:totalmente |inteiramente |completamente )?a (?:seu|sua) (?:critério|escolha)|a critério (?:seu|do senhor|da senhora|de você)|é possível (?:atualizar|alterar)',
    ),
    balanced: w(
      'positiv\\p{L}* ou negativ\\p{L}*|boa ou ruim|bom ou ruim|seja (?:ela )?qual for|independente(?:mente)? d[eao]',
    ),
    request: w('por favor|pedimos|solicitamos|gostaríamos que|poderia\\p{L}*'),
    thanks: w('obrigad\\p{L}*|agradec\\p{L}*|fic(?:amos|o) feliz(?:es)? com'),
    pronoun: w('isso|isto|ela'),
    reminder: w('lembrete|lembrando|ainda não|novamente|mais uma vez'),
  },
  ar: {
    review: ar('مراجع\\p{L}*'),
    feedback: ar('ملاحظات\\p{L}* عن البائع|تقييم\\p{L}* (?:لل|عن ال|ال)?(?:بائع|تاجر|متجر)|فيدباك'),
    ambiguous: ar('تقييم\\p{L}*|قيمتنا|تقيمنا|تقيمونا|قيمونا|قيمنا|قيمينا|قيم المنتج|قيمي المنتج|قيموا'),
    stars: ar('(?:[1-5]|خمس|اربع|ثلاث)\\s?نجو?م\\p{L}*|نجمه واحده|نجمتين|نجمتان|النجوم|النجمه'),
    change: ar(
      'تعديل|عدل|حذف|احذف|شيل|تغير|ازاله|ازل|تغيير|سحب|اسحب|تحديث|رفع|ارفع|مسح|امسح|اعادة النظر|اعد النظر|تعيد النظر|مراجعة تقييم',
    ),
    // Reports, and (round 2) the seller's own plans: "سنقوم بتعديل", "سوف نغير", "سنعدل", "نعدل".
    reported: /(?:قمنا ب|تم |نقوم ب|سنقوم ب|سوف ن|(?:^|\s)و?س?ن)$/u,
    value: ar(
      'خصم|قسيمة|كوبون|هدية|مسابقة|قرعة|جائزة|جوائز|مجان\\p{L}*|استرداد|استرجاع|نعيد لك|سنعيد(?! النظر)|رد المبلغ|كامل المبلغ|المبلغ كامل|\\d+\\s?(?:درهم|ريال|جنيه|دولار)|سنحول|نحول لك|مكافا\\p{L}*|\\d+\\s?%',
    ),
    positive: ar(
      'خمس نجوم|5 نجوم|رايك الايجابي|رايا ايجابيا|تعليق\\p{L}* ايجابي\\p{L}*|تقييم\\p{L}* ايجابي\\p{L}*|مراجعة ايجابية|تقييم\\p{L}* (?:عالي|ممتاز)',
    ),
    happy: ar(
      'اذا اعجبك|ان اعجبك|(?:اذا|لو|ان) عجبك|(?:^|\\s)ا?عجبك المنتج|لو كنت راضي\\p{L}*|اذا كنت راضي\\p{L}*|ان كنت راضي\\p{L}*',
    ),
    contact: ar(
      'كلمنا|كلمونا|راسلونا|ابعتلنا|ابعث لنا|ارسل لنا|تواصل\\p{L}* معانا|خبرنا|تواصل\\p{L}* معنا|اتصل\\p{L}* بنا|راسلنا|التواصل معنا|اخبرنا',
    ),
    before: ar('قبل|اولا|بدلا من'),
    refund: ar(
      'سنقوم باسترداد|سنعيد|نعيد لك|سنرسل .{0,30}(?:مجان|بديل|جديد)|سنعوضك|سنرد المبلغ|نعرض عليك|نقدم لك .{0,20}(?:استرداد|استبدال|بديل|تعويض)|استرداد كامل المبلغ|نعوضك|نرد لك|سنستبدل|نستبدل لك|استبدال مجاني|بديل مجاني|نرجع لك|نرجعلك|نرسل لك .{0,30}(?:مجان|بديل|جديد)|نبدل لك|نقدم لك .{0,20}(?:خصم|قسيمة|كوبون)|(?:سنقوم|سوف نقوم|نقوم|راح نقوم|رح نقوم|بنقوم) ب(?:استرداد|استرجاع|ارجاع|رد|اعاده(?! النظر)|تعويض|استبدال|تبديل|ارسال (?:بديل|منتج (?:جديد|بديل)))|سنسترد|سنسترجع|سنرجع|سنعوض|سنبدل|بنرجع|راح نرجع|رح نرجع|نرجع لك|نسترجع لك|سيتم (?:استرداد|استرجاع|ارجاع|تعويض|استبدال)|ستسترد|ستسترجع|مستعدون ل(?:ارسال|استبدال|تعويض|استرداد|رد|ارجاع)|بديل\\p{L}* مجان|(?:ن|سن|بن|راح ن|رح ن)(?:هدي|منح|عطي|قدم|رسل)(?:ك|كم| لك| لكم) .{0,25}(?:قسيمة|كوبون|هدية|خصم|رصيد|بطاقة|تعويض|منتج|بديل|مبلغ)|(?:ارسلنا|قدمنا|منحنا|اعطينا|عطينا)(?:ك|كم| لك| لكم) .{0,25}(?:قسيمة|كوبون|هدية|خصم|رصيد)|كوبون|قسيمة شرائية|قسيمة (?:بقيمة|ب)|بطاقة (?:هدايا|هدية)|(?:تعويضا|كتعويض|تعويض لك|تعويضك)',
    ),
    marketing: ar(
      'تابعنا|تابعونا|منتجاتنا الجديدة|تشكيلتنا الجديدة|(?:شوف|شوفوا|شوفي|تصفح|اطلع على|اكتشف) (?:منتجاتنا|متجرنا|تشكيلتنا)|العروض|الجمعة البيضاء|بلاك فرايدي|خصومات|كود خصم|اشترك في|نشرتنا|النشرة البريدية|انستغرام|انستقرام|فيسبوك|تيك توك|سناب ?شات|منتجاتنا الأخرى|منتجات أخرى من متجرنا|تصفح (?:منتجاتنا|متجرنا)|زوروا متجرنا|زر متجرنا|قم بزيارة متجرنا',
    ),
    offPlatform: ar(
      'واتس ?اب|تيليجرام|تلغرام|تلجرام|وي ?تشات|الواتس|واتساب|واتس(?!\\p{L})|ماسنجر|مسنجر|(?:على|ع|في) الخاص|دايركت',
    ),
    payment: ar(
      'متجرنا الالكتروني|موقعنا الالكتروني|(?:طلبت|اطلب|تطلب|اشتري|تشتري|اشتر|شراء|الطلب)\\p{L}* (?:من|عبر) (?:موقعنا|متجرنا|محلنا|صفحتنا)(?! (?:على|في) امازون)|(?:على|الى|في|ل) ?حسابنا(?! (?:على|في) امازون)|حول\\p{L}* (?:المبلغ|الفلوس|القيمه)|فودافون كاش|vodafone cash|انستا ?باي|instapay|(?:من|عبر) (?:متجرنا|موقعنا|محلنا|معرضنا) مباشرة|مباشرة (?:من|عبر) (?:متجرنا|موقعنا|محلنا)|(?:نرسل|نوصل|نشحن)\\p{L}* .{0,40}(?:من|عبر) (?:متجرنا|موقعنا|محلنا)(?! (?:على|في) امازون)|موقعنا الرسمي|متجرنا الرسمي|خارج امازون|منا مباشرة|مباشرة منا|مباشرة من (?:موقعنا|متجرنا)|اطلب\\p{L}* مباشرة|تحويل بنكي|حوالة بنكية|حوالة مصرفية|ايبان|iban|رقم الحساب|حسابنا البنكي|stc ?pay|(?:على|في|من) نون(?!\\p{L})|noon(?:\\.com)?(?![a-z])|جوميا|jumia|دوبيزل|dubizzle|اوليكس|olx|(?:متجرنا|متجر) (?:على|في) (?:سله|زد)',
    ),
    bypass: ar(
      'بدل(?:ا من)? امازون|عوضا عن امازون|بدون (?:المرور (?:عبر|ب))?امازون|(?:كاش|نقدا|نقدي\\p{L}*|الدفع|ادفع) .{0,40}(?:لمندوبنا|مندوبنا|لسائقنا|سائقنا|لموظفنا|موظفنا)(?!\\p{L})',
    ),
    neutral: ar(
      'يمكنك|بامكانك|اذا رغبت|اذا اردت|ان اردت|لك (?:ال)?حرية|ان رغبت|تقدر|تقدري|تستطيع|اختياري|القرار لك|القرار قرارك|القرار يعود لك|الامر متروك لك|الامر يرجع لك|حسب رغبتك',
    ),
    balanced: ar(
      'ايجابي\\p{L}* (?:او|ام) سلبي\\p{L}*|سلبي\\p{L}* (?:او|ام) ايجابي\\p{L}*|جيد\\p{L}* (?:او|ام) سيئ\\p{L}*|مهما كان|ايا كان',
    ),
    request: ar('نرجو|يرجى|من فضلك|الرجاء|نطلب|هل يمكنك|ياريت|يا ريت|لو سمحت'),
    thanks: ar('شكرا|نشكرك'),
    reminder: ar('تذكير|نذكرك|نذكّرك|لم (?:تترك|تكتب|نستلم)|ما وصلنا|مرة (?:ال)?ثانية|مرة (?:ال)?اخرى|ثاني تذكير'),
  },
};

/** The rules of an issue-20 language, or undefined for the five the main lists cover. */
export function langRules(lang: LintLang): LangRules | undefined {
  return (RULES as Partial<Record<LintLang, LangRules>>)[lang];
}

/** Whether a language is one of issue 20's seven. */
export function isExtraLang(lang: LintLang): lang is ExtraLang {
  return Object.hasOwn(RULES, lang);
}
