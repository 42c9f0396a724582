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
    for (const testModule of testModules) {
      const project = testModule.project.name;
      perProject.set(project, perProject.get(project) ?? 0);
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1;
      for (const test of testModule.children.allTests()) {
        perProject.set(project, (perProject.get(project) ?? 0) + 1);
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
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
