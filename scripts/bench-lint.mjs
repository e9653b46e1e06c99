#!/usr/bin/env node
/**
 * Benchmark of lintMessage (src/policy/lint.ts), which runs on every keystroke.
 * Bundles src/policy/index.ts in memory with esbuild, lints a realistic 4,000-character message (mostly
 * compliant text with a few violations) in each context.
 *
 * Gated on ratios measured in the same run, so a shared, loaded machine slows both sides alike:
 * - **lint / reference**: each batch of BATCH lint calls is followed by a batch of the *reference scan* — a fixed,
 *   naive pass over the same message (NFKC, lower case, and REFERENCE_PATTERNS: the kind of regular-expression
 *   work a linter does, written once and never changed) — and the batch's figure is their ratio of CPU time
 *   (process.cpuUsage: the work this process does, not the time other processes take). A round's figure is the
 *   median of its batches, the gate reads the median of the rounds (ROUNDS rounds interleave the three contexts).
 *   The limit, RATIO_LIMIT, says how it was set.
 * - **adversarial input** (numbers, a 1,000-letter word, 500 dots, 300 "<a "): its median per call over the
 *   realistic message's, at most ADVERSARIAL_LIMIT (catastrophic backtracking costs 100× or more);
 * - **growth** in long words made of rule prefixes: 10,000 "xchang" against 5,000, timed back to back in each
 *   round, median of the rounds' ratios: doubling the input may at most triple the time (linear: 2; the quadratic
 *   scan this guards against took over a second at 64,000 characters, where the linear one takes a few ms).
 * The absolute per-call figures (CPU and wall) are printed beside the ratios, as before.
 * Usage: node scripts/bench-lint.mjs [--json] [--rounds N]
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const rIdx = args.indexOf('--rounds');
const ROUNDS = rIdx >= 0 ? Number(args[rIdx + 1]) : 9;
/** Calls per timed batch, batches per context in a round: ROUNDS × 24 × 25 = 5,400 calls per context. */
const BATCH = 25;
const BATCHES = 24;
const WARMUP = 500;
/** The old absolute budget (ms per call, in every context): printed, no longer gated (it failed under load). */
const BUDGET_MS = 0.5;
/**
 * The gate on lint / reference (CPU time). Measured 2026-12-05 on the shared 2-core machine: 4.5–4.8 (rounds
 * 4.1–5.5) at load 12, when lintMessage took 0.55 ms per call; 5.3–5.75 at load 16 with a second bench and a busy
 * loop beside it, when it took 1.0–1.16 ms (the absolute figure doubled, the ratio moved by a fifth). A linter
 * 25 % slower fails under heavy load, 50 % slower fails at any load.
 */
const RATIO_LIMIT = 7;
const ADVERSARIAL_LIMIT = 25;
const GROWTH_LIMIT = 3;

