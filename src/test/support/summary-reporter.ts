import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason } from 'vitest/node';

/** What the last line of a run says. */
export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * True when a test that should have run did not because a hook around it
 * failed: its file or one of its suites is marked failed (a `beforeAll` that
 * threw, such as Chromium not starting or a fixture build failing). Vitest
 * reports such a test as skipped; it was not skipped on purpose.
 */
function blockedByFailedHook(test: TestCase): boolean {
  if (test.options.mode !== 'run' && test.options.mode !== 'only') return false;
  for (let parent = test.parent; ; parent = parent.parent) {
    if (parent.state() === 'failed') return true;
    if (parent.type === 'module') return false;
  }
}

/**
 * Counts a run: a test passes or fails by its own result; a test that could
 * not run because a hook around it failed counts as failed; a file that
 * failed to load counts as one failure; and so does each error outside any
 * test (a failed global setup, which leaves no test to count, or an
 * unhandled rejection). Skipped and todo tests count as skipped.
 */
export function summarize(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError> = []): Summary {
  const counts: Summary = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    const tests = [...module.children.allTests()];
    for (const test of tests) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed' || blockedByFailedHook(test)) counts.failed++;
      else counts.skipped++;
    }
    if (module.state() === 'failed' && tests.length === 0) counts.failed++;
  }
  counts.failed += errors.length;
  return counts;
}

/** The plain line for a summary. */
export const summaryLine = ({ passed, failed, skipped }: Summary) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", that CI
 * logs and other tools read whatever the test runner. A run that failed
 * never says "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>, reason: TestRunEndReason) {
    const counts = summarize(modules, errors);
    if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
    process.stdout.write(`\n${summaryLine(counts)}\n`);
  }
}
