#!/usr/bin/env node
/**
 * Benchmark of the agency workspace (SPEC §8) in headless Chromium: 500 client accounts on the memory adapter.
 * The browser side is bench/accounts-entry.ts (what each figure times is written there); this script bundles it,
 * runs every case in a fresh page, prints a markdown table, checks the budgets and writes
 * bench-results/bench-accounts-<time>.json.
 *
 * ---- Adding a case ----------------------------------------------------------------------------------------------
 * Write the case in bench/accounts-entry.ts (see its header) and add its budgets to BUDGETS below, keyed
 * `'<case>/<figure>'` (ms; a figure without a budget is reported only).
 * -----------------------------------------------------------------------------------------------------------------
 *
 * Usage: node scripts/bench-accounts.mjs [--reps N] [--case NAME]
 */
/* global window */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchPage, root } from './bench-page.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const REPS = Number(opt('--reps') ?? 7);
const ONLY = opt('--case');

/** Budgets in ms, keyed `'<case>/<figure>'`. */
const BUDGETS = {
  // SPEC §8 / issue 18: switching account shows the new account's first review rows in under 150 ms.
  'switch/switch-cold': 150,
  'switch/switch-cold-full': 150,
  'switch/switch-warm': 150,
  // ---- add your case's budgets here ----
};

const bench = await benchPage({ entry: 'accounts-entry' });

const results = [];
try {
  const first = await bench.open('benchAccounts');
  const names = (await first.page.evaluate(() => window.benchAccounts.names())).filter((n) => !ONLY || n === ONLY);
  await first.context.close();
  for (const name of names) {
    const { context, page, errors } = await bench.open('benchAccounts');
    const figures = await page.evaluate(([n, r]) => window.benchAccounts.run(n, r), [name, REPS]);
    await context.close();
    if (errors.length) throw new Error(`${name}: page errors:\n${errors.join('\n')}`);
    for (const f of figures) {
      results.push({ case: name, ...f });
      process.stderr.write(`${name}/${f.figure}: ${f.ms.toFixed(1)} ms\n`);
    }
  }
} finally {
  await bench.close();
}

const failures = [];
const lines = [
  `Agency benchmark: medians of ${REPS} runs (1 warm-up discarded), 500 accounts on the memory adapter`,
  '',
  '| case | figure | ms | budget | what it times |',
  '|---|---|---:|---:|---|',
];
for (const r of results) {
  const budget = BUDGETS[`${r.case}/${r.figure}`];
  if (budget !== undefined && !(r.ms < budget))
    failures.push(`${r.case}/${r.figure} = ${r.ms.toFixed(1)} ms (budget ${budget})`);
  lines.push(`| ${r.case} | ${r.figure} | ${r.ms.toFixed(1)} | ${budget ?? ''} | ${r.note} |`);
}
lines.push('');
lines.push(failures.length ? `FAIL:\n- ${failures.join('\n- ')}` : 'OK: every budget met');
console.log(lines.join('\n'));

await mkdir(join(root, 'bench-results'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
await writeFile(
  join(root, 'bench-results', `bench-accounts-${stamp}.json`),
  JSON.stringify({ date: new Date().toISOString(), reps: REPS, budgets: BUDGETS, results, failures }, null, 2),
);
process.exit(failures.length ? 1 : 0);
