import { describe, expect, it } from 'vitest';
import { declaredFacts, factProblem, isFact } from '../src/rules/fact.ts';

// Load every core module (not tests), so every fact and price book is declared and every export can be walked.
const modules = import.meta.glob<Record<string, unknown>>(['../src/**/*.ts', '!../src/**/*.test.ts'], {
  eager: true,
});

/** Objects that look like an AWS constant (a value with a unit, or a price) but were not made by `fact`. */
function unsourced(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (isFact(value)) return [];
  const record = value as Record<string, unknown>;
  const found: string[] = [];
  const looksLikeConstant = 'value' in record && 'unit' in record;
  const looksLikePrice = 'usd' in record && 'unit' in record;
  if ((looksLikeConstant || looksLikePrice) && factProblem(record) !== undefined)
    found.push(`${path}: ${factProblem(record)}`);
  for (const [key, child] of Object.entries(record)) found.push(...unsourced(child, `${path}.${key}`, seen));
  return found;
}

describe('AWS constants in @awscalc/core', () => {
  it('loads the core modules', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(10);
  });

  it('every declared fact has an https source, an ISO date no later than today, and a unit', () => {
    const today = new Date().toISOString().slice(0, 10);
    const problems = declaredFacts()
      .map(
        (fact) => factProblem(fact) ?? (fact.asOf > today ? `asOf ${fact.asOf} is in the future` : undefined),
      )
      .filter((problem) => problem !== undefined);
    expect(problems).toEqual([]);
    expect(declaredFacts().length).toBeGreaterThan(10);
  });

  it('no exported constant or price lacks a source and a date', () => {
    const found = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports).flatMap(([name, value]) => unsourced(value, `${file}#${name}`)),
    );
    expect(found).toEqual([]);
  });
});
