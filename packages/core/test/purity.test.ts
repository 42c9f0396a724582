import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// @awscalc/core runs unchanged in the browser, in Node and in tests, so its sources may not reach
// for the platform. The tsconfig (lib ES2023, no types) and ESLint rules enforce most of this; this
// test makes the rule explicit and catches what slips past both (e.g. a `globalThis.process`).
const SRC = fileURLToPath(new URL('../src', import.meta.url));
const FORBIDDEN: Array<[RegExp, string]> = [
  [/from\s+['"]node:/, 'imports a Node built-in'],
  [/from\s+['"](fs|path|os|child_process|http|https|url)['"]/, 'imports a Node built-in'],
  [/from\s+['"]@awscalc\/(cli|web)/, 'imports a face'],
  [/from\s+['"]react(-dom)?['"]/, 'imports React'],
  [/\bconsole\./, 'uses console'],
  [/\b(document|window|localStorage|navigator)\./, 'uses the DOM'],
  [/\bprocess\./, 'uses process'],
  [/\b(fetch|XMLHttpRequest)\(/, 'does network I/O'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('@awscalc/core purity', () => {
  it('imports nothing from the faces and nothing platform-specific', () => {
    const violations = sourceFiles(SRC).flatMap((file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(
        ([, what]) => `${relative(SRC, file)} ${what}`,
      );
    });
    expect(violations).toEqual([]);
  });

  it('depends only on its chosen libraries', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(
      Object.keys(manifest.dependencies ?? {}).every((name) => ['zod', 'decimal.js'].includes(name)),
    ).toBe(true);
  });
});
