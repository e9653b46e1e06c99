#!/usr/bin/env node
/**
 * Benchmarks the report importers in headless Chromium.
 *
 *   node scripts/bench-importers.mjs [--rows 100000] [--drop-rows 200000] [--runs 5] [--drop-runs 3] [--json]
 *
 * 1. Parser: `parseSellerFeedbackReport` on a generated 100 000-row report, from a string and from UTF-8 bytes
 *    (median of the runs; 1000 ms or more is printed).
 * 2. Drop zone, end to end: a generated 200 000-row report, written to a temporary file and picked through a file
 *    input (a disk-backed `File`, as a seller's download is), given to `<report-file-drop>`, timed from
 *    `load()` until `report-adapter-change`. Measured: the wall time (target < 1500 ms), the longest main-thread
 *    task seen by a `PerformanceObserver` of type `longtask` (target < 50 ms; Chromium reports only tasks of 50 ms
 *    or more, so "< 50" means none was reported), and how many times the file was parsed, counted as the bytes
 *    given to `TextDecoder` divided by the file's size (target: 1).
 *    The drop zone is measured `--drop-runs` times (default 3), each in a fresh page: one run on a shared machine can
 *    be slowed by another job, so the wall time and the longest task are gated on their medians over the runs
 *    (every run is printed); the parse count is gated on every run.
 *
 * Gates (exit 1), on baselines measured in the same run, so a loaded machine weighs on both sides alike (absolute
 * limits failed CI under load: the parser took 2.1–3.3 s and the drop zone 3–5 s at load 18, where a naive split of
 * the same text took 1.2–1.5 s):
 * - parser / a naive split of the same input into rows and cells (decoding the bytes first), timed right after each
 *   parse, median of the per-run ratios: bytes at most PARSE_RATIO_LIMIT (measured 1.5 idle, ≤ 3.5 loaded), a string
 *   at most PARSE_RATIO_LIMIT_STRING (measured 2.7–3.5 loaded, 7.4 idle);
 * - drop zone / a naive read of the same file in the same page (`file.text()`, split into rows and cells): median
 *   over the runs at most DROP_RATIO_LIMIT (measured 1.2–2.2);
 * - the longest main-thread task beyond the machine's noise, measured in the same page right after: the longest task
 *   of a workload that yields every 5 ms for as long as the import took (any long task there is the page being
 *   descheduled): median over the runs under LONG_TASK_EXCESS_MS;
 * - the parse count (every run) and the row counts.
 * Issue 15's absolute targets (< 1500 ms, no task of 50 ms or more) and the old absolute limits are printed as met
 * or not, with the figures of the code before issue 15 (commit 09bc99f, this script, this machine) beside today's.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
const DROP_ROWS = arg('drop-rows', 200_000);
const RUNS = arg('runs', 5);
const DROP_RUNS = arg('drop-runs', 3);
const PARSE_LIMIT_MS = 1000;
/** Issue 15's targets for the drop zone, printed as met or not met on every run. */
const DROP_TARGET_MS = 1500;
const LONG_TASK_TARGET_MS = 50;
/**
 * The old absolute ratchet for the drop zone, printed, no longer gated (it failed under load): about what was
 * achieved on a shared 2-core machine (2026-12-05: end to end 1.0–1.3 s at load 3–4, 1.6–2.0 s at load 8–10).
 */
const DROP_LIMIT_MS = 2500;
/** The gates, as ratios and excesses over baselines measured in the same run (see the module comment). */
const PARSE_RATIO_LIMIT = 6;
/**
 * A string split is V8's fastest path and its cost moves with the machine's load far more than the parser's: the
 * string ratio measured 2.7–3.5 at load 12–18 and 7.4 on an idle CI machine (naive split 34 ms, parser 236 ms). The
 * bytes path (what the drop zone parses) decodes on both sides and stays steady (1.5 idle). A quadratic regression
 * would be ≥ 100× either way, so the string path is gated at a wider limit.
 */
const PARSE_RATIO_LIMIT_STRING = 15;
const DROP_RATIO_LIMIT = 5;
const LONG_TASK_EXCESS_MS = 150;
const US = 'ATVPDKIKX0DER';

/**
 * Before issue 15: the code of commit 09bc99f measured with this script on the same machine (2 cores shared with
 * other jobs, load average 8–15). Parser: medians of the quietest run. Drop zone: one load of the disk-backed file;
 * runs with an in-memory `File` took 5.3–17.5 s with a 5.1–16.9 s task.
 */
