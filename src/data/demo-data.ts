/**
 * Deterministic demo data for the memory adapter: a seeded PRNG (mulberry32) drives every choice, and every
 * date is computed from the `now` epoch given (ISO strings built from numbers, never parsed in loops). Same
 * seed + same now → identical data. 100 000 reviews generate in a few tens of milliseconds.
 */
import type {
  AccountHealth,
  ContactReason,
  Feedback,
  FeedbackQuestions,
  FeedbackRemoval,
  FulfillmentChannel,
  HealthMetric,
  HealthNotification,
  MetricGroup,
  Review,
  TargetCondition,
} from './models.js';
import {
  FBA_STRIKE_THROUGH_MESSAGE,
  FEEDBACK_REPLIES,
  FEEDBACK_TEXT,
  REVIEW_COMMENTS,
  REVIEW_TEXT,
  type DemoLang,
  type FeedbackKind,
  type TonePool,
} from './demo-text.js';
import { marketplaceById } from '../policy/marketplaces.js';
import { DEFAULT_DEMO_SEED, DEMO_MARKETPLACE_ID } from './demo-session.js';

export { DEFAULT_DEMO_SEED, DEMO_BRANDS, DEMO_MARKETPLACE_ID, demoSession } from './demo-session.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export const DEFAULT_DEMO_COUNTS = Object.freeze({ reviews: 250, feedback: 400 });
/** Reviews are published within this many days before `now` (retention, 30 days in the US, hides the rest). */
export const DEMO_REVIEW_SPAN_DAYS = 45;
/** Feedback covers a bit more than 13 months. */
export const DEMO_FEEDBACK_SPAN_DAYS = 420;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Independent streams per data set, so generating feedback never shifts the reviews and vice versa. */
function stream(seed: number, salt: number): () => number {
  return mulberry32((Math.imul(seed | 0, 0x9e3779b1) ^ salt) >>> 0);
}

