/**
 * A web-test-runner reporter that repeats every failure at the very end of the run: the browser, the test file,
 * the test's suite path and its error. The default reporter prints failures as each file finishes, in the
 * middle of a long log; a CI printout that keeps only the log's head and tail then says "1 failed" without
 * saying which. This summary is the last thing the run prints.
 */

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function* failedTests(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests) if (!test.passed && !test.skipped) yield { path: [...path, test.name], test };
  for (const child of suite.suites) yield* failedTests(child, [...path, child.name]);
}

const firstLines = (text = '', n = 4) => text.split('\n').slice(0, n).join('\n        ');
/** @param {import('@web/test-runner-core').TestResultError} error */
const describe = (error) =>
  firstLines(
    [
      error.message,
      ...(error.stack ?? '')
        .split('\n')
        .filter((l) => /^\s*at /.test(l))
        .slice(0, 3),
    ].join('\n'),
  );

/** @returns {import('@web/test-runner-core').Reporter} */
export function failureSummaryReporter() {
  return {
    stop({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        const where = `${session.browser.name} ${session.testFile.replace(process.cwd() + '/', '')}`;
        for (const error of session.errors ?? []) lines.push(`  ✖ ${where} (file-level)\n        ${describe(error)}`);
        for (const { path, test } of failedTests(session.testResults)) {
          const error = test.error ? describe(test.error) : 'no error recorded';
          lines.push(`  ✖ ${where} › ${path.filter(Boolean).join(' › ')}\n        ${error}`);
        }
        if (!session.passed && !session.errors?.length && ![...failedTests(session.testResults)].length) {
          lines.push(`  ✖ ${where}: the file did not pass (status ${session.status}; no test result recorded)`);
        }
      }
      if (!lines.length) return;
      console.log(`\n== Failed tests, repeated at the end of the run (${lines.length})\n${lines.join('\n')}\n`);
    },
  };
}