const BEFORE = {
  string: 322.1,
  bytes: 573.9,
  dropMs: 11191.3,
  longTaskMs: 10639,
  parses: 2,
};

function generateReport(rows) {
  const comments = [
    'Item never arrived and the seller never answered my two messages.',
    "<b>DO NOT BUY</b> from this seller <script>alert('x')</script> &amp; more",
    '商品が届きませんでした。返金をお願いします。',
    'Product is fine but shipping took 12 days 🐢📦',
    '   leading and trailing spaces, "quotes" and a backslash \\   ',
    '',
  ];
  const lines = ['Date\tRating\tComments\tResponse\tOrder ID\tRater Email'];
  for (let i = 0; i < rows; i++) {
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    const reply = i % 7 === 0 ? 'Sorry about that, a replacement shipped today.' : '';
    const order = `11${i % 10}-${String(i).padStart(7, '0')}-${String((i * 7919) % 10_000_000).padStart(7, '0')}`;
    const email = i % 13 === 0 ? '' : `r${i.toString(36)}@marketplace.amazon.com`;
    lines.push(`${month}/${day}/25\t${(i % 3) + 1}\t${comments[i % comments.length]}\t${reply}\t${order}\t${email}`);
  }
  return lines.join('\n') + '\n';
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const bundleOf = async (entry, globalName) =>
  (
    await build({
      entryPoints: [`${root}${entry}`],
      bundle: true,
      write: false,
      format: 'iife',
      globalName,
      target: 'es2022',
      minify: true,
      logLevel: 'silent',
      tsconfig: `${root}tsconfig.json`,
      conditions: ['browser', 'production'],
    })
  ).outputFiles[0].text;

const importersCode = await bundleOf('src/importers/index.ts', 'Importers');
const dropCode = await bundleOf('src/define/report-file-drop.ts', 'DropZone');
const report = generateReport(ROWS);
const reportBytes = Buffer.byteLength(report, 'utf8');

const dir = await mkdtemp(join(tmpdir(), 'srk-bench-'));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
let results;
const drops = [];
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: importersCode });
  results = await page.evaluate(
    ({ text, runs, marketplaceId }) => {
      const { parseSellerFeedbackReport } = globalThis.Importers;
      const bytes = new globalThis.TextEncoder().encode(text);
      parseSellerFeedbackReport(text.slice(0, 50_000), { marketplaceId }); // warm-up
      // The reference: a naive split of the same input into rows and cells (decoding the bytes first), timed
      // right after each parse, so a loaded machine weighs on both alike.
      const reference = (input) =>
        (typeof input === 'string' ? input : new globalThis.TextDecoder().decode(input))
          .split('\n')
          .map((line) => line.split('\t')).length;
      reference(text.slice(0, 50_000));
      const out = { string: [], bytes: [], refString: [], refBytes: [], rows: 0, problems: 0 };
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const r = parseSellerFeedbackReport(text, { marketplaceId });
        out.string.push(performance.now() - t);
        t = performance.now();
        reference(text);
        out.refString.push(performance.now() - t);
        t = performance.now();
        const rb = parseSellerFeedbackReport(bytes, { marketplaceId });
        out.bytes.push(performance.now() - t);
        t = performance.now();
        reference(bytes);
        out.refBytes.push(performance.now() - t);
        out.rows = r.feedback.length;
        out.problems = r.problems.length + rb.problems.length;
      }
      return out;
    },
    { text: report, runs: RUNS, marketplaceId: US },
  );

  // The drop zone, end to end, in a fresh page.
  // The report is a file on disk, picked through a file input, as a seller's download is.
  const path = join(dir, 'Feedback.txt');
  await writeFile(path, generateReport(DROP_ROWS));
  for (let run = 0; run < DROP_RUNS; run++) {
    const dropPage = await browser.newPage();
    await dropPage.goto('about:blank');
    await dropPage.setContent('<input type="file" id="pick">');
    await dropPage.addScriptTag({ content: dropCode });
    await dropPage.setInputFiles('#pick', path);
    const drop = await dropPage.evaluate(async () => {
      const { File, document, TextDecoder, PerformanceObserver } = globalThis;
      const file = document.getElementById('pick').files[0];
      const text = await file.slice(0, 40_000).text();
      const el = document.createElement('report-file-drop');
      document.body.append(el);
      await el.updateComplete;
      // Warm-up on a small file, so that the lazy importers chunk and the JIT are not what is timed.
      await el.load([new File([text.replace(/\n[^\n]*$/, '\n')], 'warm.txt')]);
      await new Promise((r) => setTimeout(r, 100));
      let decoded = 0;
      const realDecode = TextDecoder.prototype.decode;
      TextDecoder.prototype.decode = function (input, opts) {
        if (input) decoded += input.byteLength;
        return realDecode.call(this, input, opts);
      };
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
      observer.observe({ type: 'longtask', buffered: false });
      const t0 = performance.now();
      const done = new Promise((resolve) => el.addEventListener('report-adapter-change', resolve, { once: true }));
      const loading = el.load([file]);
      // No adapter (the file could not be read or imported): say what the drop zone said instead of waiting forever.
      const event = await Promise.race([done, loading.then(() => null)]);
      if (!event) return { error: el.shadowRoot.querySelector('[part=messages]').textContent.trim() };
      const ms = performance.now() - t0;
      await loading;
      // Let the observer deliver the last entries.
      await new Promise((r) => setTimeout(r, 200));
      observer.disconnect();
      TextDecoder.prototype.decode = realDecode;
      const mine = tasks.filter((t) => t.startTime >= t0 - 1);
      // Baselines in the same page, right after: (1) the machine's noise — a workload that yields every 5 ms for as
      // long as the import took (up to 3 s); any long task seen then is the page being descheduled, not code;
      // (2) a naive read of the same file (file.text(), split into rows and cells), for the wall-time ratio.
      const noiseTasks = [];
      const noiseObserver = new PerformanceObserver((list) => noiseTasks.push(...list.getEntries()));
      noiseObserver.observe({ type: 'longtask', buffered: false });
      const n0 = performance.now();
      const noiseUntil = n0 + Math.min(ms, 3000);
      while (performance.now() < noiseUntil) {
        const stop = performance.now() + 5;
        while (performance.now() < stop);
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => setTimeout(r, 200));
      noiseObserver.disconnect();
      const noise = noiseTasks.filter((t) => t.startTime >= n0 - 1).reduce((m, t) => Math.max(m, t.duration), 0);
      const r0 = performance.now();
      const cells = (await file.text()).split('\n').map((line) => line.split('\t')).length;
      const refMs = performance.now() - r0;
      return {
        refMs,
        noise,
        refRows: cells,
        ms,
        rows: event.adapter.feedbackCount,
        longest: mine.reduce((m, t) => Math.max(m, t.duration), 0),
        longTasks: mine.length,
        parses: decoded / file.size,
        size: file.size,
      };
    });
    drops.push(drop);
    await dropPage.close();
    if (drop.error) break;
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}

