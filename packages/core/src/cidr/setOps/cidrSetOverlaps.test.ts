import { describe, expect, it } from 'vitest';
import { run } from '../../run.ts';
import { cidrSetOverlaps } from './cidrSetOverlaps.ts';

describe('cidrSetOverlaps', () => {
  it('keeps the { overlaps: [[a, b]] } shape and adds the shared range and positions', () => {
    const result = run(cidrSetOverlaps, { cidrs: ['10.0.0.0/16', '10.1.0.0/16', '10.0.5.0/24'] });
    expect(result.ok && result.value).toEqual({
      overlaps: [['10.0.0.0/16', '10.0.5.0/24']],
      pairs: [{ a: '10.0.0.0/16', b: '10.0.5.0/24', shared: '10.0.5.0/24', aIndex: 0, bIndex: 2 }],
      problems: [],
    });
  });

  it('with Fail on overlap, reports each pair as a problem at the later entry', () => {
    const result = run(cidrSetOverlaps, {
      cidrs: ['10.0.0.0/16', '10.1.0.0/16', '10.0.5.0/24'],
      failOnOverlap: true,
    });
    expect(result.ok && result.value.problems).toEqual([
      expect.objectContaining({
        code: 'cidrs_overlap',
        path: ['cidrs', 2],
        message: '10.0.0.0/16 (entry 1) and 10.0.5.0/24 (entry 3) overlap: both hold 10.0.5.0/24.',
      }),
    ]);
    const apart = run(cidrSetOverlaps, { cidrs: ['10.0.0.0/16', '10.1.0.0/16'], failOnOverlap: true });
    expect(apart.ok && apart.value.problems).toEqual([]);
  });
});

describe('cidrSetOverlaps limits', () => {
  it('refuses to list more than a million pairs (1,500 identical blocks make 1,124,250)', () => {
    const result = run(cidrSetOverlaps, { cidrs: Array.from({ length: 1500 }, () => '10.0.0.0/24') });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'too_many_overlaps', path: ['cidrs'] });
  });
});
