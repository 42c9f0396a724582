import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.ts';

describe('parseDuration', () => {
  it.each([
    ['600', 600],
    ['10m', 600],
    ['1h30m', 5400],
    ['90 s', 90],
    ['2d', 172_800],
    ['1.5h', 5400],
    [45, 45],
  ] as const)('reads %j as %d seconds', (input, seconds) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: seconds });
  });

  it.each(['', 'soon', '10 minutes later', '1h xx', '-5m'])('refuses %j', (input) => {
    expect(parseDuration(input).ok).toBe(false);
  });
});

describe('formatDuration', () => {
  it('writes short human durations', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(5400)).toBe('1 h 30 min');
    expect(formatDuration(2703)).toBe('45 min 3 s');
    expect(formatDuration(90_061)).toBe('1 d 1 h 1 min 1 s');
  });
});
