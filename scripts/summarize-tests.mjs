#!/usr/bin/env node
// One closing line for the whole run, summed over the JSON reports of vitest (unit tests, and the Firefox suite)
// and Playwright:
// "tests: N passed, N failed, N skipped". Exits non-zero when a report is missing or no test ran.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = 0;
let missing = false;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`);
    missing = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // vitest (jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numFailedTestSuites && !report.numFailedTests) failed += report.numFailedTestSuites;
  } else if (report.stats) {
    // Playwright JSON reporter
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    flaky += report.stats.flaky ?? 0;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  }
}
if (flaky) console.log(`${flaky} end-to-end test(s) passed only on retry (flaky): see the list above`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(missing || failed > 0 || passed === 0 ? 1 : 0);
