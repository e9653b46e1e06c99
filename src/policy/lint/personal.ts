/**
 * A buyer's name in public text in issue 20's languages (round 4), beside the title-and-full-name rule of lint.ts
 * (`NAME_RE`): the buyer's personal data must not appear in a public reply or comment (POLICY.md).
 *
 * - Japanese and Turkish put the honorific after the name ("田中 美咲 様", "Ayşe Yılmaz Hanım"), Arabic before it with
 *   no capital letters to find a name by ("الأخ محمد العتيبي").
 * - A full name with its honorific is personal data; a single name with its honorific is when the same sentence
 *   names a place (a ward or city "大阪市北区", "Kadıköy adresinize", "من حي النسيم", "uit Utrecht", "z Poznania",
 *   "från Malmö", "de Campinas") or a postcode.
 * - Not names: "お客様", "ご購入者様", "担当者様", "Sayın Müşterimiz", "الأخ الكريم", "Pan/Pani" as the polite "you"
 *   ("może Pan zaktualizować": no capital after it).
 *
 * Each language's patterns run only for that language and only when a cheap guard (the honorific's characters)
 * is in the text.
 */
import type { ExtraLang } from './langs.js';

export interface NameHit {
  start: number;
  end: number;
}

interface NameRules {
  /** A cheap test first: the honorifics' characters. */
  guard: RegExp;
  /** Honorific and name (global); group `n` is the name, group `s` a second name (a surname) when present. */
  name: RegExp;
  /** A place in the sentence (a city, district, ward, postcode). */
  place: RegExp;
  /** Whether a match is a name at all (not "お客様", "Sayın Müşterimiz"). */
  ok?: (m: RegExpExecArray) => boolean;
  /** Whether a match is a full name (then no place is needed). */
  full?: (m: RegExpExecArray) => boolean;
}

const UP = '\\p{Lu}\\p{Ll}{1,30}';
/**
 * Latin titles before a capitalised name; group n the name, group s a surname. Round 4: the buyer named by role
 * ("Koper Pieter de Vries", "Kupujący Jan Kowalski", "O comprador João Silva"; group r) counts with a full name only.
 */
const latin = (titles: string, place: string, roles: string): NameRules => ({
  guard: new RegExp(`${titles}|${roles}`, 'iu'),
  name: new RegExp(
    `(?<![\\p{L}])(?:(?<r>${roles})|${titles})\\.?\\s(?!Amazon|Prime|Business|Allegro|InPost|PostNL|PostNord|Correios)(?<n>\\p{Lu}(?:\\p{Ll}{1,30}|\\.))(?:[\\s-]{1,2}(?:(?:van|de|der|den|ten|ter|da|das|do|dos)\\s){0,2}(?<s>${UP}))?(?![\\p{L}])`,
    'gu',
  ),
  place: new RegExp(
    `(?<![\\p{L}])(?:${place})\\s(?!Amazon|Prime|Pan|Pani|Panu|Panią|Pana|Państw|Sr|Sra|Senhor)\\p{Lu}\\p{Ll}{2,30}|(?<!\\d)(?:\\d{4}\\s?[A-Z]{2}|\\d{2}-\\d{3}|\\d{5}-\\d{3}|\\d{3}\\s\\d{2})(?![\\p{L}\\d])`,
    'u',
  ),
  ok: (m) => !m.groups!.r || !!m.groups!.s,
});

/**
 * Japanese nouns and companies that take 様/さん and are not a buyer's name: お客様, 購入者様, 担当者様, 配達員さん,
 * 店長さん, 奥様, 山田運輸様, 佐川急便さん …
 */
const JA_NOT_NAME_END =
  /(?:[者客方社店員皆奥神家様先主人長手屋局所便]|運輸|物流|通運|商事|工業|運送|配送|郵便|倉庫|工場|本部|支店|営業所|会館|病院|医院)$/u;
/** Arabic honorifics (normalised spelling: ه for ة, ا for أ). */
const AR_TITLE = 'السيد|السيده|الاخ|الاخت|الاستاذ|الاستاذه|الدكتور|الدكتوره|المهندس|المهندسه|الحاج|الحاجه|الشيخ';
/** The buyer named by role ("المشتري خالد الشمري"): with a full name only. */
const AR_ROLE = 'المشتري|المشتريه|العميل|العميله|الزبون|الزبونه';
/** Arab cities of Amazon's .sa, .ae and .eg stores and their neighbours (normalised spelling). */
const AR_CITY =
  'الرياض|جده|مكه|المدينه|الدمام|الخبر|الطايف|الطائف|تبوك|ابها|بريده|حائل|جازان|نجران|دبي|ابوظبي|ابو ظبي|الشارقه|عجمان|العين|راس الخيمه|الفجيره|القاهره|الاسكندريه|الجيزه|المنصوره|طنطا|الكويت|الدوحه|المنامه|مسقط|عمان';