const failedDrop = drops.find((d) => d.error);
if (failedDrop) {
  console.error(`The drop zone imported nothing: ${failedDrop.error}`);
  process.exit(1);
}
/** The medians over the runs, gated; every run is printed. */
const drop = {
  ms: median(drops.map((d) => d.ms)),
  ratio: median(drops.map((d) => d.ms / d.refMs)),
  noise: median(drops.map((d) => d.noise)),
  excess: median(drops.map((d) => d.longest - d.noise)),
  longest: median(drops.map((d) => d.longest)),
  longTasks: median(drops.map((d) => d.longTasks)),
  parses: Math.max(...drops.map((d) => d.parses)),
  rows: Math.min(...drops.map((d) => d.rows)),
  size: drops[0].size,
};

let failed = false;
if (results.rows !== ROWS || results.problems !== 0) {
  console.error(`Parsed ${results.rows} rows with ${results.problems} problems; expected ${ROWS} and 0.`);
  failed = true;
}
if (drop.rows !== DROP_ROWS) {
  console.error(`The drop zone imported ${drop.rows} rows; expected ${DROP_ROWS}.`);
  failed = true;
}

const col = (s, n = 14) => String(s).padStart(n);
const f1 = (n) => n.toFixed(1);
console.log(
  `Seller Feedback report parser: ${ROWS.toLocaleString('en-US')} rows, ${(reportBytes / 1048576).toFixed(1)} MiB, ` +
    `${RUNS} runs in headless Chromium (${chromiumPath()})\n`,
);
console.log(`${'input'.padEnd(14)}${col('median ms')}${col('min ms')}${col('max ms')}${col('before (median)', 18)}`);
for (const [name, xs, before] of [
  ['string', results.string, BEFORE.string],
  ['Uint8Array', results.bytes, BEFORE.bytes],
]) {
  console.log(
    `${name.padEnd(14)}${col(f1(median(xs)))}${col(f1(Math.min(...xs)))}${col(f1(Math.max(...xs)))}${col(f1(before), 18)}`,
  );
}
const parseRatios = {
  string: median(results.string.map((x, i) => x / results.refString[i])),
  bytes: median(results.bytes.map((x, i) => x / results.refBytes[i])),
};
console.log(
  `parser / naive split (same run, median of per-run ratios): string ${parseRatios.string.toFixed(2)}, ` +
    `Uint8Array ${parseRatios.bytes.toFixed(2)} (limits ${PARSE_RATIO_LIMIT_STRING} and ${PARSE_RATIO_LIMIT}); naive split medians ` +
    `${f1(median(results.refString))} / ${f1(median(results.refBytes))} ms`,
);
const worst = Math.max(median(results.string), median(results.bytes));
if (worst >= PARSE_LIMIT_MS) console.log(`(not gated) parser median ${f1(worst)} ms >= ${PARSE_LIMIT_MS} ms`);
if (parseRatios.string > PARSE_RATIO_LIMIT_STRING || parseRatios.bytes > PARSE_RATIO_LIMIT) {
  console.error(
    `FAIL: the parser costs over ${PARSE_RATIO_LIMIT_STRING}× (string) or ${PARSE_RATIO_LIMIT}× (bytes) a naive split of the same input`,
  );
  failed = true;
}

