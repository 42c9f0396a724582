import { describe, expect, it } from 'vitest';
import { formatTrace, parseFlags, UsageError } from '../src/command.ts';

describe('parseFlags', () => {
  it('reads a negative number as the value of the flag before it, so the calculator can judge it', () => {
    const { values } = parseFlags(['--reads', '-5', '--json'], { reads: { type: 'string' } });
    expect(values.reads).toBe('-5');
    expect(values.json).toBe(true);
  });

  it('still treats an unknown flag as a usage error', () => {
    expect(() => parseFlags(['--nope'], { reads: { type: 'string' } })).toThrow(UsageError);
  });
});

describe('formatTrace', () => {
  it('writes numbers in plain decimal, never exponent notation', () => {
    const text = formatTrace([
      { id: 'x', formula: 'rate × 1', inputs: { rate: 1e-7 }, value: 2.5e21, unit: 'units' },
    ]);
    expect(text).toContain('rate=0.0000001');
    expect(text).toContain('= 2500000000000000000000 units');
  });
});
