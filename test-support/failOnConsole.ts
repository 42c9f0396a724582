import { afterEach, beforeEach, vi } from 'vitest';

// @awscalc/core is pure: a calculation that logs is a bug (it would print into the CLI's JSON
// and the browser console). Any console call during a core test fails that test.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;

beforeEach(() => {
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`@awscalc/core called console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});
