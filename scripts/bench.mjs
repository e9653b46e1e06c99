#!/usr/bin/env node
/**
 * Benchmark of the list elements against @vaadin/grid, in headless Chromium.
 *
 * For `review-list` and `feedback-table`, at 1 000, 10 000 and 100 000 items from the memory adapter, the kit
 * and a `<vaadin-grid>` showing the same rows are measured in the same run (bench/entry.ts says exactly what
 * each figure times). Each (component, implementation, size) gets a fresh page; inside it one warm-up mount is
 * discarded, then `reps` fresh mounts are timed and the medians reported. The JS heap is read through CDP after
 * a forced GC, with the last element still mounted (so it includes the data).
 * Also runs scripts/bench-lint.mjs (lintMessage on a 4,000-character message).
 *
 * Budgets (exit 1 when one is missed): at 10 000 items first rows < 100 ms and filter < 50 ms; at 100 000
 * first rows < 200 ms and heap < 150 MB; DOM nodes bounded (100× the items may add at most 50 % nodes: rows differ in
 * content, a list that grew with the data would add 100×); kit / grid ≤ 1 for first rows, filter and toggle at every size (a
 * ratio over 1 is tolerated only when the kit is slower by at most 2 ms: sub-frame noise; a pair whose ratio misses is measured
 * again, up to 5 rounds, and the gate reads the median of the rounds); lintMessage: the ratios of
 * scripts/bench-lint.mjs (against its reference scan, measured in the same run).
 *
 * Usage: node scripts/bench.mjs [--short] [--reps N]
 *   --short  CI mode: 7 reps at 1 000 and 10 000, 5 at 100 000 (fewer runs were too noisy to gate on).
 * Prints a markdown table and writes bench-results/bench-<time>.json.
 */
/* global window */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchPage, median, root } from './bench-page.mjs';

const args = process.argv.slice(2);
const short = args.includes('--short');
const repsIdx = args.indexOf('--reps');
const REPS = repsIdx >= 0 ? Number(args[repsIdx + 1]) : 7;
const SEED = 1;
const COMPONENTS = ['review-list', 'feedback-table'];
const SIZES = [
  { size: 1_000, reps: REPS },
  { size: 10_000, reps: REPS },
  { size: 100_000, reps: short ? 5 : REPS },
];
const BUDGET = {
  firstRows10k: 100,
  filter10k: 50,
  firstRows100k: 200,
  heap100kMB: 150,
  nodesGrowth: 1.5,
  ratio: 1,
  /** A kit/grid ratio over 1 fails only when the kit is also slower by more than this (timer and scheduling noise). */
  noiseMs: 2,
};

// ---- build the page --------------------------------------------------------------------------------------------

const bench = await benchPage({
  entry: 'entry',
  style: 'body{margin:0;font:14px system-ui}#stage{width:1200px}.grid{height:700px}',
  jsFlags: '--expose-gc',
});

