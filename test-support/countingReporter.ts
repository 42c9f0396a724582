import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the closing `N passed, N failed` line that CI reads, and turns a run that collected no
 * tests — overall or in any one project — into a failure, so a mis-wired config can never exit green.
 */
export default class CountingReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const perProject = new Map<string, number>();
    const nearTimeout: string[] = [];
    for (const testModule of testModules) {
      const project = testModule.project.name;
      perProject.set(project, perProject.get(project) ?? 0);
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1;
      for (const test of testModule.children.allTests()) {
        perProject.set(project, (perProject.get(project) ?? 0) + 1);
        const state = test.result().state;
        const duration = test.diagnostic()?.duration ?? 0;
        const timeout = test.options.timeout ?? 0;
        if (timeout > 0 && duration * 3 > timeout)
          nearTimeout.push(`  ${test.fullName}: ${Math.round(duration)} ms of a ${timeout} ms timeout`);
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    // Reported, not failed: a test must not fail on wall-clock time (a loaded machine is slower), but a
    // test within 3× of its timeout will one day time out, so its budget or its work should change.
    if (nearTimeout.length > 0)
      process.stdout.write(`\nTests closer than 3× to their timeout:\n${nearTimeout.join('\n')}\n`);
    const empty = [...perProject].filter(([, count]) => count === 0).map(([name]) => name);
    if (passed + failed + skipped === 0 || empty.length > 0) {
      process.stdout.write(
        `\nNo tests were collected${empty.length > 0 ? ` in project(s): ${empty.join(', ')}` : ''}; failing the run.\n`,
      );
      failed += 1;
      process.exitCode = 1;
    }
    process.stdout.write(
      `\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
