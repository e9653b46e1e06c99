#!/usr/bin/env node
/**
 * Benchmark of lintMessage (src/policy/lint.ts), which runs on every keystroke.
 * Bundles src/policy/index.ts in memory with esbuild, lints a realistic 4,000-character message (mostly
 * compliant text with a few violations) in each context, ~2000 timed iterations after warm-up.
 * Prints median and p95 per context; exits 1 when the buyer-message median (or any context's) is ≥ 0.5 ms.
 * Usage: node scripts/bench-lint.mjs [--json] [--iterations N]
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const itIdx = args.indexOf('--iterations');
const ITERATIONS = itIdx >= 0 ? Number(args[itIdx + 1]) : 2000;
const WARMUP = 300;
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

function measure(context) {
  for (let i = 0; i < WARMUP; i++) policy.lintMessage(message, context);
  const times = new Float64Array(ITERATIONS);
  let findings = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    findings = policy.lintMessage(message, context).length;
    times[i] = performance.now() - t0;
  }
  times.sort();
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { context, chars: message.length, findings, median: q(0.5), p95: q(0.95), max: times[times.length - 1] };
}

const figures = ['buyer-message', 'review-comment', 'feedback-reply'].map(measure);
const ok = figures.every((f) => f.median < BUDGET_MS);
if (json) {
  console.log(JSON.stringify({ iterations: ITERATIONS, budgetMs: BUDGET_MS, ok, contexts: figures }, null, 2));
} else {
  console.log(`lintMessage on a ${message.length}-character message, ${ITERATIONS} iterations after ${WARMUP} warm-up`);
  for (const f of figures) {
    console.log(
      `${f.context.padEnd(16)} median ${f.median.toFixed(4)} ms   p95 ${f.p95.toFixed(4)} ms   max ${f.max.toFixed(3)} ms   findings ${f.findings}`,
    );
  }
  console.log(ok ? `OK: every median < ${BUDGET_MS} ms` : `FAIL: a median is >= ${BUDGET_MS} ms`);
}
process.exit(ok ? 0 : 1);
