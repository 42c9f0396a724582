import { describe, expect, it } from 'vitest';
import { formatCidr, knownCidr } from '../cidr.ts';
import { cidrOverlaps, cidrSetsOverlap } from './cidrOverlaps.ts';

const list = (...texts: string[]) => texts.map(knownCidr);

describe('cidrOverlaps', () => {
  it('reports each pair once by input position, with the smaller block as the shared range', () => {
    const found = cidrOverlaps(list('10.0.5.0/24', '172.31.0.0/16', '10.0.0.0/16', '10.0.5.0/24'));
    expect(found.map((pair) => [pair.aIndex, pair.bIndex, formatCidr(pair.shared)])).toEqual([
      [0, 2, '10.0.5.0/24'],
      [0, 3, '10.0.5.0/24'],
      [2, 3, '10.0.5.0/24'],
    ]);
    expect(formatCidr(found[0]!.a)).toBe('10.0.5.0/24');
    expect(formatCidr(found[0]!.b)).toBe('10.0.0.0/16');
  });

  // aws-cidr-research.md §6.2: an active VPC peering forbids blocks that overlap the peer; the
  // default VPC is 172.31.0.0/16 in every Region.
  it('finds that 172.31.0.0/16 overlaps a VPC in 172.31.16.0/20 but not one in 172.30.0.0/16', () => {
    expect(cidrOverlaps(list('172.31.0.0/16', '172.31.16.0/20', '172.30.0.0/16'))).toHaveLength(1);
  });
});

describe('cidrSetsOverlap', () => {
  it('compares two lists, never across families', () => {
    expect(cidrSetsOverlap(list('10.0.0.0/16', '10.2.0.0/16'), list('10.1.0.0/16', '10.2.255.0/24'))).toBe(
      true,
    );
    expect(cidrSetsOverlap(list('10.0.0.0/16'), list('10.1.0.0/16', '::/0'))).toBe(false);
  });
});
