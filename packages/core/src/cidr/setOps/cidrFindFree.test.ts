import { describe, expect, it } from 'vitest';
import { formatCidr, knownCidr } from '../cidr.ts';
import { cidrFindFree } from './cidrFindFree.ts';

describe('cidrFindFree', () => {
  it('skips used space and keeps alignment (a /24 never starts at .128)', () => {
    const found = cidrFindFree(knownCidr('10.0.0.0/22'), [knownCidr('10.0.0.0/25')], 24, 3);
    expect(found.map(formatCidr)).toEqual(['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24']);
  });

  it('returns fewer blocks when the parent is full, and ignores used blocks of the other family', () => {
    const found = cidrFindFree(
      knownCidr('10.0.0.0/24'),
      [knownCidr('10.0.0.0/25'), knownCidr('::/0')],
      25,
      5,
    );
    expect(found.map(formatCidr)).toEqual(['10.0.0.128/25']);
  });

  it('finds the first /64s of an IPv6 /56 without listing all 256', () => {
    const found = cidrFindFree(knownCidr('2001:db8:0:100::/56'), [knownCidr('2001:db8:0:100::/63')], 64, 2);
    expect(found.map(formatCidr)).toEqual(['2001:db8:0:102::/64', '2001:db8:0:103::/64']);
  });
});
