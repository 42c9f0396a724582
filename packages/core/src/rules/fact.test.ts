import { describe, expect, it } from 'vitest';
import { fact, factProblem, isFact } from './fact.ts';

describe('fact', () => {
  it('makes a frozen, recognisable constant', () => {
    const limit = fact({
      value: 5,
      unit: 'things',
      source: 'https://docs.aws.amazon.com/x.html',
      asOf: '2026-11-22',
    });
    expect(isFact(limit)).toBe(true);
    expect(Object.isFrozen(limit)).toBe(true);
    expect(
      isFact({ value: 5, unit: 'things', source: 'https://docs.aws.amazon.com/x.html', asOf: '2026-11-22' }),
    ).toBe(false);
  });

  it('refuses a constant without an https source or an ISO date', () => {
    expect(() => fact({ value: 1, unit: 'x', source: '', asOf: '2026-11-22' })).toThrow(/source/);
    expect(() => fact({ value: 1, unit: 'x', source: 'docs.aws.amazon.com/x', asOf: '2026-11-22' })).toThrow(
      /source/,
    );
    expect(() =>
      fact({ value: 1, unit: 'x', source: 'https://docs.aws.amazon.com/x', asOf: '22/11/2026' }),
    ).toThrow(/asOf/);
    expect(
      factProblem({ source: 'https://aws.amazon.com/s3/pricing/', asOf: '2026-02-30', unit: 'x' }),
    ).toBeUndefined();
    expect(
      factProblem({ source: 'https://aws.amazon.com/s3/pricing/', asOf: '2026-13-01', unit: 'x' }),
    ).toMatch(/asOf/);
  });
});
