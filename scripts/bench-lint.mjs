#!/usr/bin/env node
/**
 * Benchmark of lintMessage (src/policy/lint.ts), which runs on every keystroke.
 * Bundles src/policy/index.ts in memory with esbuild, lints a realistic 4,000-character message (mostly
 * compliant text with a few violations) in each context.
 *
 * Robust on a shared, loaded machine: the calls are timed in batches of BATCH (per-call time = batch time / BATCH),
 * in ROUNDS rounds that interleave the three contexts (a load spike hits them all, not one); a round's figure is
 * the median of its batches, and the reported figure the median of the rounds. Each batch is timed twice: in CPU
 * time of this process (process.cpuUsage: the work lintMessage does, not the time other processes take the CPU)
 * and in wall time. The gate is the CPU-time median (< 0.5 ms per call in every context); wall-time figures are
 * printed beside it.
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
const BUDGET_MS = 0.5;

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
const median = (xs) => {
  const a = Float64Array.from(xs).sort();
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};
let sink = 0;
/** One round for a context: BATCHES batches of BATCH calls; per-call CPU and wall medians. */
function round(context) {
  const cpu = [];
  const wall = [];
  for (let b = 0; b < BATCHES; b++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < BATCH; i++) sink += policy.lintMessage(message, context).length;
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    wall.push((t1 - t0) / BATCH);
    cpu.push((c1.user + c1.system) / 1000 / BATCH);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

for (const context of CONTEXTS) for (let i = 0; i < WARMUP; i++) sink += policy.lintMessage(message, context).length;
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
    roundsCpu: rs.map((x) => +x.cpu.toFixed(4)),
    roundsWall: rs.map((x) => +x.wall.toFixed(4)),
  };
});
const ok = figures.every((f) => f.median < BUDGET_MS);
if (json) {
  console.log(
    JSON.stringify(
      { rounds: ROUNDS, batch: BATCH, batches: BATCHES, budgetMs: BUDGET_MS, ok, contexts: figures },
      null,
      2,
    ),
  );
} else {
  console.log(
    `lintMessage on a ${message.length}-character message: ${ROUNDS} rounds × ${BATCHES} batches × ${BATCH} calls per context after ${WARMUP} warm-up; median of round medians`,
  );
  for (const f of figures) {
    console.log(
      `${f.context.padEnd(16)} CPU median ${f.median.toFixed(4)} ms (rounds ${Math.min(...f.roundsCpu).toFixed(3)}–${Math.max(...f.roundsCpu).toFixed(3)})   wall median ${f.wallMedian.toFixed(4)} ms (rounds ${Math.min(...f.roundsWall).toFixed(3)}–${Math.max(...f.roundsWall).toFixed(3)})   findings ${f.findings}`,
    );
  }
  console.log(
    ok ? `OK: every CPU median < ${BUDGET_MS} ms per call` : `FAIL: a CPU median is >= ${BUDGET_MS} ms per call`,
  );
}
if (sink < 0) console.log(sink);
process.exit(ok ? 0 : 1);