/** Turkish words that start a sentence before a name, and nouns after "Sayın": not names. */
const TR_NOT_NAME =
  '(?:Sayın|Değerli|Sevgili|Kıymetli|Merhaba|Merhabalar|Selam\\p{L}*|Teşekkür\\p{L}*|Günaydın|İyi|Müşteri\\p{L}*|Alıcı\\p{L}*|Kullanıcı\\p{L}*)(?!\\p{L})';

const RULES: Record<ExtraLang, NameRules | undefined> = {
  ja: {
    guard: /[様殿]|さん|さま/u,
    name: /(?<![\p{sc=Han}ごお])(?<n>\p{sc=Han}{1,4})(?:[ \u3000]?(?<s>[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4}?))?[ \u3000]?(?:様|さま|さん|殿)/gu,
    // Round 5: a ward or town before another place or "の" ("世田谷区桜新町の田中様").
    place:
      /\p{sc=Han}{1,5}(?:都|道|府|県|市|区|町|村)(?:(?![\p{sc=Han}\p{sc=Hiragana}])|(?=の|在住|にお住まい|\p{sc=Han}{1,5}(?:町|村|丁目)))|〒\s?\d{3}-?\d{4}|(?<!\d)\d{3}-\d{4}(?!\d)/u,
    ok: (m) => !JA_NOT_NAME_END.test(m.groups!.s ?? m.groups!.n!) && (m.groups!.n! + (m.groups!.s ?? '')).length >= 2,
    // Family and given name (a space between, or three kanji or more: "田中美咲様").
    full: (m) => !!m.groups!.s || m.groups!.n!.length >= 3,
  },
  tr: {
    guard: /Hanım|Bey|Sayın/u,
    name: new RegExp(
      `(?<![\\p{L}])(?:(?<t>Sayın|Değerli|Sevgili|Kıymetli)\\s)?(?!${TR_NOT_NAME})(?<n>${UP})(?:\\s(?!(?:Hanım|Bey)\\p{L}*)(?<s>${UP}))?(?:\\s(?<h>Hanım(?:efendi)?|Bey(?:efendi)?))?(?![\\p{L}])`,
      'gu',
    ),
    place:
      /\p{Lu}\p{Ll}{2,30}(?:['’](?:de|da|te|ta|deki|daki|teki|taki|ye|ya|e|a)(?![\p{L}])|\s(?:adres\p{L}*|ilçe\p{L}*|mahalle\p{L}*|Mah\.|Mahallesi|semt\p{L}*))/u,
    // A title before or an honorific after: "Sayın Ayşe Yılmaz", "Ayşe Hanım".
    ok: (m) => !!(m.groups!.h || (m.groups!.t && m.groups!.s)),
    full: (m) => !!m.groups!.s,
  },
  ar: {
    guard: /السيد|الاخ|الاستاذ|الدكتور|المهندس|الحاج|الشيخ|المشتري|العميل|الزبون/u,
    name: new RegExp(
      `(?:^|(?<=[\\s,.:;!?(]))(?:(?<r>${AR_ROLE})|${AR_TITLE})\\s(?<n>(?!ال)\\p{L}{2,15})(?:\\s(?<s>(?:بن|ابن|بنت|ابو|عبد)\\s?\\p{L}{2,15}|ال(?!ذي|تي|ذين)\\p{L}{2,14}ي(?!\\p{L})))?`,
      'gu',
    ),
    place: new RegExp(
      `(?:^|\\s)(?:من |في |ب)?(?:حي|مدينه|منطقه|شارع|محافظه)\\s\\p{L}{2,}|(?:^|\\s)(?:من |في |ب)?(?:${AR_CITY})(?!\\p{L})`,
      'u',
    ),
    ok: (m) => !m.groups!.r || !!m.groups!.s,
    full: (m) => !!m.groups!.s,
  },
  nl: latin(
    'Mevrouw|Mevr|Meneer|Dhr|De heer|mevrouw|meneer|dhr|mevr|de heer',
    'uit|in|te',
    '[Kk]oper|[Kk]lant|[Kk]oopster',
  ),
  sv: latin('Herr|Fru|herr|fru', 'från|i|på', '[Kk]öpare(?:n)?|[Kk]und(?:en)?'),
  pl: latin('Pan|Pani|Panie|Panu|Panią|Pana', 'z|ze|w|we', '[Kk]upując\\p{L}*|[Kk]lient(?:ka)?|[Oo]dbiorc\\p{L}*'),
  pt: latin(
    'Sr|Sra|Srta|Senhor|Senhora|Dona|Dr|Dra|sr|sra',
    'de|em|do|da|no|na',
    '[Cc]omprador(?:a)?|[Cc]liente|[Dd]estinatári[oa]',
  ),
};

/** Words after a greeting that are not a buyer's name: titles, roles, teams, Amazon. */
const NOT_NAME =
  '(?:Amazon|Prime|Team|Teams|Equipe|Zespół|Klant\\p{L}*|Kund\\p{L}*|Klient\\p{L}*|Client\\p{L}*|Comprador\\p{L}*|Müşteri\\p{L}*|Alıcı\\p{L}*|Kullanıcı\\p{L}*|Herr|Fru|Meneer|Mevrouw|Pan|Pani|Panie|Panu|Państw\\p{L}*|Sr|Sra|Srta|Senhor\\p{L}*|Dona|Dr|Dra|Sayın|Değerli|Sevgili|Kıymetli|Drog[ia]|Szanown[ya]|Kochan[ya]|Kära|Bästa|Beste|Caro|Cara|Prezad[oa]|Querid[oa]|Hanım\\p{L}*|Bey\\p{L}*|Allemaal|Alla|Todos|Wszyscy|Herkese)(?!\\p{L})';

/**
 * Round 5: a greeting before a name in the Latin-script languages ("Hej Anna Lindqvist på Hisingen", "Hej Maria i
 * Rosengård!", "Oi Marcos da Silva", "Merhaba Ayşe Yılmaz"): a first and last name, or a first name with a place
 * right after it ("i/på/från", "uit/in/te", "z/w", "de/em/do/da/no/na"), is personal data in public text.
 */
const greeting = (greetings: string, place: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:${greetings})[ \\t]+(?!${NOT_NAME})(?<n>${UP})(?:[ \\t](?:(?:van|de|der|den|da|das|do|dos)[ \\t]){0,2}(?!${NOT_NAME})(?<s>${UP})|[ \\t](?:${place})[ \\t](?<p>\\p{Lu}\\p{Ll}{2,30}))?(?![\\p{L}])`,
    'gu',
  );
const GREETINGS: Partial<Record<ExtraLang, { guard: RegExp; re: RegExp }>> = {
  sv: { guard: /Hej|Hallå|God /u, re: greeting('Hej(?:san)?|Hallå|God (?:morgon|dag|kväll)', 'på|i|från') },
  nl: { guard: /Hallo|Hoi|Dag |Goede/u, re: greeting('Hallo|Hoi|Dag|Goede(?:morgen|middag|navond)', 'uit|in|te') },
  pl: { guard: /Cześć|Witaj|Dzień dobry/u, re: greeting('Cześć|Witaj(?:my)?|Dzień dobry', 'z|ze|w|we') },
  pt: { guard: /Oi|Olá|Ola|Bom dia|Boa /u, re: greeting('Oi|Olá|Ola|Bom dia|Boa (?:tarde|noite)', 'em|no|na') },
  tr: { guard: /Merhaba|Selam|İyi günler/u, re: greeting('Merhaba(?:lar)?|Selam(?:lar)?|İyi günler', '(?!)') },
};

/** Names after a greeting in public text (see `greeting`). */
function greetingNames(cased: string, lang: ExtraLang, out: NameHit[]): void {
  const g = GREETINGS[lang];
  if (!g || !g.guard.test(cased)) return;
  g.re.lastIndex = 0;
  for (let m = g.re.exec(cased); m; m = g.re.exec(cased))
    if ((m.groups!.s || m.groups!.p) && !out.some((h) => h.start < m!.index + m![0].length && m!.index < h.end))
      out.push({ start: m.index, end: m.index + m[0].length });
}

const SENTENCE_END = /[.!?\n。！？]/u;

/**
 * Names with an honorific in public text (in `cased`, the normalised text with its case): full names, and single
 * names with a place in the same sentence.
 */
export function findHonorificNames(cased: string, lang: ExtraLang): NameHit[] {
  const r = RULES[lang];
  const out: NameHit[] = [];
  if (!r || !r.guard.test(cased)) {
    greetingNames(cased, lang, out);
    return out;
  }
  r.name.lastIndex = 0;
  for (let m = r.name.exec(cased); m; m = r.name.exec(cased)) {
    if (m[0].length === 0) {
      r.name.lastIndex++;
      continue;
    }
    if (r.ok && !r.ok(m)) continue;
    const full = r.full ? r.full(m) : !!m.groups!.s;
    if (!full) {
      // The sentence around the name.
      let from = m.index;
      while (from > 0 && !SENTENCE_END.test(cased[from - 1]!) && m.index - from < 200) from--;
      let to = m.index + m[0].length;
      while (to < cased.length && !SENTENCE_END.test(cased[to]!) && to - m.index < 300) to++;
      const sentence = cased.slice(from, m.index) + ' ' + cased.slice(m.index + m[0].length, to);
      if (!r.place.test(sentence)) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  greetingNames(cased, lang, out);
  return out;
}