const result = await build({
  entryPoints: [`${root}src/policy/index.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'silent',
});
const code = result.outputFiles[0].text;
const policy = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const paragraphs = [
  'Hello, thank you for your order of the stainless steel water bottle. ',
  'We checked the tracking details: the parcel left our warehouse on Monday and the carrier expects to deliver it on Thursday. ',
  'Your order number is 114-3941689-8772232, and the total was $29.99 including shipping. ',
  'If the bottle arrives with a dent, please send us a photo so we can file a claim with the carrier. ',
  'Feel free to leave a review once you have tried the product. ',
  'Now that the replacement has arrived, you may update your feedback if you wish. ',
  'Grazie per il suo acquisto, il pacco arriverà entro venerdì. ',
  'Wir haben Ihre Bestellung überprüft und erstatten Ihnen den vollen Betrag. ',
  // a few violations
  'Email me at support@acme-store.com. ',
  'Please update your review once the replacement arrives! ',
  'Call 020 7946 0958 for help 😊 ',
  'Track it at https://www.ups.com/track?tracknum=1Z999AA10123456784 today. ',
];
let message = '';
for (let i = 0; message.length < 4000; i++) message += paragraphs[i % paragraphs.length];
message = message.slice(0, 4000);

const CONTEXTS = ['buyer-message', 'review-comment', 'feedback-reply'];

/**
 * The reference scan: naive, fixed work of a linter's kind over a message (normalisation, lower case, a dozen
 * expressions with alternations, counted). It never changes: it is the yardstick the linter is measured against.
 */
const REFERENCE_PATTERNS = [
  /[\w.+-]+@[\w-]+\.[\w.-]+/g,
  /https?:\/\/\S+|www\.\S+/g,
  /\+?\d[\d\s().-]{7,}\d/g,
  /\b(?:review|feedback|rating|stars?)\b/g,
  /\b(?:update|change|remove|delete|revise)\w*\s+(?:your|the)\s+\w+/g,
  /\b(?:refund|discount|coupon|gift|free|voucher|reimburse)\w*/g,
  /\b(?:call|phone|whatsapp|telegram|skype)\b/g,
  /\b\d{3}-\d{7}-\d{7}\b/g,
  /[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu,
  /<[^>]{0,40}>/g,
  /\b(?:bewertung|avis|recensione|reseña|評価)\b/gu,
  /(\w)\1{3,}/g,
];
function reference(text) {
  const t = text.normalize('NFKC').toLowerCase();
  let n = 0;
  for (const p of REFERENCE_PATTERNS) for (const m of t.matchAll(p)) n += m[0].length;
  for (const w of t.split(/\s+/)) if (w.length > 12) n++;
  return n;
}
const median = (xs) => {
  const a = Float64Array.from(xs).sort();
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};
let sink = 0;
/** CPU ms (this process) and wall ms per call of `fn`, over `n` calls. */
function timed(fn, n) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += fn();
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  return { cpu: (c1.user + c1.system) / 1000 / n, wall: (t1 - t0) / n };
}
/**
 * One round for a context: BATCHES batches of BATCH lint calls, each followed by BATCH reference scans; per-call
 * CPU and wall medians, and the median of the batches' lint/reference CPU ratios.
 */
function round(context) {
  const cpu = [];
  const wall = [];
  const ratio = [];
  for (let b = 0; b < BATCHES; b++) {
    const lint = timed(() => policy.lintMessage(message, context).length, BATCH);
    const ref = timed(() => reference(message), BATCH);
    wall.push(lint.wall);
    cpu.push(lint.cpu);
    // CPU time is counted in ticks of the OS (often 1–4 ms): a batch whose reference read 0 is skipped.
    if (ref.cpu > 0) ratio.push(lint.cpu / ref.cpu);
  }
  return { cpu: median(cpu), wall: median(wall), ratio: ratio.length ? median(ratio) : NaN };
}

for (const context of CONTEXTS) for (let i = 0; i < WARMUP; i++) sink += policy.lintMessage(message, context).length;
for (let i = 0; i < WARMUP; i++) sink += reference(message);
const rounds = Object.fromEntries(CONTEXTS.map((c) => [c, []]));
for (let r = 0; r < ROUNDS; r++) for (const c of CONTEXTS) rounds[c].push(round(c));
const figures = CONTEXTS.map((context) => {
  const rs = rounds[context];
  return {
    context,
    chars: message.length,
    findings: policy.lintMessage(message, context).length,
    median: median(rs.map((x) => x.cpu)),
    wallMedian: median(rs.map((x) => x.wall)),
    ratio: median(rs.map((x) => x.ratio).filter((x) => !Number.isNaN(x))),
    roundsCpu: rs.map((x) => +x.cpu.toFixed(4)),
    roundsWall: rs.map((x) => +x.wall.toFixed(4)),
    roundsRatio: rs.map((x) => +x.ratio.toFixed(2)),
  };
});

// Adversarial input and growth: interleaved with the realistic message, round by round.
const nasty = `${'1 2 3 4 5 6 7 8 9 0 '.repeat(100)}${'a'.repeat(1000)}@${'b.'.repeat(500)}${'<a '.repeat(300)}`.slice(
  0,
  4000,
);
const words = (n) => `Please review ${'xchang'.repeat(n)} ${'xdiscount'.repeat(n / 2)}.`;
const [half, full] = [words(5_000), words(10_000)];
for (let i = 0; i < 20; i++) sink += policy.lintMessage(nasty, 'buyer-message').length;
for (let i = 0; i < 3; i++) sink += policy.lintMessage(half, 'review-comment').length;
const adversarial = [];
const growth = { half: [], full: [] };
for (let r = 0; r < ROUNDS; r++) {
  const plain = timed(() => policy.lintMessage(message, 'buyer-message').length, BATCH);
  const hard = timed(() => policy.lintMessage(nasty, 'buyer-message').length, BATCH);
  if (plain.cpu > 0) adversarial.push(hard.cpu / plain.cpu);
  growth.half.push(timed(() => policy.lintMessage(half, 'review-comment').length, 2).cpu);
  growth.full.push(timed(() => policy.lintMessage(full, 'review-comment').length, 2).cpu);
}
const adversarialRatio = median(adversarial);
const growthRatio = median(growth.full.map((f, r) => f / Math.max(growth.half[r], 1e-3)));

const checks = [
  ...figures.map((f) => ({
    ok: f.ratio <= RATIO_LIMIT,
    text: `${f.context}: lint / reference ${f.ratio.toFixed(2)} (limit ${RATIO_LIMIT.toFixed(2)})`,
  })),
  {
    ok: adversarialRatio <= ADVERSARIAL_LIMIT,
    text: `adversarial / realistic ${adversarialRatio.toFixed(2)} (limit ${ADVERSARIAL_LIMIT})`,
  },
  {
    ok: growthRatio <= GROWTH_LIMIT,
    text: `long words, 10 000 / 5 000 ${growthRatio.toFixed(2)} (limit ${GROWTH_LIMIT}; medians ${median(growth.half).toFixed(1)} → ${median(growth.full).toFixed(1)} ms)`,
  },
];
const ok = checks.every((c) => c.ok);
const overBudget = figures.filter((f) => f.median >= BUDGET_MS).map((f) => f.context);
if (json) {
  console.log(
    JSON.stringify(
      {
        rounds: ROUNDS,
        batch: BATCH,
        batches: BATCHES,
        budgetMs: BUDGET_MS,
        ratioLimit: RATIO_LIMIT,
        ok,
        contexts: figures,
        adversarialRatio,
        growthRatio,
        checks,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `lintMessage on a ${message.length}-character message: ${ROUNDS} rounds × ${BATCHES} batches × ${BATCH} calls per context after ${WARMUP} warm-up, each batch followed by ${BATCH} reference scans; medians of round medians`,
  );
  for (const f of figures) {
    console.log(
      `${f.context.padEnd(16)} lint/reference ${f.ratio.toFixed(2)} (rounds ${Math.min(...f.roundsRatio).toFixed(2)}–${Math.max(...f.roundsRatio).toFixed(2)})   CPU median ${f.median.toFixed(4)} ms (rounds ${Math.min(...f.roundsCpu).toFixed(3)}–${Math.max(...f.roundsCpu).toFixed(3)})   wall median ${f.wallMedian.toFixed(4)} ms   findings ${f.findings}`,
    );
  }
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.text}`);
  if (overBudget.length) {
    console.log(
      `(not gated) CPU median >= ${BUDGET_MS} ms per call in ${overBudget.join(', ')}: a loaded machine, unless the ratios above fail too`,
    );
  }
  console.log(ok ? 'OK: every ratio met' : 'FAIL: a ratio is missed');
}
if (sink < 0) console.log(sink);
process.exit(ok ? 0 : 1);