const PAD2 = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' : '') + i);
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** 'YYYY-MM-DD' of a day number since the epoch (Howard Hinnant's civil_from_days). */
function civilDay(z: number): string {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${PAD2[m]}-${PAD2[d]}`;
}

const hourCache = new Map<number, string>();
let minuteSecond: string[] | null = null;

/**
 * `new Date(ms).toISOString()`, computed from the number: a cached 'YYYY-MM-DDTHH:' per hour plus a table of
 * 'MM:SS.000Z' suffixes, so a whole-second time costs one concatenation (the Date round trip allocates several
 * objects and is about eight times slower, which matters at 100 000 reviews). Years outside 1000–9999 take
 * the Date path.
 */
export function isoFromMs(ms: number): string {
  ms = Math.floor(ms);
  if (!(ms >= -30610224000000 && ms < 253402300800000)) return new Date(ms).toISOString();
  const hour = Math.floor(ms / HOUR);
  let prefix = hourCache.get(hour);
  if (prefix === undefined) {
    const day = Math.floor(hour / 24);
    prefix = civilDay(day) + 'T' + PAD2[hour - day * 24] + ':';
    if (hourCache.size > 20_000) hourCache.clear();
    hourCache.set(hour, prefix);
  }
  const rest = ms - hour * HOUR;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  if (milli === 0) {
    minuteSecond ??= Array.from({ length: 3600 }, (_, i) => PAD2[Math.floor(i / 60)] + ':' + PAD2[i % 60] + '.000Z');
    return prefix + minuteSecond[sec];
  }
  return prefix + PAD2[Math.floor(sec / 60)] + ':' + PAD2[sec % 60] + '.' + PAD3[milli] + 'Z';
}

const iso = isoFromMs;
const wholeSeconds = (ms: number) => Math.floor(ms / 1000) * 1000;

export interface DemoProduct {
  asin: string;
  title: string;
  brandId: string;
  /** Relative share of reviews. */
  weight: number;
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = Object.freeze(
  [
    {
      asin: 'B0C7K2M9QX',
      brandId: 'northwind-home',
      weight: 9,
      title: 'Northwind Home Stainless Steel Insulated Water Bottle, 32 oz, Leak-Proof Lid',
    },
    {
      asin: 'B0BX4T7LNA',
      brandId: 'northwind-home',
      weight: 6,
      title: 'Northwind Home Bamboo Cutting Board Set of 3 with Juice Groove',
    },
    {
      asin: 'B0D2R8PW5E',
      brandId: 'northwind-home',
      weight: 5,
      title: 'Northwind Home Pour-Over Coffee Maker, 600 ml Borosilicate Glass Carafe',
    },
    {
      asin: 'B09Y6HZ3KM',
      brandId: 'northwind-home',
      weight: 4,
      title: 'Northwind Home Cast Iron Skillet 10-Inch, Pre-Seasoned',
    },
    {
      asin: 'B0CQ1V8J2D',
      brandId: 'northwind-home',
      weight: 3,
      title: 'Northwind Home Silicone Baking Mat Set, Non-Stick, 2 Pack',
    },
    {
      asin: 'B0B8N5F6RT',
      brandId: 'trailhead-outfitters',
      weight: 7,
      title: 'Trailhead Outfitters Ultralight Camping Hammock with Tree Straps',
    },
    {
      asin: 'B0CJ3W9XPL',
      brandId: 'trailhead-outfitters',
      weight: 8,
      title: 'Trailhead Outfitters LED Headlamp, Rechargeable, 1200 Lumens',
    },
    {
      asin: 'B0A7G2KD4S',
      brandId: 'trailhead-outfitters',
      weight: 4,
      title: 'Trailhead Outfitters Trekking Poles, Collapsible Aluminum, Pair',
    },
    {
      asin: 'B0DF5M1QZH',
      brandId: 'trailhead-outfitters',
      weight: 3,
      title: 'Trailhead Outfitters Dry Bag 20L, Waterproof Roll-Top',
    },
    {
      asin: 'B0C2P7TY8V',
      brandId: 'trailhead-outfitters',
      weight: 3,
      title: 'Trailhead Outfitters Insulated Camping Mug with Lid, 12 oz',
    },
    {
      asin: 'B0BQ9L3ENC',
      brandId: 'lumen-reed',
      weight: 5,
      title: 'Lumen & Reed Soy Wax Candle, Cedar and Sage, 8 oz',
    },
    {
      asin: 'B0D8K4HV6W',
      brandId: 'lumen-reed',
      weight: 3,
      title: 'Lumen & Reed Linen Throw Pillow Cover 18 x 18, Set of 2',
    },
    {
      asin: 'B0CV6Z2RJF',
      brandId: 'lumen-reed',
      weight: 4,
      title: 'Lumen & Reed Aromatherapy Essential Oil Diffuser, 300 ml',
    },
    {
      asin: 'B0B1X5NQ7G',
      brandId: 'lumen-reed',
      weight: 2,
      title: 'Lumen & Reed Ceramic Plant Pot with Drainage, 6-Inch',
    },
  ].map((p) => Object.freeze(p)),
);

/** Picks an index from cumulative weights (last entry = total). */
function picker(weights: readonly number[]): (r: number) => number {
  const cum: number[] = [];
  let total = 0;
  for (const w of weights) cum.push((total += w));
  return (r) => {
    const x = r * total;
    for (let i = 0; i < cum.length; i++) if (x < cum[i]!) return i;
    return cum.length - 1;
  };
}

const pick = <T>(pool: readonly T[], r: number): T => pool[Math.floor(r * pool.length)]!;

const ALNUM_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM_LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(rand: () => number, chars: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
  return s;
}

/** All two-character strings over A–Z0–9, so an id takes a few table look-ups instead of 13 concatenations. */
const PAIRS: readonly string[] = Array.from(
  { length: 1296 },
  (_, i) => ALNUM_UPPER[Math.floor(i / 36)]! + ALNUM_UPPER[i % 36]!,
);
const ID_SPACE = 1296 * 1296;
/** 1 000 003 is prime to 36, so i → i·P mod 36⁴ is a bijection: unique, random-looking for i < 36⁴. */
function scrambled(i: number): string {
  if (i >= ID_SPACE) return i.toString(36).toUpperCase();
  const j = (i * 1_000_003) % ID_SPACE;
  return PAIRS[Math.floor(j / 1296)]! + PAIRS[j % 1296]!;
}

/** Amazon-style review id: 'R' + 13 characters, unique per index. */
function reviewId(rand: () => number, i: number): string {
  const a = PAIRS[Math.floor(rand() * 1296)]! + PAIRS[Math.floor(rand() * 1296)]!;
  const b = PAIRS[Math.floor(rand() * 1296)]! + PAIRS[Math.floor(rand() * 1296)]!;
  return 'R' + a + b + scrambled(i) + ALNUM_UPPER[Math.floor(rand() * 36)]!;
}

/**
 * n random ages in [min, max) ms, whole seconds, ascending (index 0 = newest), in O(n) without sorting: the
 * normalised partial sums of exponential variates are distributed as sorted uniforms.
 */
function sortedAges(rand: () => number, n: number, min: number, max: number): Float64Array {
  const ages = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) ages[i] = sum += -Math.log(1 - rand());
  const scale = (max - min) / (sum - Math.log(1 - rand()));
  for (let i = 0; i < n; i++) ages[i] = Math.floor((min + ages[i]! * scale) / 1000) * 1000;
  return ages;
}

const REVIEW_RATING = picker([12, 6, 9, 18, 55]); // 1..5 stars: the J-shaped curve of real reviews
const LANGS: readonly DemoLang[] = ['en', 'de', 'fr', 'it', 'es', 'ja'];
const LANG = picker([70, 6, 6, 5, 8, 5]);
const PRODUCT = picker(DEMO_PRODUCTS.map((p) => p.weight));

const bodyCache = new Map<TonePool, string[]>();
/** Every opening × middle × closing of a pool, built once, so a review body is a look-up, not a concatenation. */
function bodies(lang: DemoLang, tone: TonePool): string[] {
  let all = bodyCache.get(tone);
  if (!all) {
    const sep = lang === 'ja' ? '' : ' ';
    all = [];
    for (const o of tone.openings)
      for (const m of tone.middles) for (const c of tone.closings) all.push(o + sep + m + (c ? sep + c : ''));
    bodyCache.set(tone, all);
  }
  return all;
}

export interface DemoReviewOptions {
  seed?: number;
  count?: number;
  /** Epoch ms every date is relative to. */
  now: number;
  marketplaceId?: string;
}

/**
 * `count` reviews, newest first, published within the last 45 days: all star ratings (skewed to 5), mostly
 * English, verified and unverified, seller of record or not, orders inside and outside the one-year Contact
 * Customer window (some without an order date), a few done, commented or already contacted.
 */
export function generateDemoReviews(opts: DemoReviewOptions): Review[] {
  return generateDemoReviewsTimed(opts).reviews;
}

/** As `generateDemoReviews`, plus each review's `publishedAt` as epoch ms (so callers need not parse them). */
export function generateDemoReviewsTimed(opts: DemoReviewOptions): { reviews: Review[]; publishedMs: Float64Array } {
  const rand = stream(opts.seed ?? DEFAULT_DEMO_SEED, 0x7265); // 're'
  const n = Math.max(0, Math.floor(opts.count ?? DEFAULT_DEMO_COUNTS.reviews));
  const now = opts.now;
  const marketplaceId = opts.marketplaceId ?? DEMO_MARKETPLACE_ID;
  const domain = marketplaceById(marketplaceId)?.domain ?? 'amazon.com';
  const urls = DEMO_PRODUCTS.map((p) => `https://www.${domain}/dp/${p.asin}`);
  const ages = sortedAges(rand, n, 5 * MINUTE, DEMO_REVIEW_SPAN_DAYS * DAY);
  const out = new Array<Review>(n);
  for (let i = 0; i < n; i++) {
    const published = wholeSeconds(now - ages[i]!);
    ages[i] = published;
    const pi = PRODUCT(rand());
    const product = DEMO_PRODUCTS[pi]!;
    const lang = LANGS[LANG(rand())]!;
    const rating = REVIEW_RATING(rand()) + 1;
    const texts = REVIEW_TEXT[lang];
    const tone: TonePool = rating >= 4 ? texts.pos : rating === 3 ? texts.mid : texts.neg;
    const body = pick(bodies(lang, tone), rand());
    const id = reviewId(rand, i);

    const r = rand();
    const orderDate =
      r < 0.07
        ? null
        : r < 0.82
          ? iso(wholeSeconds(published - (1 + rand() * 59) * DAY))
          : // Over a year old even when the past year spans 29 February (366 days are then still eligible).
            iso(wholeSeconds(now - (367 + rand() * 330) * DAY));

    const review: Review = {
      id,
      asin: product.asin,
      productTitle: product.title,
      brandId: product.brandId,
      marketplaceId,
      rating,
      title: pick(tone.titles, rand()),
      body,
      reviewerName: pick(texts.names, rand()),
      publishedAt: iso(published),
      verifiedPurchase: rand() < 0.86,
      sellerOfRecord: rand() < 0.8,
      orderDate,
      detailPageUrl: urls[pi],
      done: rand() < 0.05,
      comments: [],
      contact: null,
      language: lang,
    };
    if (rand() < 0.04) {
      const text = rating >= 4 ? REVIEW_COMMENTS[2]! : pick(REVIEW_COMMENTS, rand());
      review.comments.push({
        id: `${id}-c1`,
        text,
        postedAt: iso(Math.min(now, published + (1 + rand() * 47) * HOUR)),
      });
    }
    if (rating <= 3 && rand() < 0.1) {
      const reason: ContactReason = rand() < 0.5 ? 'courtesy-refund' : 'customer-support';
      review.contact = { reason, sentAt: iso(Math.min(now, published + Math.floor((2 + rand() * 70) * HOUR))) };
    }
    out[i] = review;
  }
  return { reviews: out, publishedMs: ages };
}

const FEEDBACK_RATING = picker([6, 3, 5, 14, 72]);
const NEG_KINDS: readonly FeedbackKind[] = ['service', 'product', 'delivery', 'mixed', 'personal', 'profane'];
const NEG_KIND = picker([25, 25, 20, 15, 10, 5]);

export interface DemoFeedbackOptions {
  seed?: number;
  count?: number;
  /** Epoch ms every date is relative to. */
  now: number;
}

function orderId(rand: () => number): string {
  const d = (len: number) => {
    let s = '';
    for (let i = 0; i < len; i++) s += Math.floor(rand() * 10);
    return s;
  };
  return `${d(3)}-${d(7)}-${d(7)}`;
}

/**
 * `count` feedback entries, newest first, over the last 13+ months: mostly positive, every rating, FBA and
 * seller-fulfilled, some replies, removal outcomes of every kind (requested, removed, struck through with
 * Amazon's FBA note, denied), some with the old report's yes/no questions, anonymised rater e-mails.
 */
export function generateDemoFeedback(opts: DemoFeedbackOptions): Feedback[] {
  const rand = stream(opts.seed ?? DEFAULT_DEMO_SEED, 0x6662); // 'fb'
  const n = Math.max(0, Math.floor(opts.count ?? DEFAULT_DEMO_COUNTS.feedback));
  const now = opts.now;
  const ages = sortedAges(rand, n, HOUR, DEMO_FEEDBACK_SPAN_DAYS * DAY);
  const seen = new Set<string>();
  const out = new Array<Feedback>(n);
  for (let i = 0; i < n; i++) {
    const age = ages[i]!;
    const date = now - age;
    const rating = FEEDBACK_RATING(rand()) + 1;
    const fulfillment = rand() < 0.6 ? 'afn' : 'mfn';
    let kind: FeedbackKind | null = null;
    let comments: string;
    if (rating >= 4) comments = pick(FEEDBACK_TEXT.pos, rand());
    else if (rating === 3) comments = pick(FEEDBACK_TEXT.mid, rand());
    else {
      kind = NEG_KINDS[NEG_KIND(rand())]!;
      comments = pick(FEEDBACK_TEXT.neg[kind], rand());
    }
    let oid = orderId(rand);
    while (seen.has(oid)) oid = orderId(rand);
    seen.add(oid);

    const f: Feedback = {
      id: `fb-${oid}`,
      orderId: oid,
      date: iso(date),
      rating,
      comments,
      raterEmail:
        rand() < 0.06 ? null : `${randomChars(rand, ALNUM_LOWER, 12 + Math.floor(rand() * 5))}@marketplace.amazon.com`,
      fulfillment,
      reply: null,
      removal: null,
    };
    if (rand() < (rating <= 3 ? 0.4 : 0.04)) {
      const text = rating >= 4 ? FEEDBACK_REPLIES[3]! : pick(FEEDBACK_REPLIES.slice(0, 3), rand());
      f.reply = { text, postedAt: iso(Math.min(now, date + Math.floor((2 + rand() * 70) * HOUR))) };
    }
    if (kind) f.removal = demoRemoval(rand, kind, fulfillment, date, age, now);
    if (rand() < 0.45) {
      const good = rating >= 4 ? 0.95 : 0.35;
      const q: FeedbackQuestions = {
        arrivedOnTime: rand() < good,
        itemAsDescribed: rand() < good,
        promptCourteousService: rand() < 0.2 ? null : rand() < good,
      };
      f.questions = q;
    }
    out[i] = f;
  }
  // The demo always shows a pending request when there is recent critical feedback to hold one.
  if (!out.some((f) => f.removal?.status === 'requested')) {
    const i = out.findIndex((f, k) => f.rating <= 2 && !f.removal && ages[k]! >= 2 * DAY && ages[k]! <= 45 * DAY);
    if (i >= 0) {
      const f = out[i]!;
      const date = now - ages[i]!;
      f.removal = { status: 'requested', reason: 'product-review', requestedAt: iso(Math.min(now, date + 6 * HOUR)) };
    }
  }
  return out;
}

function demoRemoval(
  rand: () => number,
  kind: FeedbackKind,
  fulfillment: FulfillmentChannel,
  date: number,
  age: number,
  now: number,
): FeedbackRemoval | null {
  const r = rand();
  const requestedAt = iso(Math.min(now, date + Math.floor((3 + rand() * 45) * HOUR)));
  // Pending requests only on recent feedback; decisions take a couple of days.
  if (age < 2 * DAY) return null;
  if (age <= 45 * DAY && r < 0.5) {
    const reason =
      kind === 'delivery'
        ? 'fba-delivery'
        : kind === 'personal'
          ? 'personal-data'
          : kind === 'profane'
            ? 'obscene'
            : 'product-review';
    return { status: 'requested', reason, requestedAt };
  }
  switch (kind) {
    case 'delivery':
      return fulfillment === 'afn' && r < 0.7
        ? { status: 'struck-through', reason: 'fba-delivery', requestedAt, message: FBA_STRIKE_THROUGH_MESSAGE }
        : null;
    case 'product':
      return r < 0.45
        ? { status: 'removed', reason: 'product-review', requestedAt }
        : r < 0.65
          ? { status: 'denied', reason: 'product-review', requestedAt }
          : null;
    case 'mixed':
      return r < 0.5 ? { status: 'denied', reason: 'product-review', requestedAt } : null;
    case 'personal':
      return r < 0.7 ? { status: 'removed', reason: 'personal-data', requestedAt } : null;
    case 'profane':
      return r < 0.8 ? { status: 'removed', reason: 'obscene', requestedAt } : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------- account health

export type HealthPreset = 'healthy' | 'at-risk';

interface MetricSpec {
  key: string;
  group: MetricGroup;
  kind?: HealthMetric['kind'];
  /** Good events (GREATER_THAN) or defects; with `den`, value = num / den. */
  num?: number;
  den?: number;
  value?: number;
  target: { value: number; condition: TargetCondition } | null;
  /** Window length in days and how many days it lags behind `now`. */
  days: number;
  delay?: number;
  channel?: FulfillmentChannel;
  parts?: HealthMetric[];
}

function statusOf(value: number | null, target: MetricSpec['target']): string {
  if (value === null || !target) return 'NONE';
  const t = target.value;
  const ok =
    target.condition === 'LESS_THAN'
      ? value < t
      : target.condition === 'LESS_THAN_OR_EQUAL'
        ? value <= t
        : target.condition === 'GREATER_THAN'
          ? value > t
          : value === t;
  return ok ? 'GOOD' : 'BAD';
}

function healthBuilder(now: number) {
  const today = Math.floor(now / DAY) * DAY;
  const window = (days: number, delay = 0) => ({
    from: iso(today - (delay + days - 1) * DAY),
    to: iso(today - delay * DAY + DAY - MINUTE),
  });
  const metric = (s: MetricSpec): HealthMetric => {
    const value = s.value ?? (s.num !== undefined && s.den ? s.num / s.den : null);
    const m: HealthMetric = {
      key: s.key,
      group: s.group,
      kind: s.kind ?? 'rate',
      value,
      target: s.target,
      window: window(s.days, s.delay),
    };
    if (s.num !== undefined && s.den !== undefined) {
      m.numerator = s.num;
      m.denominator = s.den;
    }
    if (s.channel) m.channel = s.channel;
    if (s.parts) m.parts = s.parts;
    m.sourceStatus = statusOf(value, s.target);
    return m;
  };
  const odr = (
    channel: FulfillmentChannel,
    den: number,
    defects: number,
    neg: number,
    claims: number,
    chargebacks: number,
  ) => {
    const part = (key: string, num: number): HealthMetric => {
      const p = metric({ key, group: 'customer-service', num, den, target: null, days: 60, delay: 14, channel });
      delete p.sourceStatus;
      return p;
    };
    return metric({
      key: 'orderDefectRate',
      group: 'customer-service',
      num: defects,
      den,
      target: { value: 0.01, condition: 'LESS_THAN' },
      days: 60,
      delay: 14,
      channel,
      parts: [part('negativeFeedback', neg), part('claims', claims), part('chargebacks', chargebacks)],
    });
  };
  return { metric, odr };
}

const LT = (value: number) => ({ value, condition: 'LESS_THAN' as const });
const GT = (value: number) => ({ value, condition: 'GREATER_THAN' as const });

export const POLICY_COUNTER_KEYS = Object.freeze([
  'receivedIntellectualPropertyComplaints',
  'listingPolicyViolations',
  'productAuthenticityCustomerComplaints',
  'productConditionCustomerComplaints',
  'productSafetyCustomerComplaints',
  'restrictedProductPolicyViolations',
  'customerProductReviewsPolicyViolations',
  'otherPolicyViolations',
]);

/**
 * Account Health for a preset, windows relative to `now` (epoch ms). `healthy`: every metric comfortably on
 * target. `at-risk`: FBA Order Defect Rate, Return Dissatisfaction, Pre-fulfillment Cancel and On-Time Delivery
 * over target; MFN ODR, Late Shipment, Valid Tracking and response time within 20 % of it; one product
 * authenticity complaint.
 */
export function demoAccountHealth(
  preset: HealthPreset,
  now: number,
  marketplaceId = DEMO_MARKETPLACE_ID,
): AccountHealth {
  const { metric, odr } = healthBuilder(now);
  const risky = preset === 'at-risk';
  const cs = 'customer-service' as const;
  const sh = 'shipping' as const;
  const metrics: HealthMetric[] = [
    risky ? odr('mfn', 912, 8, 5, 3, 1) : odr('mfn', 968, 3, 2, 1, 0),
    risky ? odr('afn', 2562, 31, 22, 9, 2) : odr('afn', 2510, 3, 3, 0, 0),
    metric({
      key: 'returnDissatisfactionRate',
      group: cs,
      num: risky ? 19 : 4,
      den: risky ? 167 : 126,
      target: LT(0.1),
      days: 60,
    }),
    metric({
      key: 'customerServiceDissatisfactionRate',
      group: cs,
      num: risky ? 9 : 3,
      den: risky ? 43 : 38,
      target: LT(0.25),
      days: 30,
    }),
    metric({
      key: 'responseTimeUnder24Hours',
      group: cs,
      num: risky ? 364 : 402,
      den: risky ? 399 : 411,
      target: GT(0.9),
      days: 30,
    }),
    metric({
      key: 'lateResponseRate',
      group: cs,
      num: risky ? 35 : 9,
      den: risky ? 399 : 411,
      target: { value: 0.1, condition: 'LESS_THAN_OR_EQUAL' },
      days: 30,
    }),
    metric({
      key: 'averageResponseTime',
      group: cs,
      kind: 'duration',
      value: risky ? 17.6 : 6.4,
      target: null,
      days: 30,
    }),
    metric({
      key: 'lateShipmentRate',
      group: sh,
      num: risky ? 22 : 6,
      den: risky ? 640 : 688,
      target: LT(0.04),
      days: 30,
    }),
    metric({
      key: 'preFulfillmentCancellationRate',
      group: sh,
      num: risky ? 6 : 1,
      den: risky ? 188 : 203,
      target: LT(0.025),
      days: 7,
    }),
    metric({
      key: 'validTrackingRate',
      group: sh,
      num: risky ? 613 : 682,
      den: risky ? 640 : 688,
      target: GT(0.95),
      days: 30,
    }),
    metric({
      key: 'onTimeDeliveryRate',
      group: sh,
      num: risky ? 559 : 666,
      den: risky ? 640 : 688,
      target: GT(0.9),
      days: 14,
    }),
    ...POLICY_COUNTER_KEYS.map((key) =>
      metric({
        key,
        group: 'policy-compliance',
        kind: 'count',
        value: risky && key === 'productAuthenticityCustomerComplaints' ? 1 : 0,
        target: { value: 0, condition: 'EQUALS' },
        days: 180,
      }),
    ),
  ];
  const day = (d: number, h = 9) => iso(Math.floor(now / DAY) * DAY - d * DAY + h * HOUR);
  const notifications: HealthNotification[] = risky
    ? [
        {
          id: 'n-104',
          date: day(1),
          title: 'Product authenticity customer complaint received for ASIN B0CJ3W9XPL',
          read: false,
        },
        {
          id: 'n-103',
          date: day(3),
          title: 'Your Order Defect Rate (Fulfilled by Amazon) is above the 1% target',
          read: false,
        },
        { id: 'n-102', date: day(9), title: 'Action required: Pre-fulfillment Cancel Rate above target', read: true },
        { id: 'n-101', date: day(40), title: 'Reminder: Account Health Rating policy update', read: true },
      ]
    : [
        { id: 'n-003', date: day(2), title: 'New Account Health Rating insights are available', read: false },
        { id: 'n-002', date: day(16), title: 'Your Valid Tracking Rate is above target. Keep it up!', read: true },
        { id: 'n-001', date: day(45), title: 'Reminder: Account Health Rating policy update', read: true },
      ];
  return {
    marketplaceId,
    asOf: iso(Math.floor(now / MINUTE) * MINUTE),
    accountStatus: risky ? 'AT_RISK' : 'NORMAL',
    rating: risky ? { status: 'AT_RISK', score: 164 } : { status: 'GREAT', score: 936 },
    metrics,
    notifications,
  };
}
