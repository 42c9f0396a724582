import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber.ts';

describe('formatNumber', () => {
  it.each([
    [1_000_000, '1,000,000'],
    [0.25, '0.25'],
    [2e-7, '0.0000002'],
    [1e18, '10^18'],
    [2.5e18, '2.5 × 10^18'],
    [0, '0'],
  ] as const)('writes %d as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('never writes exponent notation for a finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(formatNumber(value)).not.toMatch(/\de[+-]?\d/i);
      }),
    );
  });
});
