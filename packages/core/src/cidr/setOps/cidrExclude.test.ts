import { describe, expect, it } from 'vitest';
import { formatCidr, knownCidr } from '../cidr.ts';
import { cidrExclude } from './cidrExclude.ts';

const exclude = (from: string[], remove: string[]) =>
  cidrExclude(from.map(knownCidr), remove.map(knownCidr)).map(formatCidr);

describe('cidrExclude', () => {
  it('gives the free space of a VPC as aligned blocks, largest that fit', () => {
    expect(exclude(['10.0.0.0/20'], ['10.0.0.0/24', '10.0.4.0/22'])).toEqual([
      '10.0.1.0/24',
      '10.0.2.0/23',
      '10.0.8.0/21',
    ]);
  });

  it('ignores removed blocks outside, and removes everything under a larger removed block', () => {
    expect(exclude(['10.0.0.0/24'], ['192.168.0.0/16'])).toEqual(['10.0.0.0/24']);
    expect(exclude(['10.0.1.0/24', '10.0.2.0/24'], ['10.0.0.0/16'])).toEqual([]);
  });

  it('handles each family separately', () => {
    expect(exclude(['10.0.0.0/31', '2001:db8::/127'], ['2001:db8::/128'])).toEqual([
      '10.0.0.0/31',
      '2001:db8::1/128',
    ]);
  });
});
