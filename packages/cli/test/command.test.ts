import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError } from '../src/command.ts';

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