const longest = drop.longest === 0 ? '< 50' : f1(drop.longest);
console.log(
  `\n<report-file-drop>, end to end: ${DROP_ROWS.toLocaleString('en-US')} rows, ${(drop.size / 1048576).toFixed(1)} MiB, ` +
    `${drops.length} runs (medians; the parse count is the largest)\n`,
);
console.log(`${'measure'.padEnd(30)}${col('now')}${col('before')}${col('target')}`);
console.log(`${'load() → adapter, ms'.padEnd(30)}${col(f1(drop.ms))}${col(f1(BEFORE.dropMs))}${col('< 1500')}`);
console.log(
  `${'longest main-thread task, ms'.padEnd(30)}${col(longest)}${col(f1(BEFORE.longTaskMs))}${col('< 50')}` +
    (drop.longTasks ? `   (${drop.longTasks} long tasks)` : ''),
);
console.log(`${'parses of the file'.padEnd(30)}${col(f1(drop.parses))}${col(BEFORE.parses)}${col('1')}`);
drops.forEach((d, i) =>
  console.log(
    `  run ${i + 1}: ${f1(d.ms)} ms (naive read ${f1(d.refMs)} ms), longest task ${d.longest === 0 ? '< 50' : f1(d.longest)} ms` +
      ` (${d.longTasks} long tasks; noise ${d.noise === 0 ? '< 50' : f1(d.noise)} ms), ${f1(d.parses)} parses`,
  ),
);
const targetsMet = drop.ms < DROP_TARGET_MS && drop.longest < LONG_TASK_TARGET_MS;
console.log(
  targetsMet
    ? `Issue 15's targets met: end to end < ${DROP_TARGET_MS} ms, no main-thread task of ${LONG_TASK_TARGET_MS} ms or more.`
    : `Issue 15's targets NOT met (end to end < ${DROP_TARGET_MS} ms, longest task < ${LONG_TASK_TARGET_MS} ms); CI gates on the ratios above.`,
);
console.log(
  `drop / naive read of the file (same page): ${drop.ratio.toFixed(2)} (limit ${DROP_RATIO_LIMIT}); longest task ` +
    `beyond the machine's noise (a 5 ms-yielding workload's longest task, median ${f1(drop.noise)} ms): ` +
    `${f1(drop.excess)} ms (limit ${LONG_TASK_EXCESS_MS})`,
);
if (drop.ms >= DROP_LIMIT_MS) console.log(`(not gated) drop zone took ${f1(drop.ms)} ms >= ${DROP_LIMIT_MS} ms`);
if (drop.ratio > DROP_RATIO_LIMIT) {
  console.error(`FAIL: the drop zone took over ${DROP_RATIO_LIMIT}× a naive read of the file`);
  failed = true;
}
if (drop.excess >= LONG_TASK_EXCESS_MS) {
  console.error(
    `FAIL: a main-thread task took ${f1(drop.longest)} ms, ${f1(drop.excess)} ms beyond the noise (limit ${LONG_TASK_EXCESS_MS})`,
  );
  failed = true;
}
if (Math.round(drop.parses * 10) / 10 > 1) {
  console.error(`FAIL: the file was parsed ${f1(drop.parses)} times`);
  failed = true;
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ parser: results, drop, drops }));
if (failed) process.exit(1);
console.log(`\nOK: every gate met${targetsMet ? ", and issue 15's targets" : ''}.`);
