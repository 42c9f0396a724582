import { describe, expect, it } from 'vitest';
import { parseRate } from './rate.ts';

describe('parseRate', () => {
  it.each([
    ['100', 100],
    ['100/s', 100],
    ['6000/min', 100],
    ['360k/h', 100],
    ['8.64M/day', 100],
    ['1e3', 1000],
    [250, 250],
  ] as const)('reads %j as %d per second', (input, perSecond) => {
    expect(parseRate(input)).toEqual({ ok: true, value: perSecond });
  });

  it.each(['', 'fast', '10/fortnight', '-3/s', '1e400'])('refuses %j', (input) => {
    expect(parseRate(input).ok).toBe(false);
  });
});