async function measure(component, impl, size, reps) {
  const { context, page, errors } = await bench.open('benchApi');
  const setup = await page.evaluate(
    ([c, i, s, seed]) => window.benchApi.setup(c, i, s, seed),
    [component, impl, size, SEED],
  );
  const runs = await page.evaluate(([r]) => window.benchApi.run(r), [reps]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  if (errors.length) throw new Error(`${component}/${impl}/${size}: page errors:\n${errors.join('\n')}`);
  return {
    component,
    impl,
    size,
    rows: setup.rows,
    reps,
    firstRows: median(runs.map((r) => r.firstRows)),
    filter: median(runs.map((r) => r.filter)),
    toggle: median(runs.map((r) => r.toggle)),
    nodes: median(runs.map((r) => r.nodes)),
    heapMB: usedSize / 2 ** 20,
    raw: runs,
  };
}

const results = [];
/**
 * kit/grid ratios per (component, size): one entry per round. A round measures the kit and the grid back to back,
 * so the load of a shared machine weighs on both alike. While the median of the rounds so far misses the gate, the pair is measured
 * again (up to RATIO_ROUNDS rounds in all, the grid first in the retries) and the gate reads the median ratio of the
 * rounds: a real regression misses it in every round, a burst of load on one side of one round does not.
 */
const RATIO_ROUNDS = 5;
const rounds = new Map();
const METRICS = ['firstRows', 'filter', 'toggle'];
/** Whether the rounds so far miss the gate: for some metric, the median ratio is over 1 and the median excess over the noise. */
const ratioMissed = (list) =>
  METRICS.some(
    (m) =>
      median(list.map(({ k, g }) => k[m] / g[m])) > BUDGET.ratio &&
      median(list.map(({ k, g }) => k[m] - g[m])) > BUDGET.noiseMs,
  );
const log = (r) =>
  process.stderr.write(
    `${r.component} ${r.impl} ${r.size}: first ${r.firstRows.toFixed(1)} ms, filter ${r.filter.toFixed(1)} ms, toggle ${r.toggle.toFixed(1)} ms\n`,
  );
try {
  for (const component of COMPONENTS) {
    for (const { size, reps } of SIZES) {
      const k = await measure(component, 'kit', size, reps);
      const g = await measure(component, 'grid', size, reps);
      results.push(k, g);
      log(k);
      log(g);
      const list = [{ k, g }];
      rounds.set(`${component}/${size}`, list);
      while (list.length < RATIO_ROUNDS && ratioMissed(list)) {
        process.stderr.write(`${component} ${size}: the median ratio misses its gate; measuring the pair again\n`);
        const g2 = await measure(component, 'grid', size, reps);
        const k2 = await measure(component, 'kit', size, reps);
        log(k2);
        log(g2);
        list.push({ k: k2, g: g2 });
      }
    }
  }
} finally {
  await bench.close();
}

// ---- lintMessage (the existing benchmark) ----------------------------------------------------------------------

let lint;
try {
  lint = JSON.parse(
    execFileSync(process.execPath, [join(root, 'scripts/bench-lint.mjs'), '--json'], {
      encoding: 'utf8',
    }),
  );
} catch (e) {
  // bench-lint exits 1 when over budget but still prints its JSON.
  lint = JSON.parse(e.stdout);
}

// ---- budgets ---------------------------------------------------------------------------------------------------

const failures = [];
const get = (component, impl, size) =>
  results.find((r) => r.component === component && r.impl === impl && r.size === size);
const check = (ok, text) => {
  if (!ok) failures.push(text);
};
for (const component of COMPONENTS) {
  const k10 = get(component, 'kit', 10_000);
  const k100 = get(component, 'kit', 100_000);
  check(
    k10.firstRows < BUDGET.firstRows10k,
    `${component}: first rows at 10 000 = ${k10.firstRows.toFixed(1)} ms (budget ${BUDGET.firstRows10k})`,
  );
  check(
    k10.filter < BUDGET.filter10k,
    `${component}: filter at 10 000 = ${k10.filter.toFixed(1)} ms (budget ${BUDGET.filter10k})`,
  );
  check(
    k100.firstRows < BUDGET.firstRows100k,
    `${component}: first rows at 100 000 = ${k100.firstRows.toFixed(1)} ms (budget ${BUDGET.firstRows100k})`,
  );
  check(
    k100.heapMB < BUDGET.heap100kMB,
    `${component}: heap at 100 000 = ${k100.heapMB.toFixed(1)} MB (budget ${BUDGET.heap100kMB})`,
  );
  const k1 = get(component, 'kit', 1_000);
  check(
    k100.nodes <= k1.nodes * BUDGET.nodesGrowth,
    `${component}: DOM nodes grow with the data (${k1.nodes} at 1 000, ${k100.nodes} at 100 000)`,
  );
  for (const { size } of SIZES) {
    const list = rounds.get(`${component}/${size}`);
    for (const metric of METRICS) {
      // Median over the rounds of the ratio and of the kit's excess over the grid (one round: that round's figures).
      const ratio = median(list.map(({ k, g }) => k[metric] / g[metric]));
      const excess = median(list.map(({ k, g }) => k[metric] - g[metric]));
      const each = list.map(({ k, g }) => `${k[metric].toFixed(1)} / ${g[metric].toFixed(1)} ms`).join(', ');
      check(
        ratio <= BUDGET.ratio || excess <= BUDGET.noiseMs,
        `${component}: ${metric} at ${size} kit/grid = ${ratio.toFixed(2)} (median of ${list.length} round${list.length > 1 ? 's' : ''}: ${each})`,
      );
    }
  }
}
for (const c of lint.checks) check(c.ok, `lintMessage: ${c.text}`);

// ---- report ----------------------------------------------------------------------------------------------------

const f = (x) => x.toFixed(1);
const lines = [
  `Benchmark (${short ? 'short' : 'full'}): medians of ${REPS} runs (${short ? '5 at 100 000' : `${REPS} at every size`}), 1 warm-up discarded, seed ${SEED}`,
  '',
  '| element | items | impl | first rows ms | filter ms | toggle ms | DOM nodes | heap MB | kit/grid first | kit/grid filter | kit/grid toggle |',
  '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const component of COMPONENTS) {
  for (const { size } of SIZES) {
    const k = get(component, 'kit', size);
    const g = get(component, 'grid', size);
    for (const r of [k, g]) {
      const isKit = r === k;
      const ratio = (m) => (isKit ? (k[m] / g[m]).toFixed(2) : '');
      lines.push(
        `| ${component} | ${size.toLocaleString('en')} | ${isKit ? 'kit' : 'vaadin-grid'} | ${f(r.firstRows)} | ${f(r.filter)} | ${f(r.toggle)} | ${r.nodes} | ${f(r.heapMB)} | ${ratio('firstRows')} | ${ratio('filter')} | ${ratio('toggle')} |`,
      );
    }
  }
}
lines.push('');
for (const c of lint.contexts) {
  lines.push(
    `lintMessage (${c.chars} chars, ${c.context}): lint/reference ${c.ratio.toFixed(2)}, median ${c.median.toFixed(4)} ms CPU, ${c.wallMedian.toFixed(4)} ms wall (median of ${lint.rounds} rounds' medians)`,
  );
}
lines.push('');
lines.push(failures.length ? `FAIL:\n- ${failures.join('\n- ')}` : 'OK: every budget and ratio met');
console.log(lines.join('\n'));

await mkdir(join(root, 'bench-results'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
await writeFile(
  join(root, 'bench-results', `bench-${stamp}.json`),
  JSON.stringify(
    { date: new Date().toISOString(), short, reps: REPS, seed: SEED, budget: BUDGET, results, lint, failures },
    null,
    2,
  ),
);
process.exit(failures.length ? 1 : 0);
